import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Field } from '../../components/Field';
import { fieldError, FormProblem } from '../../components/FormProblem';
import { api, ApiProblem } from '../../lib/api/client';
import type { SignedIn } from '../../lib/api/types';
import { useSessionChanged } from '../../lib/session';
import { ResendConfirmation } from './ResendConfirmation';

/** E-mail and password, then the page `next`. An address not confirmed yet gets its link again from here. */
export function SignInForm({ initialEmail = '', next }: { initialEmail?: string; next: string }) {
  const { t } = useTranslation('account');
  const navigate = useNavigate();
  const changed = useSessionChanged();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => api<SignedIn>('/auth/login', { method: 'POST', body: { email, password } }),
    onSuccess: async () => {
      await changed();
      await navigate(next);
    },
  });
  const notConfirmed = signIn.error instanceof ApiProblem && signIn.error.code === 'EMAIL_NOT_VERIFIED';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <FormProblem error={signIn.error} />
      {notConfirmed && (
        <p>
          <ResendConfirmation email={email} next={next} />
        </p>
      )}
      <Field label={t('fields.email')} error={fieldError(signIn.error, 'email')} required>
        {(control) => <input {...control} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <Field label={t('fields.password')} error={fieldError(signIn.error, 'password')} required>
        {(control) => (
          <input {...control} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={signIn.isPending}>
          {t('signIn.submit')}
        </button>
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
        <Link to={`/signup${window.location.search}`}>{t('signIn.noAccount')}</Link>
      </div>
    </form>
  );
}
