import type { Locale } from './rendering.types';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in text nodes and in double- or single-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** User text on one line: titles and names end up in subjects and list items. */
export function singleLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Cuts on a character boundary (not inside a surrogate pair) and marks the cut with an ellipsis. */
export function truncate(value: string, maxLength: number): string {
  const chars = Array.from(value);
  return chars.length <= maxLength ? value : `${chars.slice(0, maxLength - 1).join('').trimEnd()}…`;
}

/** « titre » in French (with no-break spaces), “title” in English. */
export function quoteTitle(title: string, locale: Locale, maxLength = 120): string {
  const text = truncate(singleLine(title), maxLength);
  return locale === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}

/** A score in [0, 1] as a whole percentage in the reader's typography: "87 %" in French, "87%" in English. */
export function formatScore(score: number, locale: Locale): string {
  if (!Number.isFinite(score) || score < 0 || score > 1) {
    throw new RangeError(`score must be a number in [0, 1], got ${score}`);
  }
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(score);
}

/**
 * Links are built by our code from PUBLIC_URL; refusing anything but http(s) keeps a
 * `javascript:` URL out of an href even if a caller gets that wrong.
 */
export function checkLink(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new RangeError(`link must be an absolute URL, got "${link}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RangeError(`link must use http or https, got "${url.protocol}"`);
  }
  return link;
}

/**
 * A day in the reader's language ("12 mars 2026", "12 March 2026"), in Paris time like the rest
 * of the platform's dates. British English: day before month reads the same across countries.
 */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(date);
}

/** A day and time in the reader's language ("12 mars 2026 à 14:05"), in Paris time. */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(date);
}
