import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Field } from '../../../components/Field';
import { fieldError, FormProblem } from '../../../components/FormProblem';
import { api } from '../../../lib/api/client';
import { useSessionChanged } from '../../../lib/session';
import { NewPasswordField, tooShortReason } from '../PasswordField';
import { SettingsPage } from '../SettingsNav';

export default function SecurityPage() {
  const { t } = useTranslation('account');
  return (
    <SettingsPage title={t('security.title')}>
      {() => (
        <>
          <ChangePassword />
          <SignOutEverywhere />
        </>
      )}
    </SettingsPage>
  );
}

function ChangePassword() {
  const { t } = useTranslation('account');
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [tooShort, setTooShort] = useState<string>();
  const change = useMutation({
    mutationFn: () => api('/auth/password', { method: 'POST', body: { currentPassword, newPassword } }),
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const short = tooShortReason(newPassword, t);
    setTooShort(short);
    if (!short) change.mutate();
  };
  return (
    <section aria-labelledby="change-password">
      <h2 id="change-password">{t('security.changePassword')}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <FormProblem error={change.error} />
        <Field label={t('fields.currentPassword')} error={fieldError(change.error, 'currentPassword')} required>
          {(control) => (
            <input {...control} type="password" autoComplete="current-password" value={currentPassword} onChange={(e) => setCurrentPassword(e.target.value)} />
          )}
        </Field>
        <NewPasswordField label={t('fields.newPassword')} value={newPassword} onChange={setNewPassword} error={tooShort ?? fieldError(change.error, 'newPassword')} />
        <div className="actions">
          <button type="submit" className="button" disabled={change.isPending}>
            {t('security.submit')}
          </button>
        </div>
        <p aria-live="polite">{change.isSuccess ? t('security.changed') : ''}</p>
      </form>
    </section>
  );
}

function SignOutEverywhere() {
  const { t } = useTranslation('account');
  const navigate = useNavigate();
  const changed = useSessionChanged();
  const signOut = useMutation({
    mutationFn: () => api('/auth/logout-everywhere', { method: 'POST' }),
    onSuccess: async () => {
      await changed();
      await navigate('/signin');
    },
  });
  return (
    <section aria-labelledby="sessions">
      <h2 id="sessions">{t('security.sessions')}</h2>
      <p>{t('security.sessionsText')}</p>
      <FormProblem error={signOut.error} />
      <button type="button" className="button secondary" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
        {t('security.signOutEverywhere')}
      </button>
    </section>
  );
}
