import { checkPeriod, daysInPeriod } from '@relais/domain';
import { ToolboxInputError } from '../errors';
import { checkNumber, checkObject, checkOptionalBoolean, checkOptionalDate, checkOptionalNumber } from '../input-checks';
import { valuesFor, type YearValues } from '../values/dated-values';
import type { FormulaStep } from '../numbers/display';
import { add, compare, div, exact, type Exact, max, min, mul, sub, sum, toEuros, toHundredths, ZERO } from '../numbers/exact';
import { personSteps, totalSteps } from './skills-sponsorship-steps';

/**
 * Skills sponsorship (mécénat de compétences, CGI 238 bis) [S1][S2][S26b][S29]:
 *   C_i = min(cost of the time lent_i, 3 × PSS for the period lent)
 *   D = Σ C_i + other donations;  D_elig = min(D, max(20 000, 0.5 % × turnover))
 *   R = 60 % × min(D_elig, 2 M€) + 40 % × max(0, D_elig − 2 M€)   (60 % on all for "Coluche" hosts)
 * The cost of the time lent is monthly cost ÷ 151.67 h × hours lent (a day = 7 h), the method
 * of the facts sheet's worked example. Values are carried exactly and rounded half-up to the
 * cent for display and output, which is how the worked example reaches its figures.
 */

export type EmployerCharges = { rate: number } | { amount: number };

export type LentPerson = {
  grossMonthlyPay: number;
  /** `rate` as a fraction of gross pay (0.45 for 45 %), or the monthly `amount` in euros. */
  employerCharges: EmployerCharges;
  /** Working days lent (7 h each) or hours lent: give exactly one. */
  days?: number;
  hours?: number;
  /** Optional period of the loan (YYYY-MM-DD); the days lent must fit in it. */
  from?: string;
  to?: string;
};

export type SkillsSponsorshipInput = {
  year: number;
  people: LentPerson[];
  /** Turnover excluding VAT (chiffre d'affaires HT) of the financial year. */
  turnover: number;
  otherDonationsThisYear?: number;
  /** Host helps people in difficulty (free meals, housing, care): 60 % whatever the amount. */
  colucheHost?: boolean;
};

export type LentPersonResult = {
  hoursLent: number;
  monthlyCost: number;
  hourlyCost: number;
  costOfTimeLent: number;
  cap: number;
  capBinding: boolean;
  value: number;
};

export type SkillsSponsorshipResult = {
  year: number;
  people: LentPersonResult[];
  timeValue: number;
  otherDonations: number;
  totalDonations: number;
  ceiling: number;
  eligibleDonations: number;
  carriedForward: number;
  reduction: number;
  netCost: number;
  steps: FormulaStep[];
};

export type CheckedPerson = { gross: number; charges: EmployerCharges; days?: number; hours?: number };

/** Exact figures of one person, before rounding. */
export type PersonFigures = {
  gross: Exact;
  chargesAmount: Exact;
  monthlyCost: Exact;
  hourlyGross: Exact;
  hourlyCost: Exact;
  hoursLent: Exact;
  costOfTimeLent: Exact;
  cap: Exact;
  capBinding: boolean;
  value: Exact;
};

/** Exact totals, before rounding. */
export type TotalFigures = {
  timeValue: Exact;
  otherDonations: Exact;
  total: Exact;
  turnover: Exact;
  fromTurnover: Exact;
  ceiling: Exact;
  eligible: Exact;
  carriedForward: Exact;
  aboveThreshold: Exact;
  reduction: Exact;
  netCost: Exact;
  coluche: boolean;
};

function checkCharges(raw: unknown, field: string): EmployerCharges {
  const charges = checkObject(raw, field);
  const hasRate = charges.rate !== undefined;
  if (hasRate === (charges.amount !== undefined)) throw new ToolboxInputError(field, 'give either rate or amount');
  if (!hasRate) return { amount: checkNumber(charges.amount, `${field}.amount`, { min: 0 }) };
  const rate = checkNumber(charges.rate, `${field}.rate`, { min: 0 });
  if (rate > 1) throw new ToolboxInputError(`${field}.rate`, 'must be a fraction of gross pay, e.g. 0.45 for 45 %');
  return { rate };
}

function checkPerson(raw: unknown, field: string, year: number): CheckedPerson {
  const person = checkObject(raw, field);
  const gross = checkNumber(person.grossMonthlyPay, `${field}.grossMonthlyPay`, { above: 0 });
  const charges = checkCharges(person.employerCharges, `${field}.employerCharges`);
  const from = checkOptionalDate(person.from, `${field}.from`);
  const to = checkOptionalDate(person.to, `${field}.to`);
  if (from === undefined && to !== undefined) throw new ToolboxInputError(`${field}.from`, 'give both ends of the period');
  if (from !== undefined && to === undefined) throw new ToolboxInputError(`${field}.to`, 'give both ends of the period');
  if (from && to && checkPeriod(from, to, 0)) throw new ToolboxInputError(`${field}.to`, 'must not be before the start date');
  const calendarDays = from && to ? daysInPeriod(from, to) : daysInPeriod(`${year}-01-01`, `${year}-12-31`);
  const where = from ? 'the period' : `the year ${year}`;
  const days = checkOptionalNumber(person.days, `${field}.days`, { above: 0 });
  const hours = checkOptionalNumber(person.hours, `${field}.hours`, { above: 0 });
  if ((days === undefined) === (hours === undefined)) throw new ToolboxInputError(`${field}.days`, 'give either days or hours lent');
  if (days !== undefined && days > calendarDays) {
    throw new ToolboxInputError(`${field}.days`, `must not exceed the ${calendarDays} days of ${where}`);
  }
  if (hours !== undefined && hours > calendarDays * 24) {
    throw new ToolboxInputError(`${field}.hours`, `must not exceed the ${calendarDays * 24} hours of ${where}`);
  }
  return { gross, charges, days, hours };
}

function personFigures(person: CheckedPerson, values: YearValues): PersonFigures {
  const rules = values.skillsSponsorship;
  const gross = exact(person.gross);
  const monthlyHours = exact(rules.monthlyHours);
  const chargesAmount = 'rate' in person.charges ? mul(gross, exact(person.charges.rate)) : exact(person.charges.amount);
  const monthlyCost = add(gross, chargesAmount);
  const hourlyCost = div(monthlyCost, monthlyHours);
  const hoursLent = person.days !== undefined ? mul(exact(person.days), exact(rules.dailyHours)) : exact(person.hours ?? 0);
  const costOfTimeLent = mul(hourlyCost, hoursLent);
  // Cautious reading (⚠ in the sheet): the cap covers pay AND charges, pro rata of the time
  // lent, in the PSS unit of the input (daily PSS × days, or hourly PSS × hours).
  const multiple = exact(rules.costCapPssMultiple);
  const pss = values.socialSecurityCeiling;
  const cap = person.days !== undefined
    ? mul(mul(multiple, exact(pss.daily)), exact(person.days))
    : mul(mul(multiple, exact(pss.hourly)), hoursLent);
  return {
    gross,
    chargesAmount,
    monthlyCost,
    hourlyGross: div(gross, monthlyHours),
    hourlyCost,
    hoursLent,
    costOfTimeLent,
    cap,
    capBinding: compare(costOfTimeLent, cap) > 0,
    value: min(costOfTimeLent, cap),
  };
}

function totalFigures(people: PersonFigures[], turnover: number, other: number, coluche: boolean, values: YearValues): TotalFigures {
  const rules = values.skillsSponsorship;
  const timeValue = sum(people.map((person) => person.value));
  const otherDonations = exact(other);
  const total = add(timeValue, otherDonations);
  const fromTurnover = mul(exact(rules.turnoverShare), exact(turnover));
  const ceiling = max(exact(rules.donationFloor), fromTurnover);
  const eligible = min(total, ceiling);
  const aboveThreshold = coluche ? ZERO : max(ZERO, sub(eligible, exact(rules.reducedRateThreshold)));
  const reduction = add(mul(exact(rules.rate), sub(eligible, aboveThreshold)), mul(exact(rules.reducedRate), aboveThreshold));
  return {
    timeValue,
    otherDonations,
    total,
    turnover: exact(turnover),
    fromTurnover,
    ceiling,
    eligible,
    carriedForward: sub(total, eligible),
    aboveThreshold,
    reduction,
    netCost: sub(total, reduction),
    coluche,
  };
}

export function skillsSponsorship(input: SkillsSponsorshipInput): SkillsSponsorshipResult {
  const raw = checkObject(input, '(root)');
  const year = checkNumber(raw.year, 'year', { integer: true });
  const values = valuesFor(year);
  if (!Array.isArray(raw.people) || raw.people.length === 0) throw new ToolboxInputError('people', 'must list at least one person lent');
  const checked = raw.people.map((person: unknown, index: number) => checkPerson(person, `people.${index}`, year));
  const turnover = checkNumber(raw.turnover, 'turnover', { min: 0 });
  const other = checkOptionalNumber(raw.otherDonationsThisYear, 'otherDonationsThisYear', { min: 0 }) ?? 0;
  const coluche = checkOptionalBoolean(raw.colucheHost, 'colucheHost') ?? false;

  const people = checked.map((person) => personFigures(person, values));
  const totals = totalFigures(people, turnover, other, coluche, values);
  const steps = [
    ...people.flatMap((figures, index) => personSteps(index, checked[index], figures, values)),
    ...totalSteps(totals, values),
  ];
  return {
    year,
    people: people.map((figures) => ({
      hoursLent: toHundredths(figures.hoursLent),
      monthlyCost: toEuros(figures.monthlyCost),
      hourlyCost: toEuros(figures.hourlyCost),
      costOfTimeLent: toEuros(figures.costOfTimeLent),
      cap: toEuros(figures.cap),
      capBinding: figures.capBinding,
      value: toEuros(figures.value),
    })),
    timeValue: toEuros(totals.timeValue),
    otherDonations: toEuros(totals.otherDonations),
    totalDonations: toEuros(totals.total),
    ceiling: toEuros(totals.ceiling),
    eligibleDonations: toEuros(totals.eligible),
    carriedForward: toEuros(totals.carriedForward),
    reduction: toEuros(totals.reduction),
    netCost: toEuros(totals.netCost),
    steps,
  };
}
