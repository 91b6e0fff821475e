import type { TFunction } from 'i18next';

/** Reasons the API writes with figures in them; each has a sentence in `errors.patterns`. */
const PATTERNS: Array<[RegExp, string]> = [
  [/^is required$/, 'required'],
  [/^must be at least (?<n>\d+) characters long$/, 'minLength'],
  [/^must be at most (?<n>\d+) characters long$/, 'maxLength'],
  [/^must be one of: /, 'oneOf'],
];

/**
 * The API writes field reasons in English; the ones forms meet have a translation, fixed
 * sentences in `errors.reasons`, sentences with figures in `errors.patterns`. Others are shown as written.
 */
export function translateReason(reason: string, t: TFunction): string {
  const fixed = t('errors.reasons', { returnObjects: true }) as Record<string, string> | string;
  if (typeof fixed === 'object' && fixed[reason]) return fixed[reason];
  for (const [pattern, key] of PATTERNS) {
    const match = pattern.exec(reason);
    if (match) return t(`errors.patterns.${key}`, { ...match.groups });
  }
  return reason;
}
