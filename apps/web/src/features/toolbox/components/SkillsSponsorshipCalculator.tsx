import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FieldSet } from '../../../components/Field';
import { FormProblem } from '../../../components/FormProblem';
import { formatEuros, formatNumber } from '../../../lib/format';
import { calculate, type Draft, type SkillsSponsorshipInput } from '../api';
import { figureReader, NumberField, thisYear, useCalculation } from './CalculatorFields';
import { FormulaSteps } from './FormulaSteps';
import styles from '../toolbox.module.css';

type PersonDraft = { key: number; gross: string; chargesMode: 'rate' | 'amount'; charges: string; timeMode: 'days' | 'hours'; time: string; from: string; to: string };

let nextKey = 1;
const newPerson = (): PersonDraft => ({ key: nextKey++, gross: '', chargesMode: 'rate', charges: '', timeMode: 'days', time: '', from: '', to: '' });

/** Skills sponsorship (CGI 238 bis): value of the time lent, ceiling, tax reduction, carry-forward, net cost. */
export function SkillsSponsorshipCalculator() {
  const { t } = useTranslation('toolbox');
  const [year, setYear] = useState(thisYear);
  const [turnover, setTurnover] = useState('');
  const [other, setOther] = useState('');
  const [coluche, setColuche] = useState(false);
  const [people, setPeople] = useState<PersonDraft[]>(() => [newPerson()]);
  const { run, message, send } = useCalculation(calculate.skillsSponsorship);

  const update = (key: number, change: Partial<PersonDraft>) => setPeople((all) => all.map((person) => (person.key === key ? { ...person, ...change } : person)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { read: number, errors } = figureReader();
    const input: Draft<SkillsSponsorshipInput> = {
      year: number('year', year),
      turnover: number('turnover', turnover),
      otherDonationsThisYear: number('otherDonationsThisYear', other),
      colucheHost: coluche,
      people: people.map((person, index) => {
        const path = `people.${index}`;
        const charges = number(`${path}.employerCharges`, person.charges);
        const time = number(`${path}.${person.timeMode}`, person.time);
        return {
          grossMonthlyPay: number(`${path}.grossMonthlyPay`, person.gross),
          // The form asks for a percentage; the API takes a fraction of gross pay.
          employerCharges: person.chargesMode === 'rate' ? { rate: charges === undefined ? undefined : charges / 100 } : { amount: charges },
          [person.timeMode]: time,
          from: person.from || undefined,
          to: person.to || undefined,
        };
      }),
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
          <NumberField label={t('calculators.sponsorship.turnover')} hint={t('calculators.sponsorship.turnoverHint')} suffix="€" value={turnover} onChange={setTurnover} error={message('turnover')} required />
          <NumberField label={t('calculators.sponsorship.otherDonations')} hint={t('calculators.optional')} suffix="€" value={other} onChange={setOther} error={message('otherDonationsThisYear')} />
        </div>
        <div className="checks">
          <label>
            <input type="checkbox" checked={coluche} onChange={(event) => setColuche(event.target.checked)} />
            {t('calculators.sponsorship.coluche')}
          </label>
        </div>
        {message('people', true) && <p className="field-error">{message('people', true)}</p>}
        {people.map((person, index) => {
          const path = `people.${index}`;
          return (
            <fieldset key={person.key} className={styles.person}>
              <legend>{t('calculators.sponsorship.person', { n: index + 1 })}</legend>
              <div className="stack">
                <NumberField label={t('calculators.sponsorship.gross')} suffix="€" value={person.gross} onChange={(gross) => update(person.key, { gross })} error={message(`${path}.grossMonthlyPay`)} required />
                <FieldSet legend={t('calculators.sponsorship.chargesAs')}>
                  <div className="checks">
                    {(['rate', 'amount'] as const).map((mode) => (
                      <label key={mode}>
                        <input type="radio" name={`charges-${person.key}`} checked={person.chargesMode === mode} onChange={() => update(person.key, { chargesMode: mode })} />
                        {t(`calculators.sponsorship.chargesMode.${mode}`)}
                      </label>
                    ))}
                  </div>
                </FieldSet>
                <NumberField
                  label={person.chargesMode === 'rate' ? t('calculators.sponsorship.chargesRate') : t('calculators.sponsorship.chargesAmount')}
                  hint={person.chargesMode === 'rate' ? t('calculators.sponsorship.chargesRateHint') : undefined}
                  suffix={person.chargesMode === 'rate' ? '%' : '€'}
                  value={person.charges}
                  onChange={(charges) => update(person.key, { charges })}
                  error={message(`${path}.employerCharges`)}
                  required
                />
                <FieldSet legend={t('calculators.sponsorship.timeAs')}>
                  <div className="checks">
                    {(['days', 'hours'] as const).map((mode) => (
                      <label key={mode}>
                        <input type="radio" name={`time-${person.key}`} checked={person.timeMode === mode} onChange={() => update(person.key, { timeMode: mode })} />
                        {t(`calculators.sponsorship.timeMode.${mode}`)}
                      </label>
                    ))}
                  </div>
                </FieldSet>
                <NumberField
                  label={person.timeMode === 'days' ? t('calculators.sponsorship.days') : t('calculators.sponsorship.hours')}
                  hint={person.timeMode === 'days' ? t('calculators.sponsorship.daysHint') : undefined}
                  value={person.time}
                  onChange={(time) => update(person.key, { time })}
                  error={message(`${path}.days`) ?? message(`${path}.hours`)}
                  required
                />
                <div className={styles.fields}>
                  <Field label={t('calculators.sponsorship.from')} hint={t('calculators.optional')} error={message(`${path}.from`)}>
                    {(props) => <input {...props} type="date" value={person.from} onChange={(event) => update(person.key, { from: event.target.value })} />}
                  </Field>
                  <Field label={t('calculators.sponsorship.to')} hint={t('calculators.optional')} error={message(`${path}.to`)}>
                    {(props) => <input {...props} type="date" value={person.to} onChange={(event) => update(person.key, { to: event.target.value })} />}
                  </Field>
                </div>
                {people.length > 1 && (
                  <div className="actions">
                    <button type="button" className="button secondary small" onClick={() => setPeople((all) => all.filter((other) => other.key !== person.key))}>
                      {t('calculators.sponsorship.removePerson', { n: index + 1 })}
                    </button>
                  </div>
                )}
              </div>
            </fieldset>
          );
        })}
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => setPeople((all) => [...all, newPerson()])}>
            {t('calculators.sponsorship.addPerson')}
          </button>
          <button type="submit" className="button" disabled={run.isPending}>
            {t('calculators.compute')}
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {result && (
          <section className={styles.result} aria-labelledby="sponsorship-result">
            <h3 id="sponsorship-result">{t('calculators.result', { year: result.year })}</h3>
            <dl className={styles.figures}>
              <dt>{t('calculators.sponsorship.timeValue')}</dt>
              <dd>{formatEuros(result.timeValue)}</dd>
              <dt>{t('calculators.sponsorship.totalDonations')}</dt>
              <dd>{formatEuros(result.totalDonations)}</dd>
              <dt>{t('calculators.sponsorship.ceiling')}</dt>
              <dd>{formatEuros(result.ceiling)}</dd>
              <dt>{t('calculators.sponsorship.eligible')}</dt>
              <dd>{formatEuros(result.eligibleDonations)}</dd>
              <dt>{t('calculators.sponsorship.reduction')}</dt>
              <dd>{formatEuros(result.reduction)}</dd>
              <dt>{t('calculators.sponsorship.carriedForward')}</dt>
              <dd>{formatEuros(result.carriedForward)}</dd>
              <dt>{t('calculators.sponsorship.netCost')}</dt>
              <dd>{formatEuros(result.netCost)}</dd>
            </dl>
            {result.people.some((person) => person.capBinding) && <p>{t('calculators.sponsorship.capBinding')}</p>}
            <p className="meta">{t('calculators.sponsorship.hoursLent', { hours: formatNumber(result.people.reduce((sum, person) => sum + person.hoursLent, 0), 2) })}</p>
            <FormulaSteps steps={result.steps} />
          </section>
        )}
      </div>
    </>
  );
}
