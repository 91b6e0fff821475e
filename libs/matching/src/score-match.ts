import { datesFactor, effortFactor, languageFactor, meaningFactor, mechanismsFactor, textFactor } from './factors';
import { hardConstraintFailures, sharedLanguages, sharedMechanisms } from './hard-constraints';
import type {
  FactorOutcome,
  MatchableNeed,
  MatchableOffer,
  MatchReason,
  MatchResult,
  SkillRelations,
  WeightedFactor,
} from './match-types';
import { proximityFactor } from './proximity';
import { skillsFactor } from './skill-coverage';
import { round3 } from './wording';

/**
 * Weights of the score; they sum to 1. Chosen on the evaluation's tuning half (apps/eval/TUNING.md).
 * - skills 0.35: a need is posted because one precise skill is missing; this is the match.
 * - text 0.30: the texts' similarity, French and English alike (the skills their words point to),
 *   catches what the catalog misses: the trade named in the title, the free text.
 * - dates 0.15: what makes a mission practical once the skill is there.
 * - effort 0.10: fewer days than asked still helps (a review, part of a training).
 * - language 0.05: one shared language is already a hard constraint; this only rewards
 *   covering all of them.
 * - proximity 0.05: most missions happen abroad or at a distance; being close only eases
 *   preparation, so it breaks ties rather than decides (at 0.15 it kept providers from abroad,
 *   who often write in English, out of French needs' first suggestions).
 * Mechanisms are a hard constraint and carry no weight; their reason says which ones apply.
 */
export const MATCH_WEIGHTS: Readonly<Record<WeightedFactor, number>> = Object.freeze({
  skills: 0.35,
  text: 0.3,
  dates: 0.15,
  effort: 0.1,
  language: 0.05,
  proximity: 0.05,
});

/**
 * The share of the score that closeness in meaning takes when both texts are embedded; the
 * factors above share the rest in their proportions. Chosen on the tuning halves (apps/eval/TUNING.md).
 */
export const MEANING_WEIGHT = 0.2;

/**
 * Stage 2: scores a pair that stage 1 found. `textRelevance` is the similarity of the two
 * texts in [0,1] (TextSkills.textSimilarity); `meaning`, when both texts are embedded, the
 * cosine of their embeddings (without it, the score is the lexical one alone). Returns null
 * when a hard constraint fails. Reasons come in a fixed order (skills, text, meaning, dates,
 * effort, language, proximity, mechanisms) so the UI can sort them as it likes; values and
 * score are rounded to 3 decimals (the score from unrounded values).
 */
export function scoreMatch(
  need: MatchableNeed,
  offer: MatchableOffer,
  context: { textRelevance: number; skillRelations: SkillRelations; meaning?: number | null },
): MatchResult | null {
  if (hardConstraintFailures(need, offer).length > 0) return null;
  const mechanisms = sharedMechanisms(need, offer);
  const outcomes: Record<WeightedFactor, FactorOutcome> = {
    skills: skillsFactor(need.skills, offer.skills, context.skillRelations, need.textSkills),
    text: textFactor(context.textRelevance),
    dates: datesFactor(need, offer),
    effort: effortFactor(need.effortDays, offer.effortDays),
    language: languageFactor(need.languages, sharedLanguages(need, offer)),
    proximity: proximityFactor(need, offer),
  };
  const meaning = context.meaning === undefined || context.meaning === null ? null : meaningFactor(context.meaning);
  const lexicalShare = meaning ? 1 - MEANING_WEIGHT : 1;
  const factors = Object.keys(MATCH_WEIGHTS) as WeightedFactor[];
  const lexical = factors.reduce((sum, factor) => sum + MATCH_WEIGHTS[factor] * outcomes[factor].value, 0);
  const score = lexicalShare * lexical + (meaning ? MEANING_WEIGHT * meaning.value : 0);
  const reasons: MatchReason[] = factors.map((factor) => ({
    factor,
    weight: round3(lexicalShare * MATCH_WEIGHTS[factor]),
    value: round3(outcomes[factor].value),
    text: outcomes[factor].text,
  }));
  if (meaning) reasons.splice(2, 0, { factor: 'meaning', weight: MEANING_WEIGHT, value: round3(meaning.value), text: meaning.text });
  reasons.push({ factor: 'mechanisms', weight: 0, ...mechanismsFactor(mechanisms) });
  return { score: Math.min(1, Math.max(0, round3(score))), reasons, mechanisms };
}
