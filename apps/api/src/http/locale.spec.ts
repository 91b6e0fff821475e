import { pickLocale } from './locale';

describe('pickLocale', () => {
  it.each([
    ['en', 'fr-FR,fr;q=0.9', 'en'],
    [undefined, 'en-GB,en;q=0.9,fr;q=0.8', 'en'],
    [undefined, 'de-DE,fr;q=0.5', 'fr'],
    [undefined, 'de-DE', 'fr'],
    [undefined, undefined, 'fr'],
  ] as const)('lang=%s, Accept-Language=%s -> %s', (lang, header, expected) => {
    expect(pickLocale(lang, header)).toBe(expected);
  });
});
