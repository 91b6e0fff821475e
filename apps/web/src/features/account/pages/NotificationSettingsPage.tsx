import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EMAIL_PREFERENCES, type EmailPreference } from '@relais/domain';
import { FieldSet } from '../../../components/Field';
import { FormProblem } from '../../../components/FormProblem';
import type { Me } from '../../../lib/api/types';
import { SettingsPage } from '../SettingsNav';
import { useUpdateMe } from '../use-update-me';

/** The page every e-mail links to: how suggestion e-mails reach this person. */
export default function NotificationSettingsPage() {
  const { t } = useTranslation('account');
  return <SettingsPage title={t('notificationSettings.title')}>{(me) => <PreferenceForm me={me} />}</SettingsPage>;
}

function PreferenceForm({ me }: { me: Me }) {
  const { t } = useTranslation('account');
  const [preference, setPreference] = useState<EmailPreference>(me.emailPreference);
  const update = useUpdateMe();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ emailPreference: preference });
  };
  return (
    <form className="stack" onSubmit={submit}>
      <FormProblem error={update.error} />
      <FieldSet legend={t('notificationSettings.legend')} hint={t('notificationSettings.hint')}>
        <div className="checks">
          {EMAIL_PREFERENCES.map((code) => (
            <label key={code}>
              <input type="radio" name="emailPreference" checked={preference === code} onChange={() => setPreference(code)} />
              <span>
                <strong>{t(`notificationSettings.options.${code}`)}</strong>
                <span className="meta"> — {t(`notificationSettings.explain.${code}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </FieldSet>
      <div className="actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {t('actions.save', { ns: 'common' })}
        </button>
      </div>
      <p aria-live="polite">{update.isSuccess ? t('saved') : ''}</p>
    </form>
  );
}
