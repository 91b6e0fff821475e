import { useId, useState, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Field } from '../../../components/Field';
import { fieldError } from '../../../components/FormProblem';
import { ApiProblem } from '../../../lib/api/client';
import { parseDecimal } from '../number-input';
import styles from '../toolbox.module.css';

type NumberProps = {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  suffix?: string;
  required?: boolean;
};

/** A figure typed as text (so "4 000" and "0,45" work), with its unit beside it. */
export function NumberField({ label, value, onChange, error, hint, suffix, required }: NumberProps) {
  const unitId = useId();
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(props) => (
        <div className={styles.inputWithUnit}>
          <input
            {...props}
            aria-describedby={withUnit(props['aria-describedby'], suffix && unitId)}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
          {suffix && <span id={unitId}>{suffix}</span>}
        </div>
      )}
    </Field>
  );
}

/** The unit written after a box is part of its description. */
export const withUnit = (describedBy: string | undefined, unitId: string | false | undefined) =>
  [describedBy, unitId].filter(Boolean).join(' ') || undefined;

/**
 * Reads the figures of a form by their API paths. A text that is not a number is refused here,
 * with the API's own reason (it would only come back as that); an empty one is sent as missing,
 * and the API says whether it was needed.
 */
export function figureReader() {
  const errors: Record<string, string> = {};
  const read = (path: string, text: string): number | undefined => {
    const value = parseDecimal(text);
    if (value === null) errors[path] = 'must be a number';
    return value ?? undefined;
  };
  return { read, errors };
}

/** This year by default: the calculators' figures are those of a year of the reference table. */
export const thisYear = () => String(new Date().getFullYear());

/**
 * A field's reason: the client's own check first, else the API's reason for that path (or
 * below it), in the API's English, which Field translates. `exact` for a path whose children
 * have fields of their own (`people`).
 */
export function useFieldMessage(clientErrors: Record<string, string | undefined>, apiError: unknown) {
  return (path: string, exact = false) => {
    const reason = exact
      ? apiError instanceof ApiProblem ? apiError.details.find((detail) => detail.path === path)?.reason : undefined
      : fieldError(apiError, path);
    return clientErrors[path] ?? reason;
  };
}

/**
 * A calculator's request: `send` posts the figures read from the form unless one was refused
 * here; `message(path)` is a field's reason, the client's own check first.
 */
export function useCalculation<I, R>(calculateFn: (input: I) => Promise<R>) {
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const run = useMutation({ mutationFn: calculateFn });
  const message = useFieldMessage(clientErrors, run.error);
  const send = (input: I, errors: Record<string, string>) => {
    setClientErrors(errors);
    if (Object.keys(errors).length === 0) run.mutate(input);
    else run.reset();
  };
  return { run, message, send };
}
