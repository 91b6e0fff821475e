/** Dates, numbers and euros written the way the reader's language writes them. */
import i18n from './i18n';

const locale = () => (i18n.language === 'en' ? 'en-GB' : 'fr-FR');

/** A YYYY-MM-DD date or an ISO timestamp, as "1 févr. 2027" / "1 Feb 2027". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = value.length === 10 ? new Date(`${value}T00:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: value.length === 10 ? 'UTC' : undefined }).format(date);
}

export function formatDateTime(value: string): string {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

export const formatNumber = (value: number, digits = 0) =>
  new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value);

export const formatEuros = (value: number) =>
  new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR', maximumFractionDigits: value % 1 ? 2 : 0 }).format(value);

export const formatPercent = (value: number) => new Intl.NumberFormat(locale(), { style: 'percent' }).format(value);

export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([locale()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([locale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
