import { MECHANISM_CODES, type MechanismCode } from '@relais/domain';
import type { HardConstraint, MatchableNeed, MatchableOffer } from './match-types';

/**
 * The hard constraints, the same ones stage 1 expresses as Meilisearch filters. Values are
 * validated codes (lower-case languages, upper-case countries), so they are compared as is,
 * exactly as the filters compare them.
 */

/** Mechanisms both sides can use, in the order of MECHANISM_CODES (stable output). */
export function sharedMechanisms(need: MatchableNeed, offer: MatchableOffer): MechanismCode[] {
  return MECHANISM_CODES.filter((code) => need.mechanisms.includes(code) && offer.mechanisms.includes(code));
}

/** Languages of the need that the offer also lists, in the need's order. */
export function sharedLanguages(need: MatchableNeed, offer: MatchableOffer): string[] {
  return [...new Set(need.languages)].filter((language) => offer.languages.includes(language));
}

/** ISO dates compare as strings; an open-ended availability never ends. */
export function datesOverlap(need: MatchableNeed, offer: MatchableOffer): boolean {
  return offer.availableFrom <= need.endDate && (offer.availableTo === null || offer.availableTo >= need.startDate);
}

/**
 * Either the work can happen at a distance (the need allows remote or hybrid work and the
 * offer accepts remote or hybrid), or the person can go there (the offer's countries are
 * empty or include the need's country, and the offer accepts onsite or hybrid).
 */
export function placeCompatible(need: MatchableNeed, offer: MatchableOffer): boolean {
  const atDistance =
    need.workMode !== 'onsite' && (offer.workModes.includes('remote') || offer.workModes.includes('hybrid'));
  const canTravel =
    (offer.countries.length === 0 || offer.countries.includes(need.country)) &&
    (offer.workModes.includes('onsite') || offer.workModes.includes('hybrid'));
  return atDistance || canTravel;
}

/** The failed hard constraints, in a fixed order; empty when the pair is compatible. */
export function hardConstraintFailures(need: MatchableNeed, offer: MatchableOffer): HardConstraint[] {
  const failures: HardConstraint[] = [];
  if (sharedMechanisms(need, offer).length === 0) failures.push('mechanism');
  if (!datesOverlap(need, offer)) failures.push('dates');
  if (sharedLanguages(need, offer).length === 0) failures.push('language');
  if (!placeCompatible(need, offer)) failures.push('place');
  return failures;
}
