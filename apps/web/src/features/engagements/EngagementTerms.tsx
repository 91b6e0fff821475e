import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FieldSet } from '../../components/Field';
import { fieldError } from '../../components/FormProblem';
import type { Engagement, LentPerson, WorkPlanItem } from '../../lib/api/types';
import { countryName } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import styles from './engagements.module.css';
import type { EngagementChange } from './useEngagementChange';

type Terms = {
  mechanism: Engagement['mechanism'];
  startDate: string;
  endDate: string;
  effortAmount: string;
  effortUnit: 'days' | 'hours';
  people: LentPerson[];
  workPlan: WorkPlanItem[];
};

const termsOf = (e: Engagement): Terms => ({
  mechanism: e.mechanism,
  startDate: e.startDate ?? '',
  endDate: e.endDate ?? '',
  effortAmount: e.effort ? String(e.effort.amount) : '',
  effortUnit: e.effort?.unit ?? 'days',
  people: e.people,
  workPlan: e.workPlan,
});

/**
 * The engagement's terms. Until both sides have signed, everything may change (a change asks
 * both to sign again); once under way, only the work plan (milestones ticked); after, nothing.
 */
export function EngagementTerms({ engagement, change }: { engagement: Engagement; change: EngagementChange }) {
  const { t } = useTranslation('engagements');
  const [terms, setTerms] = useState(() => termsOf(engagement));
  const termsOpen = engagement.status === 'agreed' || engagement.status === 'agreement_signed';
  const planOpen = termsOpen || engagement.status === 'under_way';
  const set = <K extends keyof Terms>(key: K, value: Terms[K]) => setTerms((current) => ({ ...current, [key]: value }));
  const err = (path: string) => fieldError(change.error, path);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const workPlan = terms.workPlan.map((item) => ({ ...item, due: item.due || null }));
    const body = termsOpen
      ? {
          mechanism: terms.mechanism,
          ...(terms.startDate ? { startDate: terms.startDate } : {}),
          ...(terms.endDate ? { endDate: terms.endDate } : {}),
          ...(terms.effortAmount ? { effort: { amount: Number(terms.effortAmount), unit: terms.effortUnit } } : {}),
          people: terms.people,
          workPlan,
        }
      : { workPlan };
    change.mutate({ path: '', method: 'PATCH', body });
  };
  const language = currentLanguage();
  return (
    <section className={`card ${styles.section}`} aria-labelledby="terms-title">
      <h2 id="terms-title">{t('terms.title')}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        {termsOpen && engagement.signedBy.length > 0 && <p className="hint">{t('terms.signAgain')}</p>}
        <FieldSet legend={t('terms.mechanism')} hint={t('terms.mechanismHint')} error={err('mechanism')} required>
          <div className="checks">
            {engagement.options.map((option) => (
              <div key={option.code}>
                <label>
                  <input
                    type="radio"
                    name="mechanism"
                    disabled={!termsOpen || !option.usable}
                    checked={terms.mechanism === option.code}
                    onChange={() => set('mechanism', option.code)}
                  />
                  {t(`vocab.mechanism.${option.code}`, { ns: 'common' })}
                </label>
                {option.excludedBy.map((excluded) => (
                  <p key={excluded.rule} className={styles.excluded}>
                    {t('terms.excluded', { reason: excluded.reason[language] })}
                  </p>
                ))}
              </div>
            ))}
          </div>
        </FieldSet>
        <details>
          <summary>{t('facts.title')}</summary>
          <ul>
            <li>{t('facts.host', { name: engagement.host.name, kind: t(`vocab.kind.${engagement.host.kind}`, { ns: 'common' }), country: countryName(engagement.host.country) })}</li>
            <li>{t(`facts.generalInterest.${engagement.facts.host.generalInterest === undefined ? 'unknown' : String(engagement.facts.host.generalInterest)}`)}</li>
            <li>{t('facts.provider', { name: engagement.provider.name, kind: t(`vocab.kind.${engagement.provider.kind}`, { ns: 'common' }), country: countryName(engagement.provider.country) })}</li>
            <li>{t('facts.mission', { country: countryName(engagement.facts.mission.destinationCountry) })}</li>
          </ul>
        </details>
        <div className="row">
          <Field label={t('terms.startDate')} error={err('startDate')} required>
            {(c) => <input {...c} type="date" disabled={!termsOpen} value={terms.startDate} onChange={(e) => set('startDate', e.target.value)} />}
          </Field>
          <Field label={t('terms.endDate')} error={err('endDate')} required>
            {(c) => <input {...c} type="date" disabled={!termsOpen} value={terms.endDate} onChange={(e) => set('endDate', e.target.value)} />}
          </Field>
          <Field label={t('terms.effort')} error={err('effort.amount') ?? err('effort')} required>
            {(c) => <input {...c} type="number" min={1} inputMode="numeric" disabled={!termsOpen} value={terms.effortAmount} onChange={(e) => set('effortAmount', e.target.value)} />}
          </Field>
          <Field label={t('terms.unit')} error={err('effort.unit')}>
            {(c) => (
              <select {...c} disabled={!termsOpen} value={terms.effortUnit} onChange={(e) => set('effortUnit', e.target.value as Terms['effortUnit'])}>
                <option value="days">{t('terms.days')}</option>
                <option value="hours">{t('terms.hours')}</option>
              </select>
            )}
          </Field>
        </div>
        <Rows
          legend={t('people.title')}
          hint={terms.mechanism === 'skills_sponsorship' ? `${t('people.hint')} ${t('people.payHint')}` : t('people.hint')}
          items={terms.people}
          disabled={!termsOpen}
          onChange={(people) => set('people', people)}
          empty={{ name: '', role: '' }}
          addLabel={t('people.add')}
          removeLabel={(index) => t('people.remove', { index: index + 1 })}
          render={(person, index, update) => (
            <>
              <Field label={t('people.name', { index: index + 1 })} error={err(`people.${index}.name`)} required>
                {(c) => <input {...c} disabled={!termsOpen} value={person.name} onChange={(e) => update({ ...person, name: e.target.value })} />}
              </Field>
              <Field label={t('people.role', { index: index + 1 })} error={err(`people.${index}.role`)}>
                {(c) => <input {...c} disabled={!termsOpen} value={person.role} onChange={(e) => update({ ...person, role: e.target.value })} />}
              </Field>
              {terms.mechanism === 'skills_sponsorship' && (
                <>
                  <Field label={t('people.pay', { index: index + 1 })} error={err(`people.${index}.grossMonthlyPay`)}>
                    {(c) => (
                      <input {...c} type="number" min={1} step="0.01" inputMode="decimal" disabled={!termsOpen} value={person.grossMonthlyPay ?? ''}
                        onChange={(e) => update({ ...person, grossMonthlyPay: e.target.value === '' ? null : Number(e.target.value) })} />
                    )}
                  </Field>
                  <Field label={t('people.charges', { index: index + 1 })} error={err(`people.${index}.chargesRate`)}>
                    {(c) => (
                      <input {...c} type="number" min={0} max={200} step="0.1" inputMode="decimal" disabled={!termsOpen} value={person.chargesRate == null ? '' : Math.round(person.chargesRate * 10_000) / 100}
                        onChange={(e) => update({ ...person, chargesRate: e.target.value === '' ? null : Number(e.target.value) / 100 })} />
                    )}
                  </Field>
                </>
              )}
            </>
          )}
        />
        <Rows
          legend={t('plan.title')}
          hint={t('plan.hint')}
          items={terms.workPlan}
          disabled={!planOpen}
          onChange={(workPlan) => set('workPlan', workPlan)}
          empty={{ title: '', due: null, done: false }}
          addLabel={t('plan.add')}
          removeLabel={(index) => t('plan.remove', { index: index + 1 })}
          render={(item, index, update) => (
            <>
              <Field label={t('plan.item', { index: index + 1 })} error={err(`workPlan.${index}.title`)} required>
                {(c) => <input {...c} disabled={!planOpen} value={item.title} onChange={(e) => update({ ...item, title: e.target.value })} />}
              </Field>
              <Field label={t('plan.due', { index: index + 1 })} error={err(`workPlan.${index}.due`)}>
                {(c) => <input {...c} type="date" disabled={!planOpen} value={item.due ?? ''} onChange={(e) => update({ ...item, due: e.target.value || null })} />}
              </Field>
              <label className={styles.tick}>
                <input type="checkbox" disabled={!planOpen} checked={item.done} onChange={(e) => update({ ...item, done: e.target.checked })} />
                {t('plan.done', { index: index + 1 })}
              </label>
            </>
          )}
        />
        {planOpen && (
          <div className="actions">
            <button type="submit" className="button" disabled={change.isPending}>
              {t('terms.save')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}

type RowsProps<T> = {
  legend: string;
  hint: string;
  items: T[];
  disabled: boolean;
  onChange: (items: T[]) => void;
  empty: T;
  addLabel: string;
  removeLabel: (index: number) => string;
  render: (item: T, index: number, update: (item: T) => void) => ReactNode;
};

/** A list of rows the person adds to and removes from (people lent, milestones). */
function Rows<T>({ legend, hint, items, disabled, onChange, empty, addLabel, removeLabel, render }: RowsProps<T>) {
  return (
    <FieldSet legend={legend} hint={hint}>
      {items.map((item, index) => (
        <div key={index} className={styles.rowItem}>
          {render(item, index, (updated) => onChange(items.map((current, i) => (i === index ? updated : current))))}
          {!disabled && (
            <button type="button" className="button secondary" aria-label={removeLabel(index)} onClick={() => onChange(items.filter((_, i) => i !== index))}>
              ×
            </button>
          )}
        </div>
      ))}
      {!disabled && (
        <div className="actions">
          <button type="button" className="button secondary" onClick={() => onChange([...items, empty])}>
            {addLabel}
          </button>
        </div>
      )}
    </FieldSet>
  );
}
