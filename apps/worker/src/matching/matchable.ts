import type { Need, Offer, Skill } from '@relais/database';
import type { CarryingContext, MatchableNeed, MatchableOffer } from '@relais/matching';

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

/** What the toolbox needs to know to tell which mechanisms can carry the pair. */
export const carryingContext = (need: Need, offer: Offer): CarryingContext => ({
  host: { kind: need.organization!.kind, country: need.organization!.country, generalInterest: need.organization!.generalInterest },
  provider: { kind: offer.organization!.kind, country: offer.organization!.country, generalInterest: offer.organization!.generalInterest },
  mission: { destinationCountry: need.country, startDate: need.startDate },
  daysLent: Math.min(need.effortDays, offer.effortDays),
  payBand:
    offer.grossMonthlyPayMin !== null && offer.grossMonthlyPayMax !== null
      ? { min: offer.grossMonthlyPayMin, max: offer.grossMonthlyPayMax }
      : null,
});

/** The text stage 1 searches with: title and keywords first (Meilisearch reads the first words), then the skills' labels in both languages. */
export const stageOneQuery = (posting: Need | Offer, skills: Skill[]) =>
  [posting.title, ...posting.keywords, ...skills.flatMap((s) => [s.labelFr ?? '', s.labelEn])].join(' ');
