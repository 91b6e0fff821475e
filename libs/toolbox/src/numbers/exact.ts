/**
 * Exact rational arithmetic over bigint, so chains like 5 800 / 151.67 × 70 × 60 % carry no
 * floating-point drift and every displayed figure is the exact value rounded half-up to the
 * cent. Plain objects and functions; only the calculators use it.
 */
export type Exact = { readonly n: bigint; readonly d: bigint };

const abs = (value: bigint) => (value < 0n ? -value : value);

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [abs(a), abs(b)];
  while (y) [x, y] = [y, x % y];
  return x;
}

function make(n: bigint, d: bigint): Exact {
  if (d === 0n) throw new RangeError('division by zero');
  const sign = d < 0n ? -1n : 1n;
  const divisor = gcd(n, d) || 1n;
  return { n: (sign * n) / divisor, d: abs(d) / divisor };
}

/** The exact value of a finite number as JavaScript prints it (151.67 is 15167/100). */
export function exact(value: number): Exact {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`cannot read ${value}`);
  const [, sign, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  let n = BigInt(whole + fraction) * (sign ? -1n : 1n);
  let d = 1n;
  if (exponent >= 0) n *= 10n ** BigInt(exponent);
  else d = 10n ** BigInt(-exponent);
  return make(n, d);
}

export const ZERO: Exact = { n: 0n, d: 1n };

export const add = (a: Exact, b: Exact): Exact => make(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Exact, b: Exact): Exact => make(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Exact, b: Exact): Exact => make(a.n * b.n, a.d * b.d);
export const div = (a: Exact, b: Exact): Exact => make(a.n * b.d, a.d * b.n);
export const compare = (a: Exact, b: Exact): number => {
  const difference = a.n * b.d - b.n * a.d;
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
};
export const min = (a: Exact, b: Exact): Exact => (compare(a, b) <= 0 ? a : b);
export const max = (a: Exact, b: Exact): Exact => (compare(a, b) >= 0 ? a : b);
export const sum = (values: readonly Exact[]): Exact => values.reduce(add, ZERO);

/** Rounds to `decimals` places, half away from zero, as an integer count of units (cents for 2). */
export function roundedUnits(value: Exact, decimals: number): bigint {
  const scaled = value.n * 10n ** BigInt(decimals);
  const quotient = (2n * abs(scaled) + value.d) / (2n * value.d);
  return value.n < 0n ? -quotient : quotient;
}

/** The value rounded half-up to 2 decimals, as a number (2 676.8642… → 2676.86). */
export function toHundredths(value: Exact): number {
  return Number(roundedUnits(value, 2)) / 100;
}

/** An amount rounded to the cent, as a number of euros. */
export const toEuros = toHundredths;
