import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_CODES } from '@relais/domain';
import { Field, FieldSet } from '../../../components/Field';
import { countryName } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import type { AdvisorQuestion, AnswerField, AnswerValue } from '../api';
import type { StepAnswer } from '../advisor-flow';
import { decimalText, parseDecimal } from '../number-input';
import styles from '../toolbox.module.css';
import { withUnit } from './CalculatorFields';

type Props = {
  question: AdvisorQuestion;
  position: number;
  total: number;
  given: StepAnswer | undefined;
  /** Whether the step's heading takes the focus when it appears (not on arriving on the page). */
  takeFocus: boolean;
  onAnswer: (answer: StepAnswer) => void;
  onBack?: () => void;
};

/** The form's text for what was said before: radios and boxes hold strings. */
function initialText(question: AdvisorQuestion, given: StepAnswer | undefined): { text: string; unit: AnswerField } {
  const units = question.units ?? [];
  const known = given?.known ? given.values : {};
  const unit = units.find((candidate) => known[candidate.field] !== undefined)?.field ?? units[units.length - 1]?.field ?? (question.id as AnswerField);
  const value = question.kind === 'duration' ? known[unit] : known[question.id as AnswerField];
  return { text: value === undefined ? '' : typeof value === 'number' ? decimalText(value) : String(value), unit };
}

function CountrySelect(control: { id: string; value: string; onChange: (value: string) => void; describedBy?: string; invalid?: boolean }) {
  const { t } = useTranslation('toolbox');
  const lang = currentLanguage();
  const countries = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return [...COUNTRY_CODES].filter((code) => code !== 'FR').map((code) => ({ code, name: countryName(code) })).sort((a, b) => collator.compare(a.name, b.name));
  }, [lang]);
  return (
    <select id={control.id} value={control.value} onChange={(event) => control.onChange(event.target.value)} aria-describedby={control.describedBy} aria-invalid={control.invalid}>
      <option value="">{t('advisor.chooseCountry')}</option>
      {/* France first: most hosts and providers are seated there. */}
      <option value="FR">{countryName('FR')}</option>
      {countries.map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </select>
  );
}

/**
 * One question of the advisor. "I don't know" is a button of its own, always there; "Next"
 * needs an answer. After a move, the step's heading takes the focus, for keyboard and
 * screen-reader users to start on the new question.
 */
export function AdvisorStep({ question, position, total, given, takeFocus, onAnswer, onBack }: Props) {
  const { t } = useTranslation('toolbox');
  const heading = useRef<HTMLHeadingElement>(null);
  const radioName = useId();
  const unitId = useId();
  const initial = initialText(question, given);
  const [text, setText] = useState(initial.text);
  const [unit, setUnit] = useState<AnswerField>(initial.unit);
  const [error, setError] = useState<string>();
  const isLast = position === total;

  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [question.id, takeFocus]);

  /** The value to send, or what is wrong with the text typed. */
  const read = (): { value: AnswerValue } | { error: string } => {
    if (!text) return { error: t('advisor.errors.required') };
    if (question.kind === 'boolean') return { value: text === 'true' };
    if (question.kind !== 'number' && question.kind !== 'duration') return { value: text };
    const value = parseDecimal(text);
    if (value === null || value === undefined) return { error: t('advisor.errors.number') };
    if (question.kind === 'duration' && value <= 0) return { error: t('advisor.errors.positive') };
    if (question.min !== undefined && value < question.min) return { error: t('advisor.errors.min', { min: question.min }) };
    if (question.max !== undefined && value > question.max) return { error: t('advisor.errors.max', { max: question.max }) };
    return { value };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = read();
    if ('error' in result) {
      setError(result.error);
      return;
    }
    const field = question.kind === 'duration' ? unit : (question.id as AnswerField);
    onAnswer({ known: true, values: { [field]: result.value } });
  };

  const change = (value: string) => {
    setText(value);
    setError(undefined);
  };

  const control = () => {
    switch (question.kind) {
      case 'choice':
      case 'boolean':
        return (
          <FieldSet legend={<span className={styles.question}>{question.question}</span>} error={error}>
            <div className={styles.options}>
              {(question.options ?? []).map((option) => (
                <label key={String(option.value)}>
                  <input type="radio" name={radioName} value={String(option.value)} checked={text === String(option.value)} onChange={(event) => change(event.target.value)} />
                  {option.label}
                </label>
              ))}
            </div>
          </FieldSet>
        );
      case 'duration':
        return (
          <FieldSet legend={<span className={styles.question}>{question.question}</span>} error={error}>
            <div className={styles.durationRow}>
              <Field label={t('advisor.duration')}>
                {(props) => <input {...props} type="text" inputMode="decimal" autoComplete="off" value={text} onChange={(event) => change(event.target.value)} />}
              </Field>
              <Field label={t('advisor.unit')}>
                {(props) => (
                  <select {...props} value={unit} onChange={(event) => setUnit(event.target.value as AnswerField)}>
                    {(question.units ?? []).map((option) => (
                      <option key={option.field} value={option.field}>
                        {option.label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
          </FieldSet>
        );
      case 'number':
        return (
          <Field label={<span className={styles.question}>{question.question}</span>} error={error}>
            {(props) => (
              <div className={styles.inputWithUnit}>
                <input
                  {...props}
                  aria-describedby={withUnit(props['aria-describedby'], question.unit && unitId)}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  value={text}
                  onChange={(event) => change(event.target.value)}
                />
                {question.unit && <span id={unitId}>{question.unit}</span>}
              </div>
            )}
          </Field>
        );
      case 'date':
        return (
          <Field label={<span className={styles.question}>{question.question}</span>} error={error}>
            {(props) => <input {...props} type="date" value={text} onChange={(event) => change(event.target.value)} className={styles.dateInput} />}
          </Field>
        );
      case 'country':
        return (
          <Field label={<span className={styles.question}>{question.question}</span>} error={error}>
            {(props) => <CountrySelect id={props.id} describedBy={props['aria-describedby']} invalid={props['aria-invalid']} value={text} onChange={change} />}
          </Field>
        );
    }
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className={styles.stepHeader}>
        <h2 ref={heading} tabIndex={-1}>
          {t('advisor.progress', { position, total })}
        </h2>
        <progress className={styles.progress} max={total} value={position} aria-hidden="true" />
      </div>
      {control()}
      <div className="actions">
        {onBack && (
          <button type="button" className="button secondary" onClick={onBack}>
            {t('advisor.previous')}
          </button>
        )}
        <button type="button" className="button secondary" onClick={() => onAnswer({ known: false })}>
          {t('advisor.dontKnow')}
        </button>
        <button type="submit" className="button">
          {isLast ? t('advisor.seeResults') : t('advisor.next')}
        </button>
      </div>
    </form>
  );
}
