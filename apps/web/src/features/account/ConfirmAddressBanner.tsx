import { useTranslation } from 'react-i18next';
import { useMe } from '../../lib/session';
import { ResendConfirmation } from './ResendConfirmation';

/** Shown on every page while the signed-in person's address is not confirmed. */
export function ConfirmAddressBanner() {
  const { t } = useTranslation('account');
  const me = useMe();
  if (!me.data || me.data.emailVerified) return null;
  return (
    <div className="banner" role="region" aria-label={t('verify.title')}>
      <p>
        {t('verify.banner', { email: me.data.email })} <ResendConfirmation email={me.data.email} />
      </p>
    </div>
  );
}
