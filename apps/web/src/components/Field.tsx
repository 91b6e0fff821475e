import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { translateReason } from '../lib/reasons';

export type ControlProps = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean; 'aria-required'?: boolean };

type Props = {
  label: ReactNode;
  /** The API's reason for this field, or the client's own check. */
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
};

/** A label, the control, a hint and the field's error, tied together for screen readers. */
export function Field({ label, error: reason, hint, required, children }: Props) {
  const id = useId();
  const error = useReason(reason);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, 'aria-required': required || undefined })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A group of checkboxes or radios with its legend and error. */
type FieldSetProps = { legend: ReactNode; error?: string; hint?: ReactNode; required?: boolean; children: ReactNode };

export function FieldSet({ legend, error: reason, hint, required, children }: FieldSetProps) {
  const id = useId();
  const error = useReason(reason);
  return (
    <fieldset className={`field${error ? ' field-invalid' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        {legend}
        {required && <span aria-hidden="true"> *</span>}
      </legend>
      {hint && <p className="hint">{hint}</p>}
      {children}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** The API writes its field reasons in English; the reader gets them in their language. */
function useReason(reason: string | undefined): string | undefined {
  const { t } = useTranslation();
  return reason && translateReason(reason, t);
}
