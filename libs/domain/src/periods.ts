/** Calendar rules shared by needs (start/end) and offers (available from/to). */

const DAY_MS = 24 * 60 * 60 * 1000;

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Calendar days from start to end, both included. */
export function daysInPeriod(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1;
}

export type PeriodProblem = { field: 'end' | 'effortDays'; reason: string };

/**
 * Checks a period and the effort asked or offered within it. Effort is in days of work and
 * cannot exceed the calendar days of the period; an open-ended period (no end) has no cap.
 */
export function checkPeriod(start: string, end: string | null, effortDays: number): PeriodProblem | null {
  if (end === null) return null;
  if (end < start) return { field: 'end', reason: 'must not be before the start date' };
  const days = daysInPeriod(start, end);
  if (effortDays > days) {
    return { field: 'effortDays', reason: `must not exceed the ${days} days of the period` };
  }
  return null;
}
