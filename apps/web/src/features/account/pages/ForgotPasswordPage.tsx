import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field } from '../../../components/Field';
import { fieldError, FormProblem } from '../../../components/FormProblem';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';

/** Asks for a reset link; the answer is the same whether the address has an account or not. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation('account');
  usePageTitle(t('forgot.title'));
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: () => api('/auth/password-reset', { method: 'POST', body: { email } }) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate();
  };
  return (
    <>
      <h1>{t('forgot.title')}</h1>
      {request.isSuccess ? (
        <div className="alert alert-ok" role="status">
          <p>{t('forgot.sent', { email })}</p>
          <p>{t('forgot.sentHint')}</p>
        </div>
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <p>{t('forgot.intro')}</p>
          <FormProblem error={request.error} />
          <Field label={t('fields.email')} error={fieldError(request.error, 'email')} required>
            {(control) => <input {...control} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <div className="actions">
            <button type="submit" className="button" disabled={request.isPending}>
              {t('forgot.submit')}
            </button>
            <Link to="/signin">{t('forgot.back')}</Link>
          </div>
        </form>
      )}
    </>
  );
}
