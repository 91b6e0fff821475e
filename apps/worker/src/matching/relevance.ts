import type { MatchResult } from '@relais/matching';

/** Below this score a pair is not worth anyone's attention. */
export const MIN_SCORE = 0.35;

/** Texts this similar say the same thing in part (two or three specific words in common). */
export const MIN_TEXT_SIMILARITY = 0.1;

/**
 * Dates, effort and place make a pair practical, not relevant: it also needs a skill in common
 * (exact or related) or texts that say the same thing in part. A need without skills gets a
 * neutral skill value from the scorer, which does not count here.
 */
export function worthSuggesting(result: MatchResult | null, needHasSkills: boolean): result is MatchResult {
  if (!result || result.score < MIN_SCORE) return false;
  const value = (factor: string) => result.reasons.find((r) => r.factor === factor)?.value ?? 0;
  return (needHasSkills && value('skills') > 0) || value('text') >= MIN_TEXT_SIMILARITY;
}
