import { useParams } from 'react-router';
import { SuggestionsView } from '../SuggestionsView';

export default function NeedSuggestionsPage() {
  const { id = '' } = useParams();
  return <SuggestionsView kind="needs" id={id} />;
}
