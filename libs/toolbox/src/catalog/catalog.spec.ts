import { LOCALES, MECHANISM_CODES, ORGANIZATION_KINDS } from '@relais/domain';
import { TOOLBOX_MECHANISM_CODES } from '../mechanism-codes';
import { mechanism, mechanismCatalog } from './catalog';
import { FACTS_CHECKED_ON } from './mechanism-entry';

describe('mechanism catalog', () => {
  it.each(LOCALES)('lists every mechanism in %s, the product codes first', (locale) => {
    const codes = mechanismCatalog(locale).map((sheet) => sheet.code);
    expect(codes).toEqual([...TOOLBOX_MECHANISM_CODES]);
    expect(codes.slice(0, MECHANISM_CODES.length)).toEqual([...MECHANISM_CODES]);
  });

  it.each(TOOLBOX_MECHANISM_CODES)('%s is complete in both languages', (code) => {
    const [fr, en] = [mechanism(code, 'fr')!, mechanism(code, 'en')!];
    for (const sheet of [fr, en]) {
      for (const value of [sheet.title, sheet.summary, sheet.hosts, sheet.fiscalEffect, sheet.providers.person]) expect(value.length).toBeGreaterThan(10);
      for (const list of [sheet.durations, sheet.money, sheet.steps, sheet.documents]) {
        expect(list.length).toBeGreaterThan(0);
        list.forEach((item) => expect(item.length).toBeGreaterThan(3));
      }
      expect(sheet.providers.organizationKinds.length).toBeGreaterThan(0);
      sheet.providers.organizationKinds.forEach((kind) => expect(ORGANIZATION_KINDS).toContain(kind));
      expect(sheet.legalReferences.length).toBeGreaterThan(0);
      sheet.legalReferences.forEach((reference) => {
        expect(reference.sourceId).toMatch(/^S\d+[a-z]?$/);
        expect(reference.urls.length).toBeGreaterThan(0);
        reference.urls.forEach((url) => expect(url).toMatch(/^https?:\/\//));
      });
      expect(sheet.lastChecked).toBe(FACTS_CHECKED_ON);
    }
    expect(fr.title).not.toBe(en.title);
    expect(fr.summary).not.toBe(en.summary);
    expect(fr.steps).toHaveLength(en.steps.length);
    expect(fr.cautions).toHaveLength(en.cautions.length);
  });

  it.each([
    // every mechanism whose facts carry a ⚠ says so, and which reading it took, in both languages
    ['skills_sponsorship', /prudente/, /cautious/],
    ['staff_loan', /à confirmer/, /to be confirmed/],
    ['solidarity_leave', /supplétives/, /fallback/],
    ['solidarity_holiday', /mécénat de compétences/, /skills sponsorship/],
    ['civic_service', /2026/, /2026/],
    ['internship', /prudente/, /Cautious/],
    ['volunteering', /responsabilité civile/, /liability/],
    ['public_secondment', /en principe/, /in principle/],
    ['decentralised_cooperation', /à confirmer/, /to be confirmed/],
  ] as const)('%s states its uncertain points', (code, french, english) => {
    expect(mechanism(code, 'fr')!.cautions.join(' ')).toMatch(french);
    expect(mechanism(code, 'en')!.cautions.join(' ')).toMatch(english);
  });

  it('uses the figures of the year asked', () => {
    expect(mechanism('internship', 'fr', 2025)!.money[0]).toContain('4,35\u00a0€');
    expect(mechanism('internship', 'en', 2026)!.money[0]).toContain('€4.50');
    expect(mechanism('skills_sponsorship', 'en', 2026)!.money[1]).toContain('€12,015 a month');
  });

  it('answers undefined for an unknown code', () => {
    expect(mechanism('nope', 'fr')).toBeUndefined();
  });
});
