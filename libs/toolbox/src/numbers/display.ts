import type { Locale } from '@relais/domain';
import { exact, type Exact, mul, roundedUnits } from './exact';

/** Number formatting for formula steps, independent of the ICU data installed. */

const NBSP = '\u00a0';

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** 2676.8642… → "2 676,86" (fr) / "2,676.86" (en). */
export function formatNumber(value: Exact | number, decimals: number, locale: Locale): string {
  const units = roundedUnits(typeof value === 'number' ? exact(value) : value, decimals);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  const grouped = groupThousands(whole, locale === 'fr' ? NBSP : ',');
  const body = decimals ? `${grouped}${locale === 'fr' ? ',' : '.'}${fraction}` : grouped;
  return negative ? `-${body}` : body;
}

/** "2 676,86 €" / "€2,676.86". */
export function formatEuros(value: Exact | number, locale: Locale): string {
  const amount = formatNumber(value, 2, locale);
  if (locale === 'fr') return `${amount}${NBSP}€`;
  return amount.startsWith('-') ? `-€${amount.slice(1)}` : `€${amount}`;
}

/** A fraction as a percentage with as few decimals as needed: 0.005 → "0,5 %" / "0.5%". */
export function formatPercent(rate: number, locale: Locale): string {
  const percent = mul(exact(rate), exact(100));
  let decimals = 0;
  while (decimals < 4 && (percent.n * 10n ** BigInt(decimals)) % percent.d !== 0n) decimals++;
  const figure = formatNumber(percent, decimals, locale);
  return locale === 'fr' ? `${figure}${NBSP}%` : `${figure}%`;
}

/** One line of a calculation, ready to show, in both languages, with the figure it produced. */
export type FormulaStep = { id: string; fr: string; en: string; amount?: number };

/** Builds a step from a function that writes the sentence for one locale. */
export function step(id: string, write: (locale: Locale) => string, amount?: number): FormulaStep {
  return amount === undefined ? { id, fr: write('fr'), en: write('en') } : { id, fr: write('fr'), en: write('en'), amount };
}

/** A quantity with at most `decimals` decimals and no trailing zeros: 70 → "70", 7.5 → "7,5". */
export function formatQuantity(value: Exact | number, locale: Locale, decimals = 2): string {
  const exactValue = typeof value === 'number' ? exact(value) : value;
  let shown = 0;
  while (shown < decimals && (exactValue.n * 10n ** BigInt(shown)) % exactValue.d !== 0n) shown++;
  return formatNumber(exactValue, shown, locale);
}

/** The separator between arguments of min()/max(): a semicolon in French (the comma is the decimal mark). */
export const argumentSeparator = (locale: Locale): string => (locale === 'fr' ? ' ; ' : ', ');

/** For prose: whole amounts without cents ("20 000 €"), others with them ("4,35 €"). */
export function formatAmount(value: number, locale: Locale): string {
  if (!Number.isInteger(value)) return formatEuros(value, locale);
  const amount = formatNumber(value, 0, locale);
  return locale === 'fr' ? `${amount}${NBSP}€` : `€${amount}`;
}
