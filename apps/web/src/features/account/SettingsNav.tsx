import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

export function SettingsNav() {
  const { t } = useTranslation('account');
  return (
    <nav aria-label={t('settings.nav')} className="actions">
      <NavLink to="/settings/profile">{t('settings.profile')}</NavLink>
      <NavLink to="/settings/notifications">{t('settings.notifications')}</NavLink>
      <NavLink to="/settings/security">{t('settings.security')}</NavLink>
      <NavLink to="/settings/data">{t('settings.myData')}</NavLink>
    </nav>
  );
}
