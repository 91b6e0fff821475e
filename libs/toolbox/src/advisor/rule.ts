import type { SourceId } from '../sources';
import type { Text } from '../text';
import type { YearValues } from '../values/dated-values';
import type { AnswerField, Answers } from './answers';

/** A rule's verdict on the answers; `unknown` when an answer it needs is missing. */
export type Outcome = 'met' | 'not_met' | 'unknown';

/** `missing` narrows the answers to ask for when only some of the rule's fields matter yet. */
export type Verdict = { outcome: Outcome; note?: Text; missing?: readonly AnswerField[] };

/**
 * One condition of a mechanism, traced to its sources. `fields` are the answers it reads:
 * when the verdict is unknown, those still undefined are reported as missing.
 */
export type Rule = {
  id: string;
  text: Text;
  sources: readonly SourceId[];
  fields: readonly AnswerField[];
  check: (answers: Answers, values: YearValues) => Outcome | Verdict;
};

/** A way to reach a mechanism (a row of the decision table): all its rules must be met. */
export type Route = { id: string; label: Text; rules: readonly Rule[] };

/** met / not_met from a known value, unknown when the value is undefined. */
export function whenKnown<T>(value: T | undefined, test: (known: T) => boolean): Outcome {
  if (value === undefined) return 'unknown';
  return test(value) ? 'met' : 'not_met';
}

export const verdict = (outcome: Outcome, note?: Text): Verdict => (note ? { outcome, note } : { outcome });

/** Unknown, asking only for these answers. */
export const unknownFor = (...missing: AnswerField[]): Verdict => ({ outcome: 'unknown', missing });
