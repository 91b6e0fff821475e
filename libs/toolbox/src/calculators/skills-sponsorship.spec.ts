import { ToolboxInputError, UnknownYearError } from '../errors';
import { type LentPerson, skillsSponsorship, type SkillsSponsorshipInput } from './skills-sponsorship';

const example: LentPerson = { grossMonthlyPay: 4000, employerCharges: { rate: 0.45 }, days: 10 };
const base: SkillsSponsorshipInput = { year: 2026, people: [example], turnover: 2_000_000 };

describe('skills sponsorship calculator', () => {
  it('reproduces the worked example of the facts sheet (§12) to the cent', () => {
    const result = skillsSponsorship(base);
    expect(result.people).toEqual([
      { hoursLent: 70, monthlyCost: 5800, hourlyCost: 38.24, costOfTimeLent: 2676.86, cap: 6600, capBinding: false, value: 2676.86 },
    ]);
    expect(result).toMatchObject({
      timeValue: 2676.86,
      totalDonations: 2676.86,
      ceiling: 20_000,
      eligibleDonations: 2676.86,
      carriedForward: 0,
      reduction: 1606.12,
      netCost: 1070.75,
    });
    const amounts = Object.fromEntries(result.steps.map((step) => [step.id, step.amount]));
    expect(amounts).toMatchObject({
      'people.0.hourlyGross': 26.37,
      'people.0.dailyCost': 267.69,
      'people.0.costOfTimeLent': 2676.86,
      ceiling: 20_000,
      reduction: 1606.12,
      netCost: 1070.75,
    });
    const french = result.steps.map((step) => step.fr).join('\n');
    expect(french).toContain('184,61\u00a0€ brut');
    expect(french).toContain('3 × 220,00\u00a0€ (PSS journalier) × 10 jours = 6\u00a0600,00\u00a0€ → non atteint');
    expect(french).toContain('0,5\u00a0% × 2\u00a0000\u00a0000,00\u00a0€ = 10\u00a0000,00\u00a0€');
    expect(french).toContain('= 1\u00a0070,75\u00a0€');
    expect(result.steps.map((step) => step.en).join('\n')).toContain('Net cost = €2,676.86 − €1,606.12 = €1,070.75');
  });

  it.each([
    ['hours instead of days give the same value, capped with the hourly PSS', { ...example, days: undefined, hours: 70 }, 2676.86, 6300, false],
    ['charges as a monthly amount', { ...example, employerCharges: { amount: 1800 } }, 2676.86, 6600, false],
    ['a high salary hits the 3 × PSS cap (pay and charges included)', { ...example, grossMonthlyPay: 15_000 }, 6600, 6600, true],
  ])('%s', (_label, person, value, cap, binding) => {
    const [result] = skillsSponsorship({ ...base, people: [person] }).people;
    expect(result).toMatchObject({ value, cap, capBinding: binding });
  });

  it('uses the PSS of the year asked', () => {
    const [result] = skillsSponsorship({ ...base, year: 2025, people: [{ ...example, grossMonthlyPay: 15_000 }] }).people;
    expect(result.cap).toBe(6480); // 3 × 216 × 10
  });

  it('adds several people', () => {
    expect(skillsSponsorship({ ...base, people: [example, example] }).timeValue).toBe(5353.73);
  });

  it.each([
    // label, turnover, other donations, Coluche, eligible, carried forward, reduction
    ['ceiling of 20 000 € when 0.5 % of turnover is lower', 1_000_000, 30_000, false, 20_000, 12_676.86, 12_000],
    ['ceiling of 0.5 % of turnover when higher', 10_000_000, 60_000, false, 50_000, 12_676.86, 30_000],
    ['40 % above 2 M€ of donations', 1_000_000_000, 3_000_000, false, 3_002_676.86, 0, 1_601_070.75], // 0.4 × 1 002 676.8642… on unrounded values,
    ['60 % whatever the amount for a Coluche host', 1_000_000_000, 3_000_000, true, 3_002_676.86, 0, 1_801_606.12],
  ])('%s', (_label, turnover, other, coluche, eligible, carried, reduction) => {
    const result = skillsSponsorship({ ...base, turnover, otherDonationsThisYear: other, colucheHost: coluche });
    expect(result).toMatchObject({ eligibleDonations: eligible, carriedForward: carried, reduction });
    expect(result.netCost).toBeCloseTo(result.totalDonations - reduction, 1);
  });

  it.each([
    ['unknown year', { ...base, year: 2024 }, 'year'],
    ['year not a number', { ...base, year: '2026' }, 'year'],
    ['no people', { ...base, people: [] }, 'people'],
    ['negative pay', { ...base, people: [{ ...example, grossMonthlyPay: -1 }] }, 'people.0.grossMonthlyPay'],
    ['pay not a number', { ...base, people: [{ ...example, grossMonthlyPay: Number.NaN }] }, 'people.0.grossMonthlyPay'],
    ['charge rate given in percent', { ...base, people: [{ ...example, employerCharges: { rate: 45 } }] }, 'people.0.employerCharges.rate'],
    ['negative charges', { ...base, people: [{ ...example, employerCharges: { amount: -3 } }] }, 'people.0.employerCharges.amount'],
    ['both rate and amount', { ...base, people: [{ ...example, employerCharges: { rate: 0.4, amount: 3 } }] }, 'people.0.employerCharges'],
    ['neither days nor hours', { ...base, people: [{ ...example, days: undefined }] }, 'people.0.days'],
    ['both days and hours', { ...base, people: [{ ...example, hours: 7 }] }, 'people.0.days'],
    ['negative days', { ...base, people: [{ ...example, days: -2 }] }, 'people.0.days'],
    ['more days than the year has', { ...base, people: [{ ...example, days: 366 }] }, 'people.0.days'],
    ['days beyond the period', { ...base, people: [{ ...example, days: 6, from: '2026-03-01', to: '2026-03-05' }] }, 'people.0.days'],
    ['hours beyond the period', { ...base, people: [{ ...example, days: undefined, hours: 121, from: '2026-03-01', to: '2026-03-05' }] }, 'people.0.hours'],
    ['period ending before it starts', { ...base, people: [{ ...example, from: '2026-03-05', to: '2026-03-01' }] }, 'people.0.to'],
    ['half a period', { ...base, people: [{ ...example, from: '2026-03-05' }] }, 'people.0.to'],
    ['negative turnover', { ...base, turnover: -1 }, 'turnover'],
    ['turnover not a number', { ...base, turnover: '2M' }, 'turnover'],
    ['negative other donations', { ...base, otherDonationsThisYear: -5 }, 'otherDonationsThisYear'],
    ['Coluche not a boolean', { ...base, colucheHost: 'yes' }, 'colucheHost'],
  ])('refuses %s, naming the field', (_label, input, field) => {
    let thrown: unknown;
    try {
      skillsSponsorship(input as SkillsSponsorshipInput);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ToolboxInputError);
    expect((thrown as ToolboxInputError).field).toBe(field);
  });

  it('reports an unknown year as UnknownYearError', () => {
    expect(() => skillsSponsorship({ ...base, year: 2031 })).toThrow(UnknownYearError);
  });

  it.each([
    ['a pay of 1e300 euros', { people: [{ ...base.people[0], grossMonthlyPay: 1e300 }] }, 'people.0.grossMonthlyPay'],
    ['a turnover of 1e20 euros', { turnover: 1e20 }, 'turnover'],
  ])('refuses %s as a field error, rather than answering null figures', (_, change, field) => {
    try {
      skillsSponsorship({ ...base, ...change } as SkillsSponsorshipInput);
      throw new Error('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(ToolboxInputError);
      expect((error as ToolboxInputError).field).toBe(field);
    }
  });
});
