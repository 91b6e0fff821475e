import type { TFunction } from 'i18next';

/**
 * The toolbox's field reasons (libs/toolbox input checks) are English sentences; those a form can
 * meet get a translation here, with their figures. Others are shown as the API wrote them.
 */
const PATTERNS: Array<[RegExp, string]> = [
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
  [/^give either rate or amount$/, 'rateOrAmount'],
  [/^must be a fraction of gross pay/, 'rate'],
  [/^give either days or hours lent$/, 'daysOrHours'],
  [/^give both ends of the period$/, 'bothEnds'],
  [/^must not be before the start date$/, 'beforeStart'],
  [/^must list at least one person lent$/, 'people'],
  [/^no reference values for (?<year>[^;]+); known years: (?<years>.+)$/, 'unknownYear'],
  [/^an internship may not exceed (?<months>\d+) months \((?<hours>\d+) hours of presence\)/, 'internshipTooLong'],
  [/^Invalid input: expected number/, 'number'],
];

export function reasonText(reason: string | undefined, t: TFunction<'toolbox'>): string | undefined {
  if (!reason) return undefined;
  for (const [pattern, key] of PATTERNS) {
    const match = pattern.exec(reason);
    if (!match) continue;
    const groups = { ...match.groups };
    if (groups.what) groups.what = t(`reasons.units.${groups.what}`);
    return t(`reasons.${key}`, groups);
  }
  return reason;
}
