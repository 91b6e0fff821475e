import { useTranslation } from 'react-i18next';

/** Every toolbox page prints on A4 (the layout's chrome and `.actions` are hidden on paper). */
export function PrintButton() {
  const { t } = useTranslation('toolbox');
  return (
    <button type="button" className="button secondary" onClick={() => window.print()}>
      {t('print')}
    </button>
  );
}
