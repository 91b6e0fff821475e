import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n';
import type { FormulaStep } from '../api';
import styles from '../toolbox.module.css';

/** The lines of a calculation, as the toolbox wrote them in both languages. */
export function FormulaSteps({ steps }: { steps: FormulaStep[] }) {
  const { t } = useTranslation('toolbox');
  const id = useId();
  const lang = currentLanguage();
  return (
    <>
      <h4 id={id}>{t('calculators.steps')}</h4>
      <ol aria-labelledby={id} className={styles.steps}>
        {steps.map((step) => (
          <li key={step.id}>{step[lang]}</li>
        ))}
      </ol>
    </>
  );
}
