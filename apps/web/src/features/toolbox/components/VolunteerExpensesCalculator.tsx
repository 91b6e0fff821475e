import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/Field';
import { FormProblem } from '../../../components/FormProblem';
import { formatEuros } from '../../../lib/format';
import { calculate } from '../api';
import { figureReader, NumberField, thisYear, useCalculation } from './CalculatorFields';
import { FormulaSteps } from './FormulaSteps';
import styles from '../toolbox.module.css';

/** Income-tax reduction (CGI 200) for the expenses a volunteer gives up to the association. */
export function VolunteerExpensesCalculator() {
  const { t } = useTranslation('toolbox');
  const [year, setYear] = useState(thisYear);
  const [amount, setAmount] = useState('');
  const [income, setIncome] = useState('');
  const [giftDate, setGiftDate] = useState('');
  const [coluche, setColuche] = useState(false);
  const { run, message, send } = useCalculation(calculate.volunteerExpenses);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { read, errors } = figureReader();
    const input = {
      year: read('year', year),
      amount: read('amount', amount),
      taxableIncome: read('taxableIncome', income),
      giftDate: giftDate || undefined,
      colucheHost: coluche,
    };
    send(input, errors);
  };

  const result = run.data;
  return (
    <>
      <form className="stack" onSubmit={submit} noValidate>
        <FormProblem error={run.error} />
        <div className={styles.fields}>
          <NumberField label={t('calculators.year')} hint={t('calculators.yearHint')} value={year} onChange={setYear} error={message('year')} required />
          <NumberField label={t('calculators.volunteer.amount')} hint={t('calculators.volunteer.amountHint')} suffix="€" value={amount} onChange={setAmount} error={message('amount')} required />
        </div>
        <div className={styles.fields}>
          <NumberField label={t('calculators.volunteer.income')} hint={t('calculators.volunteer.incomeHint')} suffix="€" value={income} onChange={setIncome} error={message('taxableIncome')} />
          <Field label={t('calculators.volunteer.giftDate')} hint={t('calculators.volunteer.giftDateHint')} error={message('giftDate')}>
            {(props) => <input {...props} type="date" value={giftDate} onChange={(event) => setGiftDate(event.target.value)} />}
          </Field>
        </div>
        <div className="checks">
          <label>
            <input type="checkbox" checked={coluche} onChange={(event) => setColuche(event.target.checked)} />
            {t('calculators.volunteer.coluche')}
          </label>
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={run.isPending}>
            {t('calculators.compute')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {result && (
          <section className={styles.result} aria-labelledby="volunteer-result">
            <h3 id="volunteer-result">{t('calculators.result', { year: result.year })}</h3>
            <dl className={styles.figures}>
              <dt>{t('calculators.volunteer.reduction')}</dt>
              <dd>{formatEuros(result.reduction)}</dd>
              {result.colucheCap !== null && (
                <>
                  <dt>{t('calculators.volunteer.colucheBase', { cap: formatEuros(result.colucheCap) })}</dt>
                  <dd>{formatEuros(result.colucheBase)}</dd>
                </>
              )}
              <dt>{t('calculators.volunteer.standardBase')}</dt>
              <dd>{formatEuros(result.standardBase)}</dd>
              <dt>{t('calculators.volunteer.carriedForward')}</dt>
              <dd>{formatEuros(result.carriedForward)}</dd>
            </dl>
            {!result.incomeLimitChecked && <p>{t('calculators.volunteer.incomeUnchecked')}</p>}
            <FormulaSteps steps={result.steps} />
          </section>
        )}
      </div>
    </>
  );
}
