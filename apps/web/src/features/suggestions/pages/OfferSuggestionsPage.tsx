import { useParams } from 'react-router';
import { SuggestionsView } from '../SuggestionsView';

export default function OfferSuggestionsPage() {
  const { id = '' } = useParams();
  return <SuggestionsView kind="offers" id={id} />;
}
