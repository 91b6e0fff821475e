import { renderDigestEmail } from './digest-email';
import type { DigestEmailInput, Locale, SuggestionItem } from './rendering.types';

const item = (n: number, overrides: Partial<SuggestionItem> = {}): SuggestionItem => ({
  side: 'need',
  ownTitle: `Besoin ${n}`,
  otherTitle: `Offre ${n}`,
  otherOrganizationName: `Entreprise ${n}`,
  score: n / 10,
  reasons: [{ factor: 'skills', text: { fr: `Raison ${n}`, en: `Reason ${n}` } }],
  link: `https://relais.example.org/suggestions/${n}`,
  ...overrides,
});

const digest = (items: SuggestionItem[]): DigestEmailInput => ({
  recipientName: 'Sarah',
  items,
  preferencesLink: 'https://relais.example.org/settings/notifications',
});

describe('renderDigestEmail', () => {
  it.each<[Locale, number, string]>([
    ['fr', 1, 'Relais\u00a0: une nouvelle suggestion de mise en relation'],
    ['fr', 3, 'Relais\u00a0: 3 nouvelles suggestions de mise en relation'],
    ['en', 1, 'Relais: one new suggestion'],
    ['en', 3, 'Relais: 3 new suggestions'],
  ])('%s subject for %d item(s)', (locale, count, subject) => {
    const items = Array.from({ length: count }, (_, i) => item(i + 1));

    expect(renderDigestEmail(digest(items), locale).subject).toBe(subject);
  });

  it.each<[Locale, string[], RegExp[]]>([
    [
      'fr',
      ['Bonjour Sarah,', 'Pour votre besoin «\u00a0Besoin 5\u00a0»', 'Pour votre offre «\u00a0Besoin 7\u00a0»', "L'offre «\u00a0Offre 5\u00a0» proposée par Entreprise 5", 'Le besoin «\u00a0Offre 7\u00a0» publié par Entreprise 7', '- Raison 5'],
      [/Pertinence\u00a0: 50\s%/u, /Pertinence\u00a0: 70\s%/u],
    ],
    [
      'en',
      ['Hello Sarah,', 'For your need “Besoin 5”', 'For your offer “Besoin 7”', 'The offer “Offre 5” from Entreprise 5', 'The need “Offre 7” posted by Entreprise 7', '- Reason 5'],
      [/Match score: 50%/, /Match score: 70%/],
    ],
  ])('%s: lists every suggestion with its own link, score and reasons', (locale, fragments, scores) => {
    const { text, html } = renderDigestEmail(digest([item(5), item(7, { side: 'offer' })]), locale);

    for (const fragment of fragments) expect(text).toContain(fragment);
    for (const score of scores) {
      expect(text).toMatch(score);
      expect(html).toMatch(score);
    }
    for (const n of [5, 7]) {
      expect(text).toContain(`https://relais.example.org/suggestions/${n}`);
      expect(html).toContain(`<a href="https://relais.example.org/suggestions/${n}"`);
    }
    expect(text.indexOf('suggestions/5')).toBeLessThan(text.indexOf('suggestions/7'));
    expect(text).toContain('https://relais.example.org/settings/notifications');
    expect(html).toContain('href="https://relais.example.org/settings/notifications"');
  });

  it('escapes titles, names and reasons in the HTML', () => {
    const hostile = '<script>x</script> & co';
    const { html, text } = renderDigestEmail(
      digest([item(1, { ownTitle: hostile, otherTitle: hostile, otherOrganizationName: hostile, reasons: [{ factor: 'x', text: { fr: hostile, en: hostile } }] })]),
      'fr',
    );

    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt; &amp; co');
    expect(text).toContain('<script>x</script> & co');
  });

  it('refuses an empty digest', () => {
    expect(() => renderDigestEmail(digest([]), 'en')).toThrow(RangeError);
  });
});
