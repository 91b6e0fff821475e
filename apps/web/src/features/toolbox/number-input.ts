import { currentLanguage, type Language } from '../../lib/i18n';

/**
 * Figures typed in a text box, the way people write them: "4 000", "2,000,000", "0,45" or
 * "0.45". With both marks, the last one is the decimal point; a mark repeated groups
 * thousands; a lone comma followed by three digits groups thousands in English and is the
 * decimal point in French. `undefined` when empty (the API then says whether the field is
 * required), `null` when not a number.
 */
export function parseDecimal(text: string, language: Language = currentLanguage()): number | undefined | null {
  let compact = text.replace(/[\s\u00a0\u202f€%]/g, '');
  if (!compact) return undefined;
  const commas = compact.split(',').length - 1;
  const dots = compact.split('.').length - 1;
  if (commas && dots) {
    const decimal = compact.lastIndexOf(',') > compact.lastIndexOf('.') ? ',' : '.';
    compact = compact.replaceAll(decimal === ',' ? '.' : ',', '').replace(decimal, '.');
  } else if (commas > 1 || dots > 1) {
    compact = compact.replace(/[.,]/g, '');
  } else if (commas === 1) {
    compact = language === 'en' && /,\d{3}$/.test(compact) ? compact.replace(',', '') : compact.replace(',', '.');
  }
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(compact)) return null;
  return Number(compact);
}

/** The form's text for a number already known (going back to a step). */
export const decimalText = (value: number | undefined) => (value === undefined ? '' : String(value));
