import { renderInAppNotification } from './in-app-notification';
import type { InAppNotificationInput, Locale } from './rendering.types';

const input = (overrides: Partial<InAppNotificationInput> = {}): InAppNotificationInput => ({
  side: 'need',
  ownTitle: 'Puits à Kindia',
  otherTitle: 'Ingénieure hydraulique',
  otherOrganizationName: 'Hydro Conseil',
  score: 0.62,
  ...overrides,
});

describe('renderInAppNotification', () => {
  it.each<[Locale, InAppNotificationInput['side'], string, RegExp]>([
    ['fr', 'need', 'Nouvelle suggestion pour votre besoin «\u00a0Puits à Kindia\u00a0»', /^L'offre «\u00a0Ingénieure hydraulique\u00a0» proposée par Hydro Conseil — Pertinence\u00a0: 62\s%$/u],
    ['fr', 'offer', 'Nouvelle suggestion pour votre offre «\u00a0Puits à Kindia\u00a0»', /^Le besoin «\u00a0Ingénieure hydraulique\u00a0» publié par Hydro Conseil — Pertinence\u00a0: 62\s%$/u],
    ['en', 'need', 'New suggestion for your need “Puits à Kindia”', /^The offer “Ingénieure hydraulique” from Hydro Conseil — Match score: 62%$/],
    ['en', 'offer', 'New suggestion for your offer “Puits à Kindia”', /^The need “Ingénieure hydraulique” posted by Hydro Conseil — Match score: 62%$/],
  ])('%s, recipient owns the %s', (locale, side, title, body) => {
    const notification = renderInAppNotification(input({ side }), locale);

    expect(notification.title).toBe(title);
    expect(notification.body).toMatch(body);
  });

  it('keeps long titles short', () => {
    const long = 'Appui à la structuration de la filière sel '.repeat(5);
    const notification = renderInAppNotification(input({ ownTitle: long, otherTitle: long }), 'fr');

    expect(notification.title.length).toBeLessThan(110);
    expect(notification.title).toContain('…\u00a0»');
    expect(notification.body.length).toBeLessThan(160);
  });
});
