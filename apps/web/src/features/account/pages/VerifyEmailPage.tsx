import { useEffect } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { Loading } from '../../../components/QueryState';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import { useMe, useSessionChanged } from '../../../lib/session';
import { useNextPath } from '../next-path';
import { SignInForm } from '../SignInForm';

/** The page the confirmation e-mail's link opens: opening it confirms the address, then the person signs in here. */
export default function VerifyEmailPage() {
  const { t } = useTranslation('account');
  usePageTitle(t('verify.title'));
  const { token = '' } = useParams();
  const next = useNextPath();
  const me = useMe();
  const changed = useSessionChanged();
  const verify = useMutation({
    mutationFn: () => api<{ email: string }>('/auth/verify-email', { method: 'POST', body: { token } }),
    onSuccess: () => changed(),
  });
  const { mutate } = verify;
  useEffect(() => mutate(), [mutate, token]);
  return (
    <>
      <h1>{t('verify.title')}</h1>
      {verify.isPending || verify.isIdle ? (
        <Loading />
      ) : verify.isSuccess ? (
        <>
          <div className="alert alert-ok" role="status">
            <p>{t('verify.done')}</p>
            {me.data && (
              <p>
                <Link to={next}>{t('verify.continue')}</Link>
              </p>
            )}
          </div>
          {!me.data && (
            <section className="stack" aria-labelledby="verify-sign-in">
              <h2 id="verify-sign-in">{t('verify.signIn')}</h2>
              <SignInForm initialEmail={verify.data.email} next={next} />
            </section>
          )}
        </>
      ) : (
        <>
          <FormProblem error={verify.error} />
          <p>
            <Link to="/signin">{t('verify.askAgain')}</Link>
          </p>
        </>
      )}
    </>
  );
}
