import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fieldError, FormProblem } from '../../../components/FormProblem';
import { usePageTitle } from '../../../components/usePageTitle';
import { api, ApiProblem } from '../../../lib/api/client';
import { useSessionChanged } from '../../../lib/session';
import { NewPasswordField, tooShortReason } from '../PasswordField';

/** The page the reset e-mail's link opens: a new password, then every session is signed out. */
export default function ResetPasswordPage() {
  const { t } = useTranslation('account');
  usePageTitle(t('reset.title'));
  const { token = '' } = useParams();
  const changed = useSessionChanged();
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState<string>();
  const reset = useMutation({
    mutationFn: () => api('/auth/password-reset/confirm', { method: 'POST', body: { token, password } }),
    onSuccess: () => changed(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const short = tooShortReason(password, t);
    setTooShort(short);
    if (!short) reset.mutate();
  };
  const linkUsedUp = reset.error instanceof ApiProblem && reset.error.code === 'TOKEN_INVALID';
  return (
    <>
      <h1>{t('reset.title')}</h1>
      {reset.isSuccess ? (
        <div className="alert alert-ok" role="status">
          <p>{t('reset.done')}</p>
          <p>
            <Link to="/signin">{t('reset.signIn')}</Link>
          </p>
        </div>
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <FormProblem error={reset.error} />
          {linkUsedUp && (
            <p>
              <Link to="/forgot-password">{t('reset.askAgain')}</Link>
            </p>
          )}
          <NewPasswordField label={t('fields.newPassword')} value={password} onChange={setPassword} error={tooShort ?? fieldError(reset.error, 'password')} />
          <div className="actions">
            <button type="submit" className="button" disabled={reset.isPending}>
              {t('reset.submit')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
