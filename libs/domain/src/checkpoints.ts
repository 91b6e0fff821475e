const DAY_MS = 24 * 60 * 60 * 1000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Midnight UTC of a day (YYYY-MM-DD), in milliseconds. */
export const msOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

export type Checkpoint = { phase: 'start' | 'middle' | 'end'; day: string };

/**
 * The moments both organizations are reminded of an engagement: two days before its start, at
 * its middle (for an engagement of four days or more), and on its last day; each at midnight UTC
 * of its day.
 */
export function checkpoints(startDate: string, endDate: string): Checkpoint[] {
  const start = msOf(startDate);
  const end = msOf(endDate);
  const days = Math.round((end - start) / DAY_MS);
  return [
    { phase: 'start', day: dayOf(start - 2 * DAY_MS) },
    ...(days >= 4 ? [{ phase: 'middle' as const, day: dayOf(start + Math.floor(days / 2) * DAY_MS) }] : []),
    { phase: 'end', day: endDate },
  ];
}
