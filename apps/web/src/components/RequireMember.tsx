import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isMemberOf } from '../lib/postings';
import { RequireSignIn } from './RequireSignIn';

/** Pages of one organization's members; the API refuses others anyway, this says so plainly. */
export function RequireMember({ organizationId, children }: { organizationId: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireSignIn>
      {(me) =>
        isMemberOf(me, organizationId) ? (
          children
        ) : (
          <p className="alert alert-error" role="alert">
            {t('access.membersOnly')}
          </p>
        )
      }
    </RequireSignIn>
  );
}
