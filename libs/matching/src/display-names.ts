/**
 * Country and language names for the reasons' sentences ("Sénégal", "français"), from the ICU
 * data Node ships: no I/O. An unknown code is shown as it is.
 */
type Kind = 'region' | 'language';

const cache = new Map<string, Intl.DisplayNames>();

function displayNames(locale: 'fr' | 'en', type: Kind): Intl.DisplayNames {
  const key = `${locale}:${type}`;
  let names = cache.get(key);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type, fallback: 'code' });
    cache.set(key, names);
  }
  return names;
}

export const countryName = (code: string, locale: 'fr' | 'en') => displayNames(locale, 'region').of(code.toUpperCase()) ?? code;

export const languageList = (codes: readonly string[], locale: 'fr' | 'en') =>
  codes.map((code) => displayNames(locale, 'language').of(code) ?? code).join(', ');
