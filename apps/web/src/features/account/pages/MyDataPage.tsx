import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Field } from '../../../components/Field';
import { fieldError, FormProblem } from '../../../components/FormProblem';
import { api } from '../../../lib/api/client';
import { useSessionChanged } from '../../../lib/session';
import { SettingsPage } from '../SettingsNav';

/** One's personal data: download it all, or erase the account. */
export default function MyDataPage() {
  const { t } = useTranslation('account');
  return (
    <SettingsPage title={t('myData.title')}>
      {() => (
        <>
          <section aria-labelledby="export">
            <h2 id="export">{t('myData.exportTitle')}</h2>
            <p>{t('myData.exportText')}</p>
            <a className="button secondary" href="/api/me/export" download="relais-my-data.json">
              {t('myData.download')}
            </a>
          </section>
          <EraseAccount />
        </>
      )}
    </SettingsPage>
  );
}

function EraseAccount() {
  const { t } = useTranslation('account');
  const navigate = useNavigate();
  const changed = useSessionChanged();
  const [password, setPassword] = useState('');
  const [sure, setSure] = useState(false);
  const erase = useMutation({
    mutationFn: () => api('/me', { method: 'DELETE', body: { password } }),
    onSuccess: async () => {
      await changed();
      await navigate('/?erased=1');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    erase.mutate();
  };
  return (
    <section aria-labelledby="erase">
      <h2 id="erase">{t('myData.eraseTitle')}</h2>
      <p>{t('myData.eraseText')}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <FormProblem error={erase.error} />
        <Field label={t('fields.currentPassword')} error={fieldError(erase.error, 'password')} required>
          {(control) => <input {...control} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <label>
          <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} /> {t('myData.sure')}
        </label>
        <div className="actions">
          <button type="submit" className="button danger" disabled={!sure || erase.isPending}>
            {t('myData.erase')}
          </button>
        </div>
      </form>
    </section>
  );
}
