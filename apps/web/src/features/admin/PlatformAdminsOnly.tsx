import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiProblem } from '../../lib/api/client';

/** The API refused the list: the signed-in person is not a platform admin. */
export const isRefused = (error: unknown) => error instanceof ApiProblem && error.status === 403;

/** What a signed-in person who is not a platform admin sees on the admin pages. */
export function PlatformAdminsOnly() {
  const { t } = useTranslation('admin');
  return (
    <div className="alert alert-error" role="alert">
      <p>{t('failedJobs.forbidden')}</p>
      <p>
        <Link to="/">{t('failedJobs.home')}</Link>
      </p>
    </div>
  );
}
