import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorMessage, Loading } from './QueryState';
import type { Me } from '../lib/api/types';
import { useMe } from '../lib/session';

/** Pages for signed-in people: a visitor gets a link to sign in and come back here. */
export function RequireSignIn({ children }: { children: (me: Me) => ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <>
        <h1>{t('access.title')}</h1>
        <p>
          <Link to={`/signin?next=${next}`}>{t('access.signIn')}</Link> · <Link to={`/signup?next=${next}`}>{t('access.signUp')}</Link>
        </p>
      </>
    );
  }
  return <>{children(me.data)}</>;
}
