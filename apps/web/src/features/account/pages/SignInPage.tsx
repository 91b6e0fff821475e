import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../../components/usePageTitle';
import { useNextPath } from '../next-path';
import { SignInForm } from '../SignInForm';

export default function SignInPage() {
  const { t } = useTranslation('account');
  usePageTitle(t('signIn.title'));
  const [params] = useSearchParams();
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      <SignInForm initialEmail={params.get('email') ?? ''} next={useNextPath()} />
    </>
  );
}
