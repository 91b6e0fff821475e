import { ToolboxInputError } from '../errors';
import { checkNumber } from '../input-checks';
import { valuesFor } from '../values/dated-values';
import { formatEuros as eur, formatQuantity, type FormulaStep, step } from '../numbers/display';
import { exact, mul, toEuros } from '../numbers/exact';

/**
 * Minimum internship gratification (Code de l'éducation L124-6) [S6][S7][S18].
 * Mandatory when presence exceeds 2 months, i.e. from the 309th hour (44 days × 7 h = 308 h).
 * Cautious reading: once mandatory it is owed for every hour of presence, from the first.
 * Internships over 6 months per host and academic year are refused (L124-5); in hours, on the
 * sheet's own convention (2 months = 44 days × 7 h), 6 months = 132 days × 7 h = 924 h.
 */
export type InternshipGratificationResult = {
  year: number;
  hours: number;
  mandatory: boolean;
  hourlyMinimum: number;
  /** Minimum owed; 0 when not mandatory (the host may still pay, exempt up to the minimum). */
  amountDue: number;
  /** The minimum for a full month of 154 h (22 days × 7 h), for information. */
  monthlyMinimum: number;
  steps: FormulaStep[];
};

export function internshipGratification(hours: number, year: number): InternshipGratificationResult {
  const checkedYear = checkNumber(year, 'year', { integer: true });
  const values = valuesFor(checkedYear).internship;
  const checkedHours = checkNumber(hours, 'hours', { above: 0 });
  if (checkedHours > values.maxHours) {
    throw new ToolboxInputError('hours', `an internship may not exceed ${values.maxMonths} months (${values.maxHours} hours of presence) with the same host in one academic year`);
  }
  const threshold = values.mandatoryFromHour - 1;
  // "From the 309th hour" = beyond 308 h: any part of a 309th hour counts (cautious for the intern).
  const mandatory = checkedHours > threshold;
  const rate = exact(values.minHourlyGratification);
  const full = mul(rate, exact(checkedHours));
  const monthly = mul(rate, exact(values.hoursPerMonth));
  const steps: FormulaStep[] = [
    step('hourlyMinimum', (l) => l === 'fr'
      ? `Gratification minimale ${checkedYear} = 15 % du plafond horaire de la sécurité sociale = ${eur(rate, l)} par heure`
      : `Minimum gratification ${checkedYear} = 15 % of the hourly social security ceiling = ${eur(rate, l)} per hour`, toEuros(rate)),
    step('mandatory', (l) => {
      const shown = formatQuantity(checkedHours, l);
      if (l === 'fr') {
        return mandatory
          ? `${shown} h de présence > ${threshold} h (2 mois = 44 jours × 7 h) : la gratification est obligatoire, due dès la première heure`
          : `${shown} h de présence ≤ ${threshold} h (2 mois = 44 jours × 7 h) : la gratification n'est pas obligatoire`;
      }
      return mandatory
        ? `${shown} h of presence > ${threshold} h (2 months = 44 days × 7 h): the gratification is mandatory, owed from the first hour`
        : `${shown} h of presence ≤ ${threshold} h (2 months = 44 days × 7 h): the gratification is not mandatory`;
    }),
    mandatory
      ? step('amountDue', (l) => `${l === 'fr' ? 'Montant minimal dû' : 'Minimum amount owed'} = ${formatQuantity(checkedHours, l)} h × ${eur(rate, l)} = ${eur(full, l)}`, toEuros(full))
      : step('amountDue', (l) => l === 'fr'
        ? `Montant dû = 0,00 € ; si la structure verse une gratification, elle est exonérée de cotisations jusqu'à ${eur(rate, l)} par heure`
        : `Amount owed = €0.00; if the host pays a gratification, it is exempt from contributions up to ${eur(rate, l)} per hour`, 0),
    step('monthlyMinimum', (l) => l === 'fr'
      ? `Pour information, un mois de ${values.hoursPerMonth} h = ${eur(monthly, l)}`
      : `For information, a month of ${values.hoursPerMonth} h = ${eur(monthly, l)}`, toEuros(monthly)),
  ];
  return {
    year: checkedYear,
    hours: checkedHours,
    mandatory,
    hourlyMinimum: toEuros(rate),
    amountDue: mandatory ? toEuros(full) : 0,
    monthlyMinimum: toEuros(monthly),
    steps,
  };
}
