import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FieldSet } from '../../../components/Field';
import { fieldError, FormProblem } from '../../../components/FormProblem';
import type { Me } from '../../../lib/api/types';
import { SettingsPage } from '../SettingsNav';
import { useUpdateMe } from '../use-update-me';

export default function ProfilePage() {
  const { t } = useTranslation('account');
  return <SettingsPage title={t('profile.title')}>{(me) => <ProfileForm me={me} />}</SettingsPage>;
}

function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation('account');
  const [displayName, setDisplayName] = useState(me.displayName);
  const [locale, setLocale] = useState(me.locale);
  const update = useUpdateMe();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ displayName, locale });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <FormProblem error={update.error} />
      <p>{t('profile.email', { email: me.email })}</p>
      <Field label={t('fields.displayName')} error={fieldError(update.error, 'displayName')} required>
        {(control) => <input {...control} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
      </Field>
      <FieldSet legend={t('profile.language')} hint={t('profile.languageHint')}>
        <div className="checks">
          {(['fr', 'en'] as const).map((code) => (
            <label key={code} lang={code}>
              <input type="radio" name="locale" checked={locale === code} onChange={() => setLocale(code)} />
              {t(`profile.languages.${code}`)}
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
