import type { Need, Offer } from '@relais/database';
import type { MatchableNeed, MatchableOffer } from '@relais/matching';

/** Rows (with their organization loaded) as the pure scorer reads them. */
export const toMatchableNeed = (need: Need): MatchableNeed => ({
  id: need.id,
  skills: need.skills,
  languages: need.languages,
  country: need.country,
  city: need.city,
  region: need.organization?.region ?? null,
  workMode: need.workMode,
  startDate: need.startDate,
  endDate: need.endDate,
  effortDays: need.effortDays,
  mechanisms: need.mechanisms,
});

export const toMatchableOffer = (offer: Offer): MatchableOffer => ({
  id: offer.id,
  skills: offer.skills,
  languages: offer.languages,
  availableFrom: offer.availableFrom,
  availableTo: offer.availableTo,
  effortDays: offer.effortDays,
  workModes: offer.workModes,
  countries: offer.countries,
  mechanisms: offer.mechanisms,
  country: offer.organization!.country,
  region: offer.organization!.region,
  city: offer.organization!.city,
});
