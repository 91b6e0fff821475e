import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../components/FormProblem';
import { api } from '../../lib/api/client';

/** "Send a new link": the earlier ones stop working. */
export function ResendConfirmation() {
  const { t } = useTranslation('account');
  const resend = useMutation({ mutationFn: () => api('/auth/verify-email/resend', { method: 'POST' }) });
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
