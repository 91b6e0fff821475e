import { ToolboxInputError } from '../errors';
import { volunteerExpenses, type VolunteerExpensesInput } from './volunteer-expenses';

describe("volunteer's abandoned expenses", () => {
  it.each([
    // label, input, reduction, Coluche base, standard base, carried forward
    ['66 % for an ordinary body', { amount: 1000, year: 2026 }, 660, 0, 1000, 0],
    ['75 % for a Coluche body, within the cap', { amount: 1000, year: 2026, colucheHost: true }, 750, 1000, 0, 0],
    ['75 % up to 2 000 € in 2026, then 66 %', { amount: 3000, year: 2026, colucheHost: true }, 2160, 2000, 1000, 0],
    ['2025 without a date: the 1 000 € cap (cautious)', { amount: 3000, year: 2025, colucheHost: true }, 2070, 1000, 2000, 0],
    ['2025 before 14/10: 1 000 € cap', { amount: 3000, year: 2025, colucheHost: true, giftDate: '2025-10-13' }, 2070, 1000, 2000, 0],
    ['2025 from 14/10: 2 000 € cap', { amount: 3000, year: 2025, colucheHost: true, giftDate: '2025-10-14' }, 2160, 2000, 1000, 0],
    ['20 % of taxable income limits the 66 % base', { amount: 3000, year: 2026, taxableIncome: 10_000 }, 1320, 0, 3000, 1000],
    ['cents', { amount: 123.45, year: 2026 }, 81.48, 0, 123.45, 0],
  ])('%s', (_label, input, reduction, colucheBase, standardBase, carriedForward) => {
    const result = volunteerExpenses(input as VolunteerExpensesInput);
    expect(result).toMatchObject({ reduction, colucheBase, standardBase, carriedForward });
    expect(result.steps.at(-1)).toMatchObject({ id: 'reduction', amount: reduction });
  });

  it('flags the unchecked 20 % limit when the income is unknown', () => {
    const result = volunteerExpenses({ amount: 500, year: 2026 });
    expect(result.incomeLimitChecked).toBe(false);
    expect(result.steps.map((step) => step.id)).toContain('incomeLimitUnchecked');
    expect(result.steps.find((step) => step.id === 'standardReduction')?.fr).toBe('Réduction à 66\u00a0% = 66\u00a0% × 500,00\u00a0€ = 330,00\u00a0€');
  });

  it.each([
    [{ amount: -5, year: 2026 }, 'amount'],
    [{ amount: 0, year: 2026 }, 'amount'],
    [{ amount: '12', year: 2026 }, 'amount'],
    [{ amount: 10, year: 2024 }, 'year'],
    [{ amount: 10, year: 2026, taxableIncome: -1 }, 'taxableIncome'],
    [{ amount: 10, year: 2026, giftDate: '2025-12-01' }, 'giftDate'],
    [{ amount: 10, year: 2026, giftDate: '01/02/2026' }, 'giftDate'],
    [{ amount: 10, year: 2026, colucheHost: 1 }, 'colucheHost'],
  ])('refuses %p (field %s)', (input, field) => {
    expect(() => volunteerExpenses(input as VolunteerExpensesInput)).toThrow(ToolboxInputError);
    expect(() => volunteerExpenses(input as VolunteerExpensesInput)).toThrow(expect.objectContaining({ field }));
  });
});
