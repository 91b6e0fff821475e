import { useTranslation } from 'react-i18next';

export function StatusBadge({ status }: { status: 'draft' | 'open' | 'closed' }) {
  const { t } = useTranslation();
  return <span className={`status status-${status}`}>{t(`vocab.status.${status}`)}</span>;
}
