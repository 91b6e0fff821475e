import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorMessage, Loading } from './QueryState';
import type { Me } from '../lib/api/types';
import { useMe } from '../lib/session';

type Props = {
  children: (me: Me) => ReactNode;
  /** The page's h1, for a page that shows its own only to signed-in people. */
  heading?: string;
};

/** Pages for signed-in people: a visitor gets links to sign in (or up) and come back here. */
export function RequireSignIn({ children, heading }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <>
        {heading && <h1>{heading}</h1>}
        <p className="alert alert-error" role="alert">
          {t('access.title')} <Link to={`/signin?next=${next}`}>{t('access.signIn')}</Link> ·{' '}
          <Link to={`/signup?next=${next}`}>{t('access.signUp')}</Link>
        </p>
      </>
    );
  }
  return <>{children(me.data)}</>;
}
