import { checkLink, escapeHtml, formatScore, quoteTitle, truncate } from './email-format';

describe('escapeHtml', () => {
  it.each([
    ['plain text', 'plain text'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Eau & assainissement', 'Eau &amp; assainissement'],
    ['"quoted" and \'single\'', '&quot;quoted&quot; and &#39;single&#39;'],
    ['&amp; stays visible', '&amp;amp; stays visible'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('formatScore', () => {
  it.each([
    [0.8734, 'fr', /^87\s%$/u],
    [0.8734, 'en', /^87%$/],
    [0.875, 'en', /^88%$/],
    [0, 'fr', /^0\s%$/u],
    [1, 'en', /^100%$/],
  ] as const)('%d in %s', (score, locale, expected) => {
    expect(formatScore(score, locale)).toMatch(expected);
  });

  it.each([-0.01, 1.2, 87, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d, which is not in [0, 1]', (score) => {
    expect(() => formatScore(score, 'en')).toThrow(RangeError);
  });
});

describe('quoteTitle', () => {
  it.each([
    ['Puits à Kindia', 'fr', '«\u00a0Puits à Kindia\u00a0»'],
    ['Puits à Kindia', 'en', '“Puits à Kindia”'],
    ['  Two\nlines\t here ', 'en', '“Two lines here”'],
  ] as const)('%j in %s', (title, locale, expected) => {
    expect(quoteTitle(title, locale)).toBe(expected);
  });
});

describe('truncate', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['a longer title', 9, 'a longer…'],
    ['emoji 🌍🌍🌍', 8, 'emoji 🌍…'],
  ])('%j to %d characters', (value, max, expected) => {
    expect(truncate(value, max)).toBe(expected);
    expect(Array.from(truncate(value, max)).length).toBeLessThanOrEqual(max);
  });
});

describe('checkLink', () => {
  it.each(['http://localhost:3000/suggestions/1', 'https://relais.example.org/suggestions/1?a=1&b=2'])('accepts %s', (link) => {
    expect(checkLink(link)).toBe(link);
  });

  it.each(['javascript:alert(1)', '/suggestions/1', 'mailto:a@b.c', ''])('refuses %j', (link) => {
    expect(() => checkLink(link)).toThrow(RangeError);
  });
});
