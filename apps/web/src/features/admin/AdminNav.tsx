import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

export function AdminNav() {
  const { t } = useTranslation('admin');
  return (
    <nav aria-label={t('nav.label')} className="actions">
      <NavLink to="/admin/organizations">{t('nav.organizations')}</NavLink>
      <NavLink to="/admin/failed-jobs">{t('nav.failedJobs')}</NavLink>
    </nav>
  );
}
