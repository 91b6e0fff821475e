import { useTranslation } from 'react-i18next';

/** Whether a platform admin checked that the organization is who it says. */
export function VerifiedBadge({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  return verified ? (
    <span className="status status-open" title={t('verification.verifiedHint')}>
      ✓ {t('verification.verified')}
    </span>
  ) : (
    <span className="status" title={t('verification.unverifiedHint')}>
      {t('verification.unverified')}
    </span>
  );
}
