import { renderSuggestionEmail } from './suggestion-email';
import type { Locale, PostingSide, SuggestionEmailInput } from './rendering.types';

const input = (overrides: Partial<SuggestionEmailInput> = {}): SuggestionEmailInput => ({
  recipientName: 'Awa Diatta',
  side: 'need',
  ownTitle: 'Comptabilité de la coopérative de sel',
  otherTitle: 'Comptable disponible trois semaines',
  otherOrganizationName: 'Numerica',
  score: 0.8734,
  reasons: [
    { factor: 'skills', text: { fr: 'Compétences couvertes : comptabilité', en: 'Skills covered: accounting' } },
    { factor: 'dates', text: { fr: 'Périodes compatibles', en: 'Periods overlap' } },
  ],
  link: 'https://relais.example.org/suggestions/42',
  preferencesLink: 'https://relais.example.org/settings/notifications',
  ...overrides,
});

describe('renderSuggestionEmail', () => {
  it.each<[Locale, PostingSide, string, string]>([
    [
      'fr',
      'need',
      'Une nouvelle suggestion pour votre besoin «\u00a0Comptabilité de la coopérative de sel\u00a0»',
      "L'offre «\u00a0Comptable disponible trois semaines\u00a0» proposée par Numerica correspond à votre besoin «\u00a0Comptabilité de la coopérative de sel\u00a0».",
    ],
    [
      'fr',
      'offer',
      'Une nouvelle suggestion pour votre offre «\u00a0Comptabilité de la coopérative de sel\u00a0»',
      'Le besoin «\u00a0Comptable disponible trois semaines\u00a0» publié par Numerica correspond à votre offre «\u00a0Comptabilité de la coopérative de sel\u00a0».',
    ],
    [
      'en',
      'need',
      'A new suggestion for your need “Comptabilité de la coopérative de sel”',
      'The offer “Comptable disponible trois semaines” from Numerica matches your need “Comptabilité de la coopérative de sel”.',
    ],
    [
      'en',
      'offer',
      'A new suggestion for your offer “Comptabilité de la coopérative de sel”',
      'The need “Comptable disponible trois semaines” posted by Numerica matches your offer “Comptabilité de la coopérative de sel”.',
    ],
  ])('%s, recipient owns the %s', (locale, side, subject, sentence) => {
    const email = renderSuggestionEmail(input({ side }), locale);

    expect(email.subject).toBe(subject);
    expect(email.text).toContain(sentence);
    expect(email.html).toContain(sentence.replace(/'/g, '&#39;'));
  });

  it.each<[Locale, string, RegExp, string[], string, string]>([
    ['fr', 'Bonjour Awa Diatta,', /Pertinence\u00a0: 87\s%/u, ['Compétences couvertes : comptabilité', 'Périodes compatibles'], 'Voir la suggestion', "Modifier mes préférences d'e-mails"],
    ['en', 'Hello Awa Diatta,', /Match score: 87%/, ['Skills covered: accounting', 'Periods overlap'], 'View the suggestion', 'Change my e-mail preferences'],
  ])('%s: greeting, score as a percentage, reasons as a list, links', (locale, greeting, score, reasons, view, preferences) => {
    const { text, html } = renderSuggestionEmail(input(), locale);

    expect(text.startsWith(`${greeting}\n`)).toBe(true);
    expect(text).toMatch(score);
    expect(html).toMatch(score);
    for (const reason of reasons) {
      expect(text).toContain(`\n- ${reason}\n`);
      expect(html).toContain(`<li>${reason}</li>`);
    }
    expect(text).toContain(`${view}${locale === 'fr' ? '\u00a0' : ''}: https://relais.example.org/suggestions/42`);
    expect(html).toContain(`<a href="https://relais.example.org/suggestions/42"`);
    expect(html).toContain(`>${view}</a>`);
    expect(text).toContain('https://relais.example.org/settings/notifications');
    expect(html).toContain('<a href="https://relais.example.org/settings/notifications"');
    expect(html).toContain(preferences.replace(/'/g, '&#39;'));
    expect(html).toContain(`<html lang="${locale}">`);
  });

  it('escapes every interpolated value in the HTML and keeps the text readable', () => {
    const hostile = '<script>alert("x")</script> & Co';
    const email = renderSuggestionEmail(
      input({
        recipientName: hostile,
        ownTitle: `Puits ${hostile}`,
        otherTitle: `Ingénieur ${hostile}`,
        otherOrganizationName: hostile,
        reasons: [{ factor: 'skills', text: { fr: hostile, en: hostile } }],
        link: 'https://relais.example.org/suggestions/42?from=mail&x="><script>',
      }),
      'en',
    );

    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
    expect(email.html).toContain('Puits &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(email.html).toContain('href="https://relais.example.org/suggestions/42?from=mail&amp;x=&quot;&gt;&lt;script&gt;"');
    expect(email.text).toContain('“Puits <script>alert("x")</script> & Co”');
    expect(email.subject).toContain('<script>');
  });

  it('leaves out the reasons heading when there are no reasons', () => {
    const { text, html } = renderSuggestionEmail(input({ reasons: [] }), 'fr');

    expect(text).not.toContain('Pourquoi cette suggestion');
    expect(html).not.toContain('<ul');
  });

  it('keeps the subject on one line and short when the title is long or has line breaks', () => {
    const { subject } = renderSuggestionEmail(input({ ownTitle: `Formation\r\nà la gouvernance ${'coopérative '.repeat(20)}` }), 'fr');

    expect(subject).not.toMatch(/[\r\n]/);
    expect(subject).toContain('«\u00a0Formation à la gouvernance coopérative');
    expect(subject.length).toBeLessThan(140);
  });

  it.each([
    [{ score: 1.5 }, RangeError],
    [{ link: 'javascript:alert(1)' }, RangeError],
    [{ preferencesLink: '/settings/notifications' }, RangeError],
  ])('refuses bad input %j', (overrides, error) => {
    expect(() => renderSuggestionEmail(input(overrides), 'en')).toThrow(error);
  });
});
