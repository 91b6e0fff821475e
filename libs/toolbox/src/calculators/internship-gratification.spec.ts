import { ToolboxInputError, UnknownYearError } from '../errors';
import { internshipGratification } from './internship-gratification';

describe('internship gratification', () => {
  it.each([
    // hours, year, mandatory, amount due
    [1, 2026, false, 0],
    [308, 2026, false, 0],
    [308.5, 2026, true, 1388.25], // any part of the 309th hour counts
    [309, 2026, true, 1390.5],
    [309, 2025, true, 1344.15],
    [616, 2026, true, 2772],
    [924, 2026, true, 4158], // 6 months of presence, the maximum
  ])('%p h in %i: mandatory %p, due %p €', (hours, year, mandatory, amountDue) => {
    const result = internshipGratification(hours, year);
    expect(result).toMatchObject({ mandatory, amountDue });
    expect(result.steps.map((step) => step.id)).toEqual(['hourlyMinimum', 'mandatory', 'amountDue', 'monthlyMinimum']);
  });

  it.each([
    [2025, 4.35, 669.9],
    [2026, 4.5, 693],
  ])('%i: %p € an hour, %p € for a month of 154 h', (year, hourly, monthly) => {
    expect(internshipGratification(200, year)).toMatchObject({ hourlyMinimum: hourly, monthlyMinimum: monthly });
  });

  it('writes the formula in both languages', () => {
    const amount = internshipGratification(309, 2026).steps.find((step) => step.id === 'amountDue');
    expect(amount?.fr).toBe('Montant minimal dû = 309 h × 4,50\u00a0€ = 1\u00a0390,50\u00a0€');
    expect(amount?.en).toBe('Minimum amount owed = 309 h × €4.50 = €1,390.50');
  });

  it.each([
    [925, 2026, 'hours'], // over 6 months
    [0, 2026, 'hours'],
    [-10, 2026, 'hours'],
    [Number.NaN, 2026, 'hours'],
    [100, 2024, 'year'],
    [100, 2026.5, 'year'],
  ])('refuses %p h in %p (field %s)', (hours, year, field) => {
    expect(() => internshipGratification(hours, year)).toThrow(expect.objectContaining({ field }));
    expect(() => internshipGratification(hours, year)).toThrow(ToolboxInputError);
  });

  it('says why an internship over 6 months is refused', () => {
    expect(() => internshipGratification(1000, 2026)).toThrow(/6 months \(924 hours/);
    expect(() => internshipGratification(100, 2099)).toThrow(UnknownYearError);
  });
});
