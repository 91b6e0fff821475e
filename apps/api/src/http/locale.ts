import { LOCALES, type Locale } from '@relais/domain';

/** `?lang=` wins, then the first supported language of Accept-Language, then French. */
export function pickLocale(lang: Locale | undefined, acceptLanguage: string | undefined): Locale {
  if (lang) return lang;
  const preferred = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.split(';')[0].trim().slice(0, 2).toLowerCase())
    .find((code): code is Locale => (LOCALES as readonly string[]).includes(code));
  return preferred ?? 'fr';
}
