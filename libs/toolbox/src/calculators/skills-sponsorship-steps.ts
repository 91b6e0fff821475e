import type { Locale } from '@relais/domain';
import type { YearValues } from '../values/dated-values';
import { argumentSeparator, formatEuros as eur, formatNumber, formatPercent as pct, formatQuantity, type FormulaStep, step } from '../numbers/display';
import { compare, exact, mul, toEuros, ZERO } from '../numbers/exact';
import type { CheckedPerson, PersonFigures, TotalFigures } from './skills-sponsorship';

/** The displayed formula of the skills-sponsorship calculator, in French and English. */

function timeLent(person: CheckedPerson, figures: PersonFigures, l: Locale): string {
  if (person.days === undefined) return `${formatQuantity(figures.hoursLent, l)} h`;
  return `${formatQuantity(person.days, l)} ${l === 'fr' ? 'jours' : 'days'}`;
}

export function personSteps(index: number, person: CheckedPerson, figures: PersonFigures, values: YearValues): FormulaStep[] {
  const rules = values.skillsSponsorship;
  const pss = values.socialSecurityCeiling;
  const n = index + 1;
  const id = (name: string) => `people.${index}.${name}`;
  const hours = (l: Locale) => `${formatNumber(exact(rules.monthlyHours), 2, l)} h`;
  const charges = (l: Locale) => {
    if ('rate' in person.charges) return l === 'fr' ? `${pct(person.charges.rate, l)} de charges patronales` : `${pct(person.charges.rate, l)} employer charges`;
    return l === 'fr' ? `${eur(figures.chargesAmount, l)} de charges patronales` : `${eur(figures.chargesAmount, l)} employer charges`;
  };
  const steps: FormulaStep[] = [
    step(id('monthlyCost'), (l) => l === 'fr'
      ? `Personne ${n} – coût mensuel = ${eur(figures.gross, l)} brut + ${charges(l)} = ${eur(figures.monthlyCost, l)}`
      : `Person ${n} – monthly cost = ${eur(figures.gross, l)} gross + ${charges(l)} = ${eur(figures.monthlyCost, l)}`, toEuros(figures.monthlyCost)),
    step(id('hourlyGross'), (l) => `${l === 'fr' ? 'Salaire horaire brut' : 'Gross hourly pay'} = ${eur(figures.gross, l)} / ${hours(l)} = ${eur(figures.hourlyGross, l)}`,
      toEuros(figures.hourlyGross)),
  ];
  if (person.days !== undefined) {
    const dailyHours = exact(rules.dailyHours);
    const dayGross = mul(figures.hourlyGross, dailyHours);
    const dayCost = mul(figures.hourlyCost, dailyHours);
    steps.push(step(id('dailyCost'), (l) => l === 'fr'
      ? `Journée (${formatQuantity(dailyHours, l)} h) = ${eur(dayGross, l)} brut ; avec charges = ${eur(dayCost, l)} par jour`
      : `Day (${formatQuantity(dailyHours, l)} h) = ${eur(dayGross, l)} gross; with charges = ${eur(dayCost, l)} per day`, toEuros(dayCost)));
  } else {
    steps.push(step(id('hourlyCost'), (l) => `${l === 'fr' ? 'Coût horaire avec charges' : 'Hourly cost with charges'} = ${eur(figures.monthlyCost, l)} / ${hours(l)} = ${eur(figures.hourlyCost, l)}`,
      toEuros(figures.hourlyCost)));
  }
  steps.push(step(id('costOfTimeLent'), (l) => {
    const formula = `${eur(figures.monthlyCost, l)} / ${hours(l)} × ${formatQuantity(figures.hoursLent, l)} h`;
    const detail = person.days === undefined ? '' : ` (${timeLent(person, figures, l)} × ${formatQuantity(rules.dailyHours, l)} h)`;
    return `${l === 'fr' ? 'Valeur du temps prêté' : 'Value of the time lent'} = ${formula}${detail} = ${eur(figures.costOfTimeLent, l)}`;
  }, toEuros(figures.costOfTimeLent)));

  const unitPss = person.days !== undefined ? pss.daily : pss.hourly;
  steps.push(step(id('cap'), (l) => {
    const unit = person.days !== undefined ? (l === 'fr' ? 'PSS journalier' : 'daily PSS') : (l === 'fr' ? 'PSS horaire' : 'hourly PSS');
    const formula = `${rules.costCapPssMultiple} × ${eur(unitPss, l)} (${unit}) × ${timeLent(person, figures, l)} = ${eur(figures.cap, l)}`;
    if (l === 'fr') {
      const outcome = figures.capBinding ? `atteint : valeur retenue ${eur(figures.value, l)}` : 'non atteint';
      return `Plafond 3 × PSS (lecture prudente : salaire et charges compris) = ${formula} → ${outcome}`;
    }
    const outcome = figures.capBinding ? `binding: value kept ${eur(figures.value, l)}` : 'not binding';
    return `3 × PSS cap (cautious reading: pay and charges included) = ${formula} → ${outcome}`;
  }, toEuros(figures.value)));
  return steps;
}

export function totalSteps(totals: TotalFigures, values: YearValues): FormulaStep[] {
  const rules = values.skillsSponsorship;
  const sep = argumentSeparator;
  return [
    step('timeValue', (l) => `${l === 'fr' ? 'Valeur totale du temps prêté' : 'Total value of the time lent'} = ${eur(totals.timeValue, l)}`,
      toEuros(totals.timeValue)),
    step('totalDonations', (l) => l === 'fr'
      ? `Dons de l'exercice = ${eur(totals.timeValue, l)} + ${eur(totals.otherDonations, l)} (autres dons) = ${eur(totals.total, l)}`
      : `Donations of the financial year = ${eur(totals.timeValue, l)} + ${eur(totals.otherDonations, l)} (other donations) = ${eur(totals.total, l)}`,
      toEuros(totals.total)),
    step('ceiling', (l) => `${l === 'fr' ? 'Plafond des dons' : 'Donation ceiling'} = max(${eur(rules.donationFloor, l)}${sep(l)}${pct(rules.turnoverShare, l)} × ${eur(totals.turnover, l)} = ${eur(totals.fromTurnover, l)}) = ${eur(totals.ceiling, l)}`,
      toEuros(totals.ceiling)),
    step('eligibleDonations', (l) => `${l === 'fr' ? 'Dons retenus cette année' : 'Donations counted this year'} = min(${eur(totals.total, l)}${sep(l)}${eur(totals.ceiling, l)}) = ${eur(totals.eligible, l)}`,
      toEuros(totals.eligible)),
    step('carriedForward', (l) => l === 'fr'
      ? `Excédent reporté sur les ${rules.carryForwardYears} exercices suivants = ${eur(totals.carriedForward, l)}`
      : `Excess carried forward over the next ${rules.carryForwardYears} financial years = ${eur(totals.carriedForward, l)}`,
      toEuros(totals.carriedForward)),
    step('reduction', (l) => {
      const label = l === 'fr' ? "Réduction d'impôt" : 'Tax reduction';
      if (totals.coluche) {
        const why = l === 'fr' ? 'organisme « Coluche » : 60 % quel que soit le montant' : '"Coluche" host: 60 % whatever the amount';
        return `${label} = ${pct(rules.rate, l)} × ${eur(totals.eligible, l)} = ${eur(totals.reduction, l)} (${why})`;
      }
      if (compare(totals.aboveThreshold, ZERO) === 0) return `${label} = ${pct(rules.rate, l)} × ${eur(totals.eligible, l)} = ${eur(totals.reduction, l)}`;
      return `${label} = ${pct(rules.rate, l)} × ${eur(rules.reducedRateThreshold, l)} + ${pct(rules.reducedRate, l)} × ${eur(totals.aboveThreshold, l)} = ${eur(totals.reduction, l)}`;
    }, toEuros(totals.reduction)),
    step('addedBack', (l) => l === 'fr'
      ? `Les ${eur(totals.timeValue, l)} sont réintégrés au résultat imposable : ce coût salarial n'est pas déductible`
      : `The ${eur(totals.timeValue, l)} are added back to taxable profit: this salary cost is not deductible`),
    step('netCost', (l) => l === 'fr'
      ? `Coût net = ${eur(totals.total, l)} − ${eur(totals.reduction, l)} = ${eur(totals.netCost, l)} (calculé sur les valeurs non arrondies)`
      : `Net cost = ${eur(totals.total, l)} − ${eur(totals.reduction, l)} = ${eur(totals.netCost, l)} (computed on unrounded values)`,
      toEuros(totals.netCost)),
  ];
}
