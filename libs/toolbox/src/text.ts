import type { Locale } from '@relais/domain';

/** A sentence in both languages of the product. */
export type Text = { fr: string; en: string };

export function inLocale(text: Text, locale: Locale): string {
  return text[locale];
}

export function text(fr: string, en: string): Text {
  return { fr, en };
}
