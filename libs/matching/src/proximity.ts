import { foldText } from '@relais/domain';
import { countryName } from './display-names';
import type { FactorOutcome, MatchableNeed, MatchableOffer } from './match-types';

export type ProximityLevel = 'city' | 'region' | 'country' | 'abroad';

/** Value of each level for work done on site (onsite or hybrid). */
export const PROXIMITY_VALUES: Readonly<Record<ProximityLevel, number>> = {
  city: 1,
  region: 0.75,
  country: 0.5,
  abroad: 0,
};

/**
 * For a remote need, distance counts half as much: value = 0.5 + 0.5 x the onsite value.
 * Being close still helps (a meeting, the same time zone), but never rules an offer out.
 * A hybrid need has on-site days, so it is valued like an onsite one.
 */
export const REMOTE_PROXIMITY_FLOOR = 0.5;

const sameName = (a: string | null, b: string | null) => a !== null && b !== null && foldText(a) === foldText(b);

/**
 * Where the provider organization stands from the need:
 * - city: the provider's city is the mission's city (same country, accents and case ignored);
 * - region: the provider's region is the host's region. Regions are French regions, whose
 *   names are unique, so the country is not checked: a Breton provider helping a Breton
 *   association's project in Senegal works in the same territory (the networks' point);
 * - country: the provider is in the mission's country;
 * - abroad: none of these.
 */
export function proximityLevel(need: MatchableNeed, offer: MatchableOffer): ProximityLevel {
  if (need.country === offer.country && sameName(need.city, offer.city)) return 'city';
  if (sameName(need.region, offer.region)) return 'region';
  if (need.country === offer.country) return 'country';
  return 'abroad';
}

export function proximityFactor(need: MatchableNeed, offer: MatchableOffer): FactorOutcome {
  const level = proximityLevel(need, offer);
  const onsite = PROXIMITY_VALUES[level];
  const remote = need.workMode === 'remote';
  const value = remote ? REMOTE_PROXIMITY_FLOOR + (1 - REMOTE_PROXIMITY_FLOOR) * onsite : onsite;
  const text = proximityText(level, need, offer);
  if (!remote) return { value, text };
  return {
    value,
    text: {
      fr: `${text.fr} Mission à distance : l'éloignement compte deux fois moins.`,
      en: `${text.en} Remote mission: distance counts half as much.`,
    },
  };
}

function proximityText(level: ProximityLevel, need: MatchableNeed, offer: MatchableOffer): FactorOutcome['text'] {
  switch (level) {
    case 'city':
      return {
        fr: `La structure apporteuse est dans la ville de la mission (${need.city}).`,
        en: `The provider is based in the mission's city (${need.city}).`,
      };
    case 'region':
      return {
        fr: `La structure apporteuse est dans la même région que la structure d'accueil (${need.region}).`,
        en: `The provider is in the host's region (${need.region}).`,
      };
    case 'country':
      return {
        fr: `La structure apporteuse est dans le pays de la mission (${countryName(need.country, 'fr')}).`,
        en: `The provider is in the mission's country (${countryName(need.country, 'en')}).`,
      };
    case 'abroad':
      return {
        fr: `La structure apporteuse est hors du pays de la mission (structure : ${countryName(offer.country, 'fr')}, mission : ${countryName(need.country, 'fr')}).`,
        en: `The provider is outside the mission's country (provider: ${countryName(offer.country, 'en')}, mission: ${countryName(need.country, 'en')}).`,
      };
  }
}
