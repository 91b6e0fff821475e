import type { Locale } from '@relais/domain';

/**
 * An amount in euros written out in words, as a tax receipt asks ("en toutes lettres"):
 * 2 676,86 → "deux mille six cent soixante-seize euros et quatre-vingt-six centimes". French
 * follows the traditional spelling (hyphens below a hundred, "et un", "quatre-vingts",
 * "deux cents" but "deux cent un", "mille" invariable).
 */
export function amountInWords(amount: number, locale: Locale): string {
  if (!Number.isFinite(amount) || amount < 0 || amount >= 1e12) throw new RangeError(`Cannot write ${amount} in words`);
  const cents = Math.round(amount * 100);
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  const words = locale === 'fr' ? french : english;
  const euroWord = locale === 'fr' ? (euros >= 1_000_000 && euros % 1_000_000 === 0 ? "d'euros" : euros > 1 ? 'euros' : 'euro') : euros === 1 ? 'euro' : 'euros';
  const main = `${words(euros)} ${euroWord}`;
  if (rest === 0) return main;
  const centWord = locale === 'fr' ? (rest > 1 ? 'centimes' : 'centime') : rest === 1 ? 'cent' : 'cents';
  return `${main} ${locale === 'fr' ? 'et' : 'and'} ${words(rest)} ${centWord}`;
}

const FR_UNITS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

function frenchBelowHundred(n: number): string {
  if (n <= 16) return FR_UNITS[n];
  if (n < 20) return `dix-${FR_UNITS[n - 10]}`;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens < 7) return unit === 0 ? FR_TENS[tens] : unit === 1 ? `${FR_TENS[tens]} et un` : `${FR_TENS[tens]}-${FR_UNITS[unit]}`;
  if (tens === 7) return n === 71 ? 'soixante et onze' : `soixante-${frenchBelowHundred(n - 60)}`;
  // 80–99: quatre-vingts, quatre-vingt-un, quatre-vingt-dix…
  return n === 80 ? 'quatre-vingts' : `quatre-vingt-${frenchBelowHundred(n - 80)}`;
}

/** Below a thousand; `beforeMultiplier`: "quatre-vingt" and "deux cent" lose their s before "mille". */
function frenchBelowThousand(n: number, beforeMultiplier = false): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const restWords = rest === 0 ? '' : frenchBelowHundred(rest);
  const tail = beforeMultiplier && restWords === 'quatre-vingts' ? 'quatre-vingt' : restWords;
  if (hundreds === 0) return tail;
  const hundredWord = hundreds === 1 ? 'cent' : `${FR_UNITS[hundreds]} cent${rest === 0 && !beforeMultiplier ? 's' : ''}`;
  return rest === 0 ? hundredWord : `${hundredWord} ${tail}`;
}

function french(n: number): string {
  if (n === 0) return 'zéro';
  const parts: string[] = [];
  const billions = Math.floor(n / 1e9);
  const millions = Math.floor((n % 1e9) / 1e6);
  const thousands = Math.floor((n % 1e6) / 1000);
  const rest = n % 1000;
  if (billions) parts.push(`${frenchBelowThousand(billions)} milliard${billions > 1 ? 's' : ''}`);
  if (millions) parts.push(`${frenchBelowThousand(millions)} million${millions > 1 ? 's' : ''}`);
  if (thousands) parts.push(thousands === 1 ? 'mille' : `${frenchBelowThousand(thousands, true)} mille`);
  if (rest) parts.push(frenchBelowThousand(rest));
  return parts.join(' ');
}

const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function englishBelowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const restWords = rest === 0 ? '' : rest < 20 ? EN_UNITS[rest] : `${EN_TENS[Math.floor(rest / 10)]}${rest % 10 ? `-${EN_UNITS[rest % 10]}` : ''}`;
  if (hundreds === 0) return restWords;
  return rest === 0 ? `${EN_UNITS[hundreds]} hundred` : `${EN_UNITS[hundreds]} hundred and ${restWords}`;
}

function english(n: number): string {
  if (n === 0) return 'zero';
  const scales: Array<[number, string]> = [[1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']];
  const parts: string[] = [];
  let rest = n;
  for (const [size, word] of scales) {
    const count = Math.floor(rest / size);
    if (count) parts.push(`${englishBelowThousand(count)} ${word}`);
    rest %= size;
  }
  if (rest) parts.push(englishBelowThousand(rest));
  return parts.join(' ');
}
