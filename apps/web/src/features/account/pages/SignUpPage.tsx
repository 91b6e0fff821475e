import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Field } from '../../../components/Field';
import { fieldError, FormProblem } from '../../../components/FormProblem';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import type { SignedIn } from '../../../lib/api/types';
import { currentLanguage } from '../../../lib/i18n';
import { useSessionChanged } from '../../../lib/session';
import { useNextPath } from '../next-path';
import { NewPasswordField, tooShortReason } from '../PasswordField';

export default function SignUpPage() {
  const { t } = useTranslation('account');
  usePageTitle(t('signUp.title'));
  const navigate = useNavigate();
  const next = useNextPath();
  const [params] = useSearchParams();
  const changed = useSessionChanged();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [tooShort, setTooShort] = useState<string>();
  const signUp = useMutation({
    mutationFn: () =>
      api<SignedIn>('/auth/register', { method: 'POST', body: { email, password, displayName, locale: currentLanguage() } }),
    onSuccess: async () => {
      await changed();
      await navigate(next === '/my' ? '/organizations/new' : next);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const short = tooShortReason(password, t);
    setTooShort(short);
    if (!short) signUp.mutate();
  };
  return (
    <>
      <h1>{t('signUp.title')}</h1>
      <p>{t('signUp.intro')}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <FormProblem error={signUp.error} />
        <Field label={t('fields.displayName')} hint={t('fields.displayNameHint')} error={fieldError(signUp.error, 'displayName')} required>
          {(control) => <input {...control} autoComplete="name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
        </Field>
        <Field label={t('fields.email')} error={fieldError(signUp.error, 'email')} required>
          {(control) => <input {...control} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <NewPasswordField label={t('fields.password')} value={password} onChange={setPassword} error={tooShort ?? fieldError(signUp.error, 'password')} />
        <div className="actions">
          <button type="submit" className="button" disabled={signUp.isPending}>
            {t('signUp.submit')}
          </button>
          <Link to={`/signin${window.location.search}`}>{t('signUp.haveAccount')}</Link>
        </div>
      </form>
    </>
  );
}
