import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isMemberOf } from '../lib/postings';
import { useMe } from '../lib/session';
import { ErrorMessage, Loading } from './QueryState';

/** Pages of one organization's members; the API refuses others anyway, this says so plainly. */
export function RequireMember({ organizationId, children }: { organizationId: string; children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    return (
      <p className="alert alert-error" role="alert">
        {t('access.signIn')} <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>{t('layout.signIn')}</Link>
      </p>
    );
  }
  if (!isMemberOf(me.data, organizationId)) {
    return (
      <p className="alert alert-error" role="alert">
        {t('access.membersOnly')}
      </p>
    );
  }
  return <>{children}</>;
}
