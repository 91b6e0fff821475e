/** Small helpers for the sentences of the reasons, in French and English. */

/** "3 jours" / "1 jour": French and English both take the singular for 1 here (and 0 in French). */
export function countFr(count: number, singular: string, pluralForm: string): string {
  return `${count} ${count <= 1 ? singular : pluralForm}`;
}

export function countEn(count: number, singular: string, pluralForm: string): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "72 %" with a no-break space, as French typography wants; "72%" in English. */
export function percentFr(value: number): string {
  return `${Math.round(value * 100)}\u00a0%`;
}

export function percentEn(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** Rounds to 3 decimals, the precision of every score and value we return. */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
