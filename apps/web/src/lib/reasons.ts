import type { TFunction } from 'i18next';

/**
 * Reasons the API writes with figures in them; each has a sentence in `errors.patterns`. The
 * first that matches wins: the specific ones come first.
 */
const PATTERNS: Array<[RegExp, string]> = [
  [/^is required$/, 'required'],
  [/^must be at least (?<n>\d+) characters long$/, 'minLength'],
  [/^must be at most (?<n>\d+) characters long$/, 'maxLength'],
  [/^must be one of: /, 'oneOf'],
  // The toolbox's input checks (libs/toolbox/src/input-checks.ts and the calculators).
  [/^must be a number$/, 'number'],
  [/^must be a whole number$/, 'wholeNumber'],
  [/^must be greater than 0$/, 'positive'],
  [/^must be greater than (?<n>[\d.]+)(?<unit>.*)$/, 'greaterThan'],
  [/^must not be negative$/, 'notNegative'],
  [/^must be at least (?<n>[\d.]+)(?<unit>.*)$/, 'atLeast'],
  [/^must not exceed the (?<n>\d+) (?<what>days|hours) of the period$/, 'exceedsPeriod'],
  [/^must not exceed the (?<n>\d+) (?<what>days|hours) of the year (?<year>\d+)$/, 'exceedsYear'],
  [/^must not exceed (?<n>[\d.]+)(?<unit>.*)$/, 'atMost'],
  [/^must be a date written YYYY-MM-DD$/, 'date'],
  [/^must be in (?<year>\d+)$/, 'inYear'],
  // Bulk imports (apps/api/src/imports).
  [/^must hold at most (?<max>\d+) postings \(this file has (?<count>\d+)\)$/, 'tooManyRows'],
  [/^has (?<count>\d+) cells, more than the header's (?<header>\d+)$/, 'extraCells'],
  [/^give either rate or amount$/, 'rateOrAmount'],
  [/^must be a fraction of gross pay/, 'rate'],
  [/^give either days or hours lent$/, 'daysOrHours'],
  [/^give both ends of the period$/, 'bothEnds'],
  [/^must not be before the start date$/, 'beforeStart'],
  [/^must list at least one person lent$/, 'people'],
  [/^no reference values for (?<year>[^;]+); known years: (?<years>.+)$/, 'unknownYear'],
  [/^an internship may not exceed (?<months>\d+) months \((?<hours>\d+) hours of presence\)/, 'internshipTooLong'],
];

/** Units named in a reason ("36525 days") are words of the reader's language too. */
const translateUnits = (text: string | undefined, t: TFunction) =>
  text?.replace(/\b(days|hours|months)\b/g, (unit) => t(`errors.units.${unit}`));

/**
 * The API writes field reasons in English; the ones forms meet have a translation, fixed
 * sentences in `errors.reasons`, sentences with figures in `errors.patterns`. Others are shown as written.
 */
export function translateReason(reason: string, t: TFunction): string {
  const fixed = t('errors.reasons', { returnObjects: true }) as Record<string, string> | string;
  if (typeof fixed === 'object' && fixed[reason]) return fixed[reason];
  for (const [pattern, key] of PATTERNS) {
    const match = pattern.exec(reason);
    if (!match) continue;
    const groups = { ...match.groups };
    return t(`errors.patterns.${key}`, { ...groups, unit: translateUnits(groups.unit, t) ?? '', what: translateUnits(groups.what, t) ?? '' });
  }
  return reason;
}
