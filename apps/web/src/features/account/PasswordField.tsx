import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

export const MIN_PASSWORD = 10;

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The API's reason, or the length checked before sending. */
  error?: string;
};

/** A new password, with the rule said before anyone types. */
export function NewPasswordField({ label, value, onChange, error }: Props) {
  const { t } = useTranslation('account');
  return (
    <Field label={label} hint={t('fields.passwordHint', { count: MIN_PASSWORD })} error={error} required>
      {(control) => <input {...control} type="password" autoComplete="new-password" value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/** The length rule, checked before sending: the rule is known and typing again is tedious. */
export const tooShortReason = (password: string, t: (key: string, options: { count: number }) => string) =>
  password.length < MIN_PASSWORD ? t('fields.passwordTooShort', { count: MIN_PASSWORD }) : undefined;
