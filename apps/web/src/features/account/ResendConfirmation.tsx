import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../components/FormProblem';
import { api } from '../../lib/api/client';

/** "Send a new link" to an address not confirmed yet: the earlier links stop working. The link leads on to `next`. */
export function ResendConfirmation({ email, next }: { email: string; next?: string }) {
  const { t } = useTranslation('account');
  const resend = useMutation({ mutationFn: () => api('/auth/verify-email/resend', { method: 'POST', body: { email, next } }) });
  return (
    <>
      <button type="button" className="button secondary small" disabled={resend.isPending} onClick={() => resend.mutate()}>
        {t('verify.resend')}
      </button>
      <span aria-live="polite">{resend.isSuccess ? ` ${t('verify.resent')}` : ''}</span>
      {resend.isError && <FormProblem error={resend.error} />}
    </>
  );
}
