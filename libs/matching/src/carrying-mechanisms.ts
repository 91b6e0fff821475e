import type { MechanismCode } from '@relais/domain';
import { KNOWN_YEARS, MAX_FIGURE, mechanism, skillsSponsorship, usableMechanisms, type OrganizationFacts } from '@relais/toolbox';
import type { MatchReason, MatchResult } from './match-types';

/** Employer charges assumed for the estimate (the facts sheet's worked example uses 45 %). */
export const ASSUMED_CHARGES_RATE = 0.45;

export type CarryingContext = {
  host: OrganizationFacts;
  provider: OrganizationFacts;
  mission: { destinationCountry: string; startDate: string };
  /** Days the provider would lend: the smaller of what the need asks and the offer gives. */
  daysLent: number;
  /** The offer's gross monthly pay band in euros, when it states one. */
  payBand: { min: number; max: number } | null;
};

const EUROS = {
  'fr-FR': new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
  'en-GB': new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
};
const euros = (amount: number, locale: keyof typeof EUROS) => EUROS[locale].format(amount);

/**
 * The tax reduction skills sponsorship would give the provider company for this mission, from
 * the middle of the offer's pay band, with the toolbox's calculator (its 3 × PSS cap included).
 * The company's own ceiling (max(20 000 €, 0.5 % of turnover)) is unknown here and left out.
 */
export function estimateSponsorshipReduction(payBand: { min: number; max: number }, daysLent: number, startDate: string) {
  const year = Number(startDate.slice(0, 4));
  const knownYear = KNOWN_YEARS.includes(year) ? year : Math.max(...KNOWN_YEARS);
  const grossMonthlyPay = Math.round((payBand.min + payBand.max) / 2);
  const result = skillsSponsorship({
    year: knownYear,
    people: [{ grossMonthlyPay, employerCharges: { rate: ASSUMED_CHARGES_RATE }, days: daysLent }],
    turnover: MAX_FIGURE, // the largest the calculator takes: its ceiling (0.5 % of it) never binds, the estimate is per mission
  });
  return { year: knownYear, grossMonthlyPay, timeValue: result.timeValue, reduction: result.reduction };
}

/** The pair's shared mechanisms that both organizations can use on what is known of them (toolbox rules); none: nothing can carry it. */
export const carryingMechanisms = (result: MatchResult, context: CarryingContext): MechanismCode[] =>
  usableMechanisms(context.host, context.provider, result.mechanisms, context.mission);

/**
 * Keeps the `usable` mechanisms (carryingMechanisms), names them in the mechanisms reason, and
 * adds the tax estimate when skills sponsorship carries the pair and the offer states a pay band.
 * The score does not change: matching writes these texts for the pairs it keeps only.
 */
export function explainCarrying(result: MatchResult, context: CarryingContext, usable: MechanismCode[]): MatchResult {
  const titles = (locale: 'fr' | 'en') => usable.map((code) => mechanism(code, locale)?.title ?? code).join(', ');
  const text = { fr: `Dispositifs possibles : ${titles('fr')}.`, en: `Mechanisms that can carry it: ${titles('en')}.` };
  const reasons = result.reasons.map((reason) => (reason.factor === 'mechanisms' ? { ...reason, text } : reason));
  const estimate = context.payBand && usable.includes('skills_sponsorship') ? taxEstimateReason(context.payBand, context) : null;
  return { ...result, mechanisms: usable, reasons: estimate ? [...reasons, estimate] : reasons };
}

/**
 * The estimate is a reason of its own: it is worked out from the lent person's pay, which the
 * host must not read (reasonsForSide leaves it out of what the need's side sees).
 */
function taxEstimateReason(payBand: { min: number; max: number }, context: CarryingContext): MatchReason {
  const estimate = estimateSponsorshipReduction(payBand, context.daysLent, context.mission.startDate);
  return {
    factor: 'taxEstimate',
    weight: 0,
    value: 1,
    text: {
      fr:
        `En mécénat de compétences, réduction d'impôt estimée pour l'entreprise : ${euros(estimate.reduction, 'fr-FR')}` +
        ` (60 % de ${euros(estimate.timeValue, 'fr-FR')}, valeur de ${context.daysLent} jours à ${euros(estimate.grossMonthlyPay, 'fr-FR')} brut par mois,` +
        ` charges patronales supposées à 45 %, barème ${estimate.year}, sous réserve du plafond de l'entreprise).`,
      en:
        `With skills sponsorship, the company's estimated tax reduction: ${euros(estimate.reduction, 'en-GB')}` +
        ` (60 % of ${euros(estimate.timeValue, 'en-GB')}, the value of ${context.daysLent} days at ${euros(estimate.grossMonthlyPay, 'en-GB')} gross a month,` +
        ` employer charges assumed at 45 %, ${estimate.year} rates, within the company's ceiling).`,
    },
  };
}

/** The reasons one side of a suggestion may read: the host does not see the estimate made from the provider's pay. */
export const reasonsForSide = <R extends { factor: string }>(reasons: readonly R[], side: 'need' | 'offer'): R[] =>
  side === 'offer' ? [...reasons] : reasons.filter((reason) => reason.factor !== 'taxEstimate');
