import { useEffect } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormProblem } from '../../../components/FormProblem';
import { Loading } from '../../../components/QueryState';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import { useMe, useSessionChanged } from '../../../lib/session';
import { ResendConfirmation } from '../ResendConfirmation';

/** The page the confirmation e-mail's link opens: opening it confirms the address. */
export default function VerifyEmailPage() {
  const { t } = useTranslation('account');
  usePageTitle(t('verify.title'));
  const { token = '' } = useParams();
  const me = useMe();
  const changed = useSessionChanged();
  const verify = useMutation({
    mutationFn: () => api('/auth/verify-email', { method: 'POST', body: { token } }),
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
        <div className="alert alert-ok" role="status">
          <p>{t('verify.done')}</p>
          <p>
            <Link to={me.data ? '/my' : '/signin'}>{me.data ? t('verify.continue') : t('verify.signIn')}</Link>
          </p>
        </div>
      ) : (
        <>
          <FormProblem error={verify.error} />
          {me.data && !me.data.emailVerified && <ResendConfirmation />}
        </>
      )}
    </>
  );
}
