import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../../components/FormProblem';
import { formatEuros } from '../../../lib/format';
import { calculate } from '../api';
import { figureReader, NumberField, thisYear, useCalculation } from './CalculatorFields';
import { FormulaSteps } from './FormulaSteps';
import styles from '../toolbox.module.css';

/** Minimum internship gratification (Code de l'éducation L124-6) for so many hours of presence. */
export function InternshipCalculator() {
  const { t } = useTranslation('toolbox');
  const [year, setYear] = useState(thisYear);
  const [hours, setHours] = useState('');
  const { run, message, send } = useCalculation(calculate.internship);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { read, errors } = figureReader();
    const input = { year: read('year', year), hours: read('hours', hours) };
    send(input, errors);
  };

  const result = run.data;
  return (
    <>
      <form className="stack" onSubmit={submit} noValidate>
        <FormProblem error={run.error} />
        <div className={styles.fields}>
          <NumberField label={t('calculators.year')} hint={t('calculators.yearHint')} value={year} onChange={setYear} error={message('year')} required />
          <NumberField label={t('calculators.internship.hours')} hint={t('calculators.internship.hoursHint')} suffix="h" value={hours} onChange={setHours} error={message('hours')} required />
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={run.isPending}>
            {t('calculators.compute')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {result && (
          <section className={styles.result} aria-labelledby="internship-result">
            <h3 id="internship-result">{t('calculators.result', { year: result.year })}</h3>
            <p>
              <strong>{result.mandatory ? t('calculators.internship.mandatory') : t('calculators.internship.notMandatory')}</strong>
            </p>
            <dl className={styles.figures}>
              <dt>{t('calculators.internship.hourlyMinimum')}</dt>
              <dd>{formatEuros(result.hourlyMinimum)}</dd>
              <dt>{t('calculators.internship.amountDue')}</dt>
              <dd>{formatEuros(result.amountDue)}</dd>
              <dt>{t('calculators.internship.monthlyMinimum')}</dt>
              <dd>{formatEuros(result.monthlyMinimum)}</dd>
            </dl>
            <FormulaSteps steps={result.steps} />
          </section>
        )}
      </div>
    </>
  );
}
