import { availableDays, datesFactor, effortFactor, languageFactor, mechanismsFactor, textFactor } from './factors';
import { aNeed, anOffer } from './test/factories';

describe('text', () => {
  it.each([
    [0.72, 0.72, '72\u00a0%', '72%'],
    [1, 1, '100\u00a0%', '100%'],
    [0, 0, 'ne parlent pas des mêmes savoir-faire', 'not about the same know-how'],
    [1.3, 1, '100\u00a0%', '100%'],
    [-0.2, 0, 'ne parlent pas des mêmes savoir-faire', 'not about the same know-how'],
    [Number.NaN, 0, 'ne parlent pas des mêmes savoir-faire', 'not about the same know-how'],
  ])('%d -> %d', (relevance, value, fr, en) => {
    const outcome = textFactor(relevance);
    expect(outcome.value).toBe(value);
    expect(outcome.text.fr).toContain(fr);
    expect(outcome.text.en).toContain(en);
  });
});

describe('dates', () => {
  // The need runs 2026-03-01..2026-03-31: 31 days.
  it.each([
    ['covers the whole period', '2026-03-01', '2026-03-31', 31, 1],
    ['covers more than the period', '2026-01-01', '2026-12-31', 31, 1],
    ['open-ended, started before', '2026-01-01', null, 31, 1],
    ['open-ended, starts mid-period', '2026-03-17', null, 15, 15 / 31],
    ['ends mid-period', '2026-02-01', '2026-03-10', 10, 10 / 31],
    ['one day', '2026-03-31', '2026-04-30', 1, 1 / 31],
    ['ends before', '2026-01-01', '2026-02-28', 0, 0],
    ['starts after, open-ended', '2026-04-01', null, 0, 0],
  ])('%s', (_name, availableFrom, availableTo, days, value) => {
    const need = aNeed();
    const offer = anOffer({ availableFrom, availableTo });
    expect(availableDays(need, offer)).toBe(days);
    expect(datesFactor(need, offer).value).toBeCloseTo(value, 10);
  });

  it('speaks of whole, partial and no availability', () => {
    expect(datesFactor(aNeed(), anOffer()).text.en).toBe("The offer is available for the need's whole period (31 days).");
    expect(datesFactor(aNeed(), anOffer({ availableTo: '2026-03-10' })).text.fr).toBe(
      "L'offre est disponible 10 des 31 jours de la période du besoin.",
    );
    expect(datesFactor(aNeed(), anOffer({ availableTo: '2026-02-10' })).text.en).toContain('not available');
  });
});

describe('effort', () => {
  it.each([
    [10, 10, 1],
    [10, 30, 1],
    [10, 5, 0.5],
    [10, 1, 0.1],
    [10, 0, 0],
  ])('need %d days, offer %d days -> %d', (needDays, offerDays, value) => {
    expect(effortFactor(needDays, offerDays).value).toBeCloseTo(value, 10);
  });

  it('names the days in both languages', () => {
    expect(effortFactor(15, 20).text).toEqual({
      fr: "L'offre propose 20 jours de travail, pour 15 jours demandés.",
      en: 'The offer provides 20 working days, for 15 asked for.',
    });
    expect(effortFactor(15, 1).text).toEqual({
      fr: "L'offre propose 1 jour de travail sur les 15 demandés.",
      en: 'The offer provides 1 of the 15 working days asked for.',
    });
  });
});

describe('language', () => {
  it.each([
    ['the only one asked', ['fr'], ['fr'], 1, 'La langue demandée est partagée : français.'],
    ['all of several', ['fr', 'en'], ['fr', 'en'], 1, 'Les 2 langues demandées sont partagées : français, anglais.'],
    ['some', ['fr', 'en', 'wo'], ['fr'], 0.75, '1 des 3 langues demandées est partagée : français.'],
    ['none', ['en'], [], 0, "Aucune des langues demandées n'est partagée."],
  ])('%s', (_name, asked, shared, value, fr) => {
    const outcome = languageFactor(asked, shared);
    expect(outcome.value).toBe(value);
    expect(outcome.text.fr).toBe(fr);
    expect(outcome.text.en).toMatch(/\.$/);
  });
});

describe('mechanisms', () => {
  it('lists the shared codes, or says there are none', () => {
    expect(mechanismsFactor(['skills_sponsorship', 'staff_loan'])).toEqual({
      value: 1,
      text: {
        fr: 'Dispositifs possibles des deux côtés : skills_sponsorship, staff_loan.',
        en: 'Mechanisms both sides can use: skills_sponsorship, staff_loan.',
      },
    });
    expect(mechanismsFactor([]).value).toBe(0);
  });
});
