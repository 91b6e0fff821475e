import type { Answers } from './answers';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The last day of the mission (YYYY-MM-DD), from its start and duration; undefined if either is unknown. */
export function missionEndDate(answers: Answers): string | undefined {
  if (answers.startDate === undefined || answers.days === undefined) return undefined;
  const start = Date.parse(`${answers.startDate}T00:00:00Z`);
  const days = Math.ceil(answers.days);
  return new Date(start + (days - 1) * DAY_MS).toISOString().slice(0, 10);
}

/** The year the mission starts in, to pick the reference values. */
export function missionYear(answers: Answers): number | undefined {
  return answers.startDate === undefined ? undefined : Number(answers.startDate.slice(0, 4));
}
