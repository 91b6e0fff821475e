import { ToolboxInputError } from '../errors';
import { checkNumber, checkObject, checkOptionalBoolean, checkOptionalDate, checkOptionalNumber } from '../input-checks';
import { colucheCapOn, valuesFor } from '../values/dated-values';
import { formatEuros as eur, formatPercent as pct, type FormulaStep, step } from '../numbers/display';
import { exact, max, min, mul, sub, add, toEuros, ZERO, compare } from '../numbers/exact';

/**
 * Income-tax reduction for a volunteer's abandoned expenses (CGI 200) [S19][S20]:
 * 66 % of the gift within 20 % of taxable income (excess carried forward 5 years); for
 * "Coluche" organisations (free meals, housing, care to people in difficulty), 75 % up to the
 * year's cap (2 000 € for gifts since 14/10/2025, 1 000 € before), the rest at 66 %.
 * Two readings the sheet does not spell out: the part above the Coluche cap falls back to the
 * 66 % rate, and the 20 % income limit applies to the 66 % part only. In 2025 without a date,
 * the lower cap (1 000 €) is used: the cautious reading.
 */
export type VolunteerExpensesInput = {
  amount: number;
  year: number;
  colucheHost?: boolean;
  /** Taxable income of the household, to apply the 20 % limit; optional. */
  taxableIncome?: number;
  /** Date of the gift (the expenses waived), YYYY-MM-DD; decides the Coluche cap in 2025. */
  giftDate?: string;
};

export type VolunteerExpensesResult = {
  year: number;
  amount: number;
  colucheCap: number | null;
  colucheBase: number;
  standardBase: number;
  /** Part of the 66 % base above 20 % of taxable income, carried forward 5 years (0 if unknown income). */
  carriedForward: number;
  reduction: number;
  /** False when the taxable income was not given: the 20 % limit was not checked. */
  incomeLimitChecked: boolean;
  steps: FormulaStep[];
};

export function volunteerExpenses(input: VolunteerExpensesInput): VolunteerExpensesResult {
  const raw = checkObject(input, '(root)');
  const year = checkNumber(raw.year, 'year', { integer: true });
  const values = valuesFor(year);
  const rules = values.volunteerExpenses;
  const amount = checkNumber(raw.amount, 'amount', { above: 0 });
  const coluche = checkOptionalBoolean(raw.colucheHost, 'colucheHost') ?? false;
  const income = checkOptionalNumber(raw.taxableIncome, 'taxableIncome', { min: 0 });
  const giftDate = checkOptionalDate(raw.giftDate, 'giftDate');
  if (giftDate !== undefined && !giftDate.startsWith(`${year}-`)) throw new ToolboxInputError('giftDate', `must be in ${year}`);

  const total = exact(amount);
  const cap = coluche ? colucheCapOn(values, giftDate) : null;
  const colucheBase = cap === null ? ZERO : min(total, exact(cap));
  const standardBase = sub(total, colucheBase);
  const incomeLimit = income === undefined ? undefined : mul(exact(rules.incomeCapShare), exact(income));
  const counted = incomeLimit === undefined ? standardBase : min(standardBase, incomeLimit);
  const carriedForward = sub(standardBase, counted);
  const colucheReduction = mul(exact(rules.colucheRate), colucheBase);
  const standardReduction = mul(exact(rules.rate), counted);
  const reduction = add(colucheReduction, standardReduction);

  const steps: FormulaStep[] = [
    step('amount', (l) => `${l === 'fr' ? 'Frais abandonnés (don)' : 'Expenses waived (gift)'} = ${eur(total, l)}`, toEuros(total)),
  ];
  if (cap !== null) {
    const capNote = year === 2025 && giftDate === undefined
      ? { fr: ' (date du don inconnue : plafond le plus bas de 2025, lecture prudente)', en: ' (gift date unknown: lowest 2025 cap, cautious reading)' }
      : { fr: '', en: '' };
    steps.push(step('colucheReduction', (l) => l === 'fr'
      ? `Organisme « Coluche » : ${pct(rules.colucheRate, l)} × min(${eur(total, l)} ; ${eur(cap, l)})${capNote.fr} = ${eur(colucheReduction, l)}`
      : `"Coluche" organisation: ${pct(rules.colucheRate, l)} × min(${eur(total, l)}, ${eur(cap, l)})${capNote.en} = ${eur(colucheReduction, l)}`,
    toEuros(colucheReduction)));
  }
  if (compare(standardBase, ZERO) > 0) {
    if (incomeLimit !== undefined) {
      steps.push(step('incomeLimit', (l) => l === 'fr'
        ? `Limite de ${pct(rules.incomeCapShare, l)} du revenu imposable = ${eur(incomeLimit, l)} ; base retenue = ${eur(counted, l)}, report sur ${rules.carryForwardYears} ans = ${eur(carriedForward, l)}`
        : `Limit of ${pct(rules.incomeCapShare, l)} of taxable income = ${eur(incomeLimit, l)}; base counted = ${eur(counted, l)}, carried forward over ${rules.carryForwardYears} years = ${eur(carriedForward, l)}`,
      toEuros(counted)));
    }
    steps.push(step('standardReduction', (l) => `${l === 'fr' ? 'Réduction à' : 'Reduction at'} ${pct(rules.rate, l)} = ${pct(rules.rate, l)} × ${eur(counted, l)} = ${eur(standardReduction, l)}`,
      toEuros(standardReduction)));
    if (incomeLimit === undefined) {
      steps.push(step('incomeLimitUnchecked', (l) => l === 'fr'
        ? `À vérifier : la base à ${pct(rules.rate, l)} est limitée à ${pct(rules.incomeCapShare, l)} du revenu imposable (excédent reporté sur ${rules.carryForwardYears} ans)`
        : `To check: the ${pct(rules.rate, l)} base is limited to ${pct(rules.incomeCapShare, l)} of taxable income (excess carried forward over ${rules.carryForwardYears} years)`));
    }
  }
  steps.push(step('reduction', (l) => `${l === 'fr' ? "Réduction d'impôt sur le revenu" : 'Income-tax reduction'} = ${eur(reduction, l)}`, toEuros(reduction)));

  return {
    year,
    amount: toEuros(total),
    colucheCap: cap,
    colucheBase: toEuros(colucheBase),
    standardBase: toEuros(standardBase),
    carriedForward: toEuros(max(ZERO, carriedForward)),
    reduction: toEuros(reduction),
    incomeLimitChecked: incomeLimit !== undefined,
    steps,
  };
}
