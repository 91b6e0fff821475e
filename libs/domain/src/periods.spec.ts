import { checkPeriod, daysInPeriod, isIsoDate } from './periods';

describe('isIsoDate', () => {
  it.each([
    ['2026-03-01', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['26-03-01', false],
    ['2026-3-1', false],
    ['2026-03-01T00:00:00Z', false],
  ])('%s -> %s', (input, expected) => {
    expect(isIsoDate(input)).toBe(expected);
  });
});

describe('checkPeriod', () => {
  it('counts both ends of the period', () => {
    expect(daysInPeriod('2026-03-01', '2026-03-01')).toBe(1);
    expect(daysInPeriod('2026-03-01', '2026-03-31')).toBe(31);
    expect(daysInPeriod('2026-10-20', '2026-11-03')).toBe(15); // across the DST change
  });

  it.each([
    ['2026-03-01', '2026-03-31', 10, null],
    ['2026-03-01', '2026-03-31', 31, null],
    ['2026-03-01', null, 400, null],
    ['2026-03-01', '2026-02-28', 1, 'end'],
    ['2026-03-01', '2026-03-10', 11, 'effortDays'],
  ] as const)('%s..%s with %d days -> %s', (start, end, effort, field) => {
    expect(checkPeriod(start, end, effort)?.field ?? null).toBe(field);
  });
});
