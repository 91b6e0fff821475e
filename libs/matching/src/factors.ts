import { daysInPeriod, type MechanismCode } from '@relais/domain';
import type { FactorOutcome, MatchableNeed, MatchableOffer } from './match-types';
import { languageList } from './display-names';
import { countEn, countFr, percentEn, percentFr } from './wording';

/**
 * The factors that need no catalog or territory knowledge. Each returns a value in [0,1] and
 * a full sentence in French and English.
 */

/**
 * How much the two texts say the same thing, in [0,1] (TextSkills.textSimilarity: the catalog
 * skills their words point to, French words translated to compare with English); anything
 * outside [0,1] is clamped, NaN gives 0.
 */
export function textFactor(textRelevance: number): FactorOutcome {
  const value = Number.isFinite(textRelevance) ? Math.min(1, Math.max(0, textRelevance)) : 0;
  if (value === 0) {
    return {
      value,
      text: {
        fr: 'Les deux descriptions ne parlent pas des mêmes savoir-faire.',
        en: 'The two descriptions are not about the same know-how.',
      },
    };
  }
  return {
    value,
    text: {
      fr: `Les deux descriptions parlent des mêmes savoir-faire à ${percentFr(value)} (compétences du catalogue que leurs mots évoquent, en français comme en anglais).`,
      en: `The two descriptions are ${percentEn(value)} about the same know-how (catalog skills their words point to, in French or English).`,
    },
  };
}

/**
 * Cosines of the sentence encoder (libs/semantic) below the floor come from texts about
 * different things; from the ceiling up, texts say the same. In between, the value rises evenly.
 */
export const MEANING_FLOOR = 0.15;
export const MEANING_CEILING = 0.6;

/** How close in meaning the two texts are, from the cosine of their embeddings, whatever words each uses. */
export function meaningFactor(cosine: number): FactorOutcome {
  const raw = Number.isFinite(cosine) ? (cosine - MEANING_FLOOR) / (MEANING_CEILING - MEANING_FLOOR) : 0;
  const value = Math.min(1, Math.max(0, raw));
  if (value === 0) {
    return { value, text: { fr: 'Les deux textes parlent de choses différentes.', en: 'The two texts are about different things.' } };
  }
  return {
    value,
    text: {
      fr: `Les deux textes disent des choses proches, même en d’autres mots : ${percentFr(value)} de proximité de sens.`,
      en: `The two texts say close things, even in other words: ${percentEn(value)} close in meaning.`,
    },
  };
}

/** Days of the need's period, both ends included, in which the offer is available. */
export function availableDays(need: MatchableNeed, offer: MatchableOffer): number {
  const start = offer.availableFrom > need.startDate ? offer.availableFrom : need.startDate;
  // Open-ended availability counts until the need's end.
  const offerEnd = offer.availableTo ?? need.endDate;
  const end = offerEnd < need.endDate ? offerEnd : need.endDate;
  return end < start ? 0 : daysInPeriod(start, end);
}

/**
 * Share of the need's calendar period covered by the availability. We measure the period,
 * not the effort: a host planning 10 days over a month keeps freedom of scheduling only if
 * the person is there the whole month.
 */
export function datesFactor(need: MatchableNeed, offer: MatchableOffer): FactorOutcome {
  const period = daysInPeriod(need.startDate, need.endDate);
  const days = availableDays(need, offer);
  const value = period <= 0 ? 0 : Math.min(1, days / period);
  if (value === 1) {
    return {
      value,
      text: {
        fr: `L'offre est disponible pendant toute la période du besoin (${countFr(period, 'jour', 'jours')}).`,
        en: `The offer is available for the need's whole period (${countEn(period, 'day', 'days')}).`,
      },
    };
  }
  if (days === 0) {
    return {
      value,
      text: {
        fr: "L'offre n'est disponible à aucun moment de la période du besoin.",
        en: "The offer is not available at any time of the need's period.",
      },
    };
  }
  return {
    value,
    text: {
      fr: `L'offre est disponible ${days} des ${period} jours de la période du besoin.`,
      en: `The offer is available ${days} of the ${period} days of the need's period.`,
    },
  };
}

/** 1 when the offer gives at least the days asked for, proportional below. */
export function effortFactor(needDays: number, offerDays: number): FactorOutcome {
  const value = needDays <= 0 ? 1 : Math.min(1, Math.max(0, offerDays) / needDays);
  if (value === 1) {
    return {
      value,
      text: {
        fr: `L'offre propose ${countFr(offerDays, 'jour', 'jours')} de travail, pour ${countFr(needDays, 'jour demandé', 'jours demandés')}.`,
        en: `The offer provides ${countEn(offerDays, 'working day', 'working days')}, for ${needDays} asked for.`,
      },
    };
  }
  return {
    value,
    text: {
      fr: `L'offre propose ${countFr(offerDays, 'jour', 'jours')} de travail sur les ${needDays} demandés.`,
      en: `The offer provides ${offerDays} of the ${countEn(needDays, 'working day', 'working days')} asked for.`,
    },
  };
}

/** Value when some, not all, of the need's languages are shared: one is enough to work. */
export const SOME_LANGUAGES_VALUE = 0.75;

/** 1 when every language of the need is shared, 0.75 when some are, 0 when none. */
export function languageFactor(needLanguages: string[], shared: string[]): FactorOutcome {
  const asked = new Set(needLanguages).size;
  const list = { fr: languageList(shared, 'fr'), en: languageList(shared, 'en') };
  if (shared.length === 0) {
    return {
      value: 0,
      text: { fr: "Aucune des langues demandées n'est partagée.", en: 'None of the languages asked for is shared.' },
    };
  }
  if (shared.length >= asked) {
    return {
      value: 1,
      text:
        asked === 1
          ? { fr: `La langue demandée est partagée : ${list.fr}.`, en: `The language asked for is shared: ${list.en}.` }
          : {
              fr: `Les ${asked} langues demandées sont partagées : ${list.fr}.`,
              en: `All ${asked} languages asked for are shared: ${list.en}.`,
            },
    };
  }
  return {
    value: SOME_LANGUAGES_VALUE,
    text: {
      fr: `${shared.length} des ${asked} langues demandées ${shared.length === 1 ? 'est partagée' : 'sont partagées'} : ${list.fr}.`,
      en: `${shared.length} of the ${asked} languages asked for ${shared.length === 1 ? 'is' : 'are'} shared: ${list.en}.`,
    },
  };
}

/** Not weighted: every suggestion already has one (a hard constraint); the reason says which. */
export function mechanismsFactor(shared: MechanismCode[]): FactorOutcome {
  if (shared.length === 0) {
    return {
      value: 0,
      text: { fr: 'Aucun dispositif commun aux deux structures.', en: 'No mechanism both sides can use.' },
    };
  }
  return {
    value: 1,
    text: {
      fr: `Dispositifs possibles des deux côtés : ${shared.join(', ')}.`,
      en: `Mechanisms both sides can use: ${shared.join(', ')}.`,
    },
  };
}
