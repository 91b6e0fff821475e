import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Field } from '../../../components/Field';
import { fieldError, FormProblem } from '../../../components/FormProblem';
import { usePageTitle } from '../../../components/usePageTitle';
import { api } from '../../../lib/api/client';
import { currentLanguage } from '../../../lib/i18n';
import { useNextPath } from '../next-path';
import { NewPasswordField, tooShortReason } from '../PasswordField';
import { ResendConfirmation } from '../ResendConfirmation';

/**
 * Creating an account sends an e-mail; its link confirms the address, then the person signs in
 * and goes on to `?next=` (a new account: to creating its organization).
 */
export default function SignUpPage() {
  const { t } = useTranslation('account');
  usePageTitle(t('signUp.title'));
  const next = useNextPath();
  const [params] = useSearchParams();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [tooShort, setTooShort] = useState<string>();
  const afterConfirming = next === '/my' ? '/organizations/new' : next;
  const signUp = useMutation({
    mutationFn: () => api('/auth/register', { method: 'POST', body: { email, password, displayName, locale: currentLanguage(), next: afterConfirming } }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const short = tooShortReason(password, t);
    setTooShort(short);
    if (!short) signUp.mutate();
  };
  if (signUp.isSuccess) {
    return (
      <>
        <h1>{t('signUp.sentTitle')}</h1>
        <div className="alert alert-ok" role="status">
          <p>{t('signUp.sent', { email })}</p>
        </div>
        <p>{t('signUp.sentHint')}</p>
        <div className="actions">
          <ResendConfirmation email={email} next={afterConfirming} />
          <button type="button" className="button secondary small" onClick={() => signUp.reset()}>
            {t('signUp.otherAddress')}
          </button>
        </div>
      </>
    );
  }
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
