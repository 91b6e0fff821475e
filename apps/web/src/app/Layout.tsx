import { Suspense } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { Loading } from '../components/QueryState';
import { api } from '../lib/api/client';
import i18n, { currentLanguage } from '../lib/i18n';
import { useMe, useSessionChanged } from '../lib/session';
import { ConfirmAddressBanner } from '../features/account/ConfirmAddressBanner';
import { ErrorBoundary } from './ErrorBoundary';

function LanguageSwitch() {
  const { t } = useTranslation();
  const me = useMe();
  const other = currentLanguage() === 'fr' ? 'en' : 'fr';
  const change = async () => {
    await i18n.changeLanguage(other);
    // A signed-in person's language also sets their e-mails'; a failure here only affects those.
    if (me.data) await api('/me', { method: 'PATCH', body: { locale: other } }).catch(() => undefined);
  };
  return (
    <button type="button" className="link-button" lang={other} onClick={() => void change()}>
      {t('layout.switchLanguage')}
    </button>
  );
}

function NotificationBell() {
  const { t } = useTranslation();
  const unread = useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: () => api<{ unread: number }>('/notifications/unread-count'),
    refetchInterval: 30_000,
  });
  const count = unread.data?.unread ?? 0;
  return (
    <NavLink to="/notifications" className="bell" aria-label={t('layout.notifications', { count })}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
        <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.5-2.5h-5A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {count > 0 && <span className="badge">{count}</span>}
    </NavLink>
  );
}

function AccountLinks() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const changed = useSessionChanged();
  const signOut = useMutation({
    mutationFn: () => api('/auth/logout', { method: 'POST' }),
    onSettled: async () => {
      await changed();
      await navigate('/');
    },
  });
  if (me.isPending) return null;
  if (!me.data) {
    return (
      <>
        <NavLink to="/signin">{t('layout.signIn')}</NavLink>
        <NavLink to="/signup" className="button small">
          {t('layout.signUp')}
        </NavLink>
      </>
    );
  }
  return (
    <>
      <NotificationBell />
      <NavLink to="/settings/profile">{t('layout.settings')}</NavLink>
      <button type="button" className="link-button" onClick={() => signOut.mutate()}>
        {t('layout.signOut')}
      </button>
    </>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          Relais
        </Link>
        <nav aria-label={t('layout.mainNav')} className="main-nav">
          <NavLink to="/needs">{t('layout.needs')}</NavLink>
          {me.data && <NavLink to="/offers">{t('layout.offers')}</NavLink>}
          <NavLink to="/organizations" end>
            {t('layout.organizations')}
          </NavLink>
          <NavLink to="/toolbox">{t('layout.toolbox')}</NavLink>
          {me.data && <NavLink to="/my">{t('layout.myOrganization')}</NavLink>}
          {me.data?.isPlatformAdmin && <NavLink to="/admin/failed-jobs">{t('layout.admin')}</NavLink>}
        </nav>
        <div className="account-nav">
          <LanguageSwitch />
          <AccountLinks />
        </div>
      </header>
      <ConfirmAddressBanner />
      <main id="main" className="page" tabIndex={-1}>
        <ErrorBoundary>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  );
}
