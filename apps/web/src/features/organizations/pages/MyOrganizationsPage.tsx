import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { RequireSignIn } from '../../../components/RequireSignIn';
import { usePageTitle } from '../../../components/usePageTitle';

/** "My organization": straight to it when there is one; the list when several; creation when none. */
export default function MyOrganizationsPage() {
  const { t } = useTranslation('organizations');
  usePageTitle(t('my.title'));
  return (
    <RequireSignIn heading={t('my.title')}>
      {(me) => {
        if (me.memberships.length === 1) return <Navigate to={`/organizations/${me.memberships[0].organizationId}/dashboard`} replace />;
        return (
          <>
            <h1>{t('my.title')}</h1>
            {me.memberships.length === 0 ? (
              <p>{t('my.none')}</p>
            ) : (
              <ul className="cards">
                {me.memberships.map((m) => (
                  <li key={m.organizationId} className="card">
                    <Link to={`/organizations/${m.organizationId}/dashboard`}>{m.organizationName}</Link>
                    <span className="meta"> · {t(`vocab.role.${m.role}`, { ns: 'common' })}</span>
                  </li>
                ))}
              </ul>
            )}
            <p>
              <Link className="button" to="/organizations/new">
                {t('my.create')}
              </Link>
            </p>
          </>
        );
      }}
    </RequireSignIn>
  );
}
