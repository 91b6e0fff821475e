/** Stage 2 of matching: pure scoring over plain objects (no I/O). See DESIGN.md, "Matching is two stages". */
export type {
  HardConstraint,
  MatchableNeed,
  MatchableOffer,
  MatchReason,
  MatchResult,
  ReasonFactor,
  SkillRelations,
} from './match-types';
export { hardConstraintFailures, sharedMechanisms } from './hard-constraints';
export { MATCH_WEIGHTS, MEANING_WEIGHT, scoreMatch } from './score-match';
export { meaningFactor } from './factors';
export { proximityLevel, type ProximityLevel } from './proximity';
export {
  ASSUMED_CHARGES_RATE,
  carryingMechanisms,
  estimateSponsorshipReduction,
  explainCarrying,
  reasonsForSide,
  type CarryingContext,
} from './carrying-mechanisms';
