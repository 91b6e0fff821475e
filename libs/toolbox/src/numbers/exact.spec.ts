import { formatEuros, formatNumber, formatPercent, formatQuantity } from './display';
import { add, compare, div, exact, mul, roundedUnits, sub, toEuros } from './exact';

describe('exact arithmetic', () => {
  it.each([
    [151.67, 15167n, 100n],
    [0.005, 1n, 200n],
    [1e21, 10n ** 21n, 1n],
    [1e-7, 1n, 10_000_000n],
    [-2.5, -5n, 2n],
  ])('reads %p exactly', (value, n, d) => {
    expect(exact(value)).toEqual({ n, d });
  });

  it('has no floating-point drift', () => {
    expect(toEuros(add(exact(0.1), exact(0.2)))).toBe(0.3);
    expect(compare(add(exact(0.1), exact(0.2)), exact(0.3))).toBe(0);
    expect(toEuros(mul(div(exact(5800), exact(151.67)), exact(70)))).toBe(2676.86);
  });

  it.each([
    [1.005, 101n], // half up, where 1.005 * 100 in floats rounds down
    [2.675, 268n],
    [-2.675, -268n],
    [0.004, 0n],
  ])('rounds %p half away from zero to %p cents', (value, cents) => {
    expect(roundedUnits(exact(value), 2)).toBe(cents);
  });

  it('subtracts and refuses division by zero', () => {
    expect(toEuros(sub(exact(10), exact(0.01)))).toBe(9.99);
    expect(() => div(exact(1), exact(0))).toThrow(RangeError);
    expect(() => exact(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('display', () => {
  it.each([
    [2676.8642, 'fr', '2\u00a0676,86\u00a0€'],
    [2676.8642, 'en', '€2,676.86'],
    [-1234567.5, 'fr', '-1\u00a0234\u00a0567,50\u00a0€'],
    [-1234567.5, 'en', '-€1,234,567.50'],
    [0, 'en', '€0.00'],
  ] as const)('formats %p in %s as %s', (value, locale, shown) => {
    expect(formatEuros(value, locale)).toBe(shown);
  });

  it.each([
    [0.45, 'fr', '45\u00a0%'],
    [0.005, 'fr', '0,5\u00a0%'],
    [0.005, 'en', '0.5%'],
    [0.075, 'en', '7.5%'],
  ] as const)('formats the rate %p in %s as %s', (rate, locale, shown) => {
    expect(formatPercent(rate, locale)).toBe(shown);
  });

  it('formats quantities without trailing zeros', () => {
    expect(formatQuantity(70, 'fr')).toBe('70');
    expect(formatQuantity(7.5, 'fr')).toBe('7,5');
    expect(formatNumber(151.67, 2, 'en')).toBe('151.67');
  });
});
