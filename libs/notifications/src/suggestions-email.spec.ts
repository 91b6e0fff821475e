import type { DigestEmailInput, SuggestionItem } from './rendering.types';
import { renderSuggestionEmail } from './suggestion-email';
import { renderSuggestionsEmail } from './suggestions-email';

const item = (n: number, posting: 'A' | 'B', overrides: Partial<SuggestionItem> = {}): SuggestionItem => ({
  side: 'need',
  ownTitle: `Besoin ${posting}`,
  otherTitle: `Offre ${n}`,
  otherOrganizationName: `Entreprise ${n}`,
  score: n / 10,
  reasons: [{ factor: 'skills', text: { fr: `Raison ${n}`, en: `Reason ${n}` } }],
  link: `https://relais.example.org/needs/${posting}/suggestions`,
  ...overrides,
});

const input = (items: SuggestionItem[]): DigestEmailInput => ({ recipientName: 'Sarah', items, preferencesLink: 'https://relais.example.org/settings/notifications' });

describe('renderSuggestionsEmail', () => {
  it('one suggestion is the single suggestion e-mail', () => {
    const one = item(5, 'A');
    expect(renderSuggestionsEmail(input([one]), 'fr')).toEqual(
      renderSuggestionEmail({ ...one, recipientName: 'Sarah', preferencesLink: 'https://relais.example.org/settings/notifications' }, 'fr'),
    );
  });

  it('several for one posting: "5 new suggestions for your need …", best first, one link', () => {
    const items = [3, 9, 5, 7, 4].map((n) => item(n, 'A'));
    const fr = renderSuggestionsEmail(input(items), 'fr');
    expect(fr.subject).toBe('5 nouvelles suggestions pour votre besoin «\u00a0Besoin A\u00a0»');
    const order = [9, 7, 5, 4, 3].map((n) => fr.text.indexOf(`Offre ${n}`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(fr.text.match(/needs\/A\/suggestions/g)).toHaveLength(1);
    expect(renderSuggestionsEmail(input(items), 'en').subject).toBe('5 new suggestions for your need “Besoin A”');
  });

  it('several postings: one group each, the counts in the subject; beyond five, the rest is counted', () => {
    const items = [...[1, 2, 3, 4, 5, 6, 7].map((n) => item(n, 'A')), item(8, 'B', { side: 'offer', ownTitle: 'Offre B', link: 'https://relais.example.org/offers/B/suggestions' })];
    const en = renderSuggestionsEmail(input(items), 'en');
    expect(en.subject).toBe('Relais: 8 new suggestions for 2 of your postings');
    expect(en.text).toContain('7 new suggestions for your need “Besoin A”');
    expect(en.text).toContain('A new suggestion for your offer “Offre B”');
    expect(en.text).toContain('… and 2 more.');
    // The two lowest scores of A are counted, not listed.
    expect(en.text).toContain('“Offre 3”');
    expect(en.text).not.toContain('“Offre 2”');
    expect(en.text).not.toContain('“Offre 1”');
    expect(en.html).toContain('href="https://relais.example.org/offers/B/suggestions"');
    expect(renderSuggestionsEmail(input(items), 'fr').text).toContain('… et 2 autres.');
  });

  it('escapes titles in the HTML and refuses an empty window', () => {
    const html = renderSuggestionsEmail(input([item(1, 'A', { otherTitle: '<b>x</b>' }), item(2, 'A')]), 'en').html;
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('<b>x</b>');
    expect(() => renderSuggestionsEmail(input([]), 'en')).toThrow(RangeError);
  });
});
