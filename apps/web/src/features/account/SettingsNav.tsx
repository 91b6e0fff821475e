import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { RequireSignIn } from '../../components/RequireSignIn';
import { usePageTitle } from '../../components/usePageTitle';
import type { Me } from '../../lib/api/types';

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

/** One page of the account settings: its title, the settings' links, then its content for the signed-in person. */
export function SettingsPage({ title, children }: { title: string; children: (me: Me) => ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <SettingsNav />
      <RequireSignIn>{children}</RequireSignIn>
    </>
  );
}
