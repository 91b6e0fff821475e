import { ToolboxInputError, UnknownYearError } from '../errors';
import { colucheCapOn, KNOWN_YEARS, valuesFor, valuesForRules } from './dated-values';

describe('dated values', () => {
  it('knows 2025 and 2026', () => {
    expect(KNOWN_YEARS).toEqual(expect.arrayContaining([2025, 2026]));
  });

  it.each([
    // year, PSS monthly, annual, daily, hourly, 3 × PSS monthly, gratification per hour
    [2025, 3925, 47_100, 216, 29, 11_775, 4.35],
    [2026, 4005, 48_060, 220, 30, 12_015, 4.5],
  ])('%i: PSS and the figures derived from it', (year, monthly, annual, daily, hourly, capMonthly, gratification) => {
    const values = valuesFor(year);
    expect(values.socialSecurityCeiling).toEqual({ monthly, annual, daily, hourly });
    expect(values.skillsSponsorship.costCapPssMultiple * monthly).toBe(capMonthly);
    expect(values.internship.minHourlyGratification).toBe(gratification);
    // the gratification minimum is 15 % of the hourly PSS
    expect(Math.round(0.15 * hourly * 100) / 100).toBe(gratification);
  });

  it.each(KNOWN_YEARS)('%i: sponsorship ceiling parameters and limits', (year) => {
    const values = valuesFor(year);
    expect(values.skillsSponsorship).toMatchObject({ donationFloor: 20_000, turnoverShare: 0.005, reducedRateThreshold: 2_000_000, rate: 0.6, reducedRate: 0.4 });
    expect(values.publicAgentSkillsSponsorship.end).toBe('2027-12-27');
    expect(values.vsi).toMatchObject({ maxContractMonths: 24, maxCumulatedMonths: 72, minAge: 18, stateAidMinMonths: 12 });
    expect(values.internship).toMatchObject({ mandatoryFromHour: 309, maxMonths: 6, maxHours: 924 });
    expect(values.volunteerExpenses).toMatchObject({ rate: 0.66, colucheRate: 0.75, incomeCapShare: 0.2 });
  });

  it.each([2024, 2027, 1.5, Number.NaN])('refuses the unknown year %p with a typed error naming the field', (year) => {
    expect(() => valuesFor(year)).toThrow(UnknownYearError);
    try {
      valuesFor(year);
    } catch (error) {
      expect(error).toBeInstanceOf(ToolboxInputError);
      expect((error as ToolboxInputError).field).toBe('year');
    }
  });

  it.each([
    [undefined, 2026],
    [2030, 2026],
    [2025, 2025],
    [2020, 2025],
  ])('rules of year %p come from the row of %i', (year, row) => {
    expect(valuesForRules(year).year).toBe(row);
  });

  it.each([
    [2025, undefined, 1000], // cautious: lowest cap of the year
    [2025, '2025-10-13', 1000],
    [2025, '2025-10-14', 2000],
    [2026, undefined, 2000],
  ] as const)('Coluche cap in %i for a gift of %p is %i €', (year, date, cap) => {
    expect(colucheCapOn(valuesFor(year), date)).toBe(cap);
  });
});
