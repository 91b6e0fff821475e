import {
  checkPeriod,
  COUNTRY_CODES,
  isIsoDate,
  LANGUAGE_CODES,
  MECHANISM_CODES,
  ORGANIZATION_KINDS,
  WORK_MODES,
} from '@relais/domain';
import { readCatalog } from '@relais/skills-catalog';
import { pairBlockers } from './pair-blockers';
import {
  readEverydayFixtures,
  readFixtures,
  type FixtureNeed,
  type FixtureOffer,
  type FixtureOrganization,
  type FixturePosting,
  type Fixtures,
} from './fixtures';

/**
 * The matching-quality fixtures (apps/eval/fixtures, see LABELS.md) and the everyday set
 * (apps/eval/fixtures/everyday, same organizations and offers) must stay postable through the
 * API and their labels must never reward a pair the product is not allowed to suggest.
 */

type Organization = FixtureOrganization;
type Posting = FixturePosting;
type Need = FixtureNeed;
type Offer = FixtureOffer;

// The API's offer DTO refuses contact details with these patterns (apps/api/src/offers/dto/offer.dto.ts).
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const PHONE = /(?:\+|\b0)\d(?:[\s.-]?\d){7,}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isSet = (values: readonly string[]) => new Set(values).size === values.length;
const within = (text: string, min: number, max: number) => text.trim().length >= min && text.trim().length <= max;

/** Problems a posting would get from the API's shared field rules (postingFields). */
function postingProblems(p: Posting): string[] {
  const problems: string[] = [];
  if (!within(p.title, 5, 200)) problems.push('title length');
  if (!within(p.description, 20, 5000)) problems.push('description length');
  if (p.skills.length > 30 || !isSet(p.skills) || !p.skills.every((s) => UUID.test(s))) problems.push('skills');
  if (p.keywords.length > 20 || !isSet(p.keywords) || !p.keywords.every((k) => within(k, 1, 60))) problems.push('keywords');
  if (!p.languages.length || p.languages.length > 10 || !isSet(p.languages) || !p.languages.every((l) => LANGUAGE_CODES.has(l))) {
    problems.push('languages');
  }
  if (!Number.isInteger(p.effortDays) || p.effortDays < 1 || p.effortDays > 3660) problems.push('effortDays');
  if (!p.mechanisms.length || !isSet(p.mechanisms) || !p.mechanisms.every((m) => MECHANISM_CODES.includes(m))) problems.push('mechanisms');
  if (p.lang !== 'fr' && p.lang !== 'en') problems.push('lang');
  return problems;
}

const catalog = new Set(readCatalog().map((s) => s.id));

type SetOptions = {
  /** The main set lists a cross-language pair for every need; the everyday set only where the offers allow it. */
  crossLanguageForEveryNeed: boolean;
  /** Checks that only this set must pass. */
  extra?: (fixtures: Fixtures) => void;
};

/** Registers the checks of one fixture set. */
function checkFixtureSet(name: string, fixtures: Fixtures, options: SetOptions): void {
  const { organizations, needs, offers, labels, crossLanguage } = fixtures;
  const organizationByKey = new Map(organizations.map((o) => [o.key, o]));
  const needByKey = new Map(needs.map((n) => [n.key, n]));
  const offerByKey = new Map(offers.map((o) => [o.key, o]));

  function needProblems(n: Need): string[] {
    const problems = postingProblems(n);
    if (organizationByKey.get(n.host) === undefined) problems.push('unknown host');
    if (!COUNTRY_CODES.has(n.country)) problems.push('country');
    if (n.city !== null && !within(n.city, 1, 120)) problems.push('city');
    if (!WORK_MODES.includes(n.workMode)) problems.push('workMode');
    if (!isIsoDate(n.startDate) || !isIsoDate(n.endDate)) problems.push('dates');
    else if (checkPeriod(n.startDate, n.endDate, n.effortDays)) problems.push(`period: ${checkPeriod(n.startDate, n.endDate, n.effortDays)?.reason}`);
    if (n.startDate < '2027-01-01' || n.endDate > '2028-12-31') problems.push('dates outside 2027-2028');
    if (n.split !== 'tune' && n.split !== 'holdout') problems.push('split');
    if (!n.domain) problems.push('domain');
    return problems;
  }

  function offerProblems(o: Offer): string[] {
    const problems = postingProblems(o);
    if (organizationByKey.get(o.provider) === undefined) problems.push('unknown provider');
    if ([o.title, o.description].some((text) => EMAIL.test(text) || PHONE.test(text))) problems.push('contact details');
    if (!isIsoDate(o.availableFrom) || (o.availableTo !== null && !isIsoDate(o.availableTo))) problems.push('dates');
    else if (checkPeriod(o.availableFrom, o.availableTo, o.effortDays)) problems.push('period');
    if (!o.workModes.length || !isSet(o.workModes) || !o.workModes.every((m) => WORK_MODES.includes(m))) problems.push('workModes');
    if (o.countries.length > 50 || !isSet(o.countries) || !o.countries.every((c) => COUNTRY_CODES.has(c))) problems.push('countries');
    return problems;
  }

  const blockers = (need: Need, offer: Offer) => pairBlockers(need, offer, organizationByKey);

  const labelledPairs = Object.entries(labels).flatMap(([needKey, graded]) =>
    Object.entries(graded).map(([offerKey, grade]) => ({ needKey, offerKey, grade })),
  );

  describe(name, () => {
    it('have enough needs and offers, in both languages, with unique keys', () => {
      expect(needs.length).toBeGreaterThanOrEqual(60);
      expect(offers.length).toBeGreaterThanOrEqual(300);
      for (const lang of ['fr', 'en']) {
        expect(needs.filter((n) => n.lang === lang).length).toBeGreaterThan(0);
        expect(offers.filter((o) => o.lang === lang).length).toBeGreaterThan(0);
      }
      expect(isSet(organizations.map((o) => o.key))).toBe(true);
      expect(isSet(needs.map((n) => n.key))).toBe(true);
      expect(isSet(offers.map((o) => o.key))).toBe(true);
    });

    it('describe organizations with known kinds and countries', () => {
      const bad = organizations.filter(
        (o) => !ORGANIZATION_KINDS.includes(o.kind) || !COUNTRY_CODES.has(o.country) || !within(o.name, 1, 200) || typeof o.generalInterest !== 'boolean',
      );
      expect(bad.map((o) => o.key)).toEqual([]);
    });

    it('have needs the API would accept', () => {
      const bad = needs.map((n) => [n.key, needProblems(n)] as const).filter(([, problems]) => problems.length);
      expect(bad).toEqual([]);
    });

    it('have offers the API would accept', () => {
      const bad = offers.map((o) => [o.key, offerProblems(o)] as const).filter(([, problems]) => problems.length);
      expect(bad).toEqual([]);
    });

    it('only use skills of the shipped catalog', () => {
      const unknown = [...needs, ...offers].flatMap((p) => p.skills.filter((id) => !catalog.has(id)).map((id) => `${p.key}: ${id}`));
      expect(unknown).toEqual([]);
    });

    it('label every need with 3 to 12 existing offers, graded 1 to 3', () => {
      expect(Object.keys(labels).sort()).toEqual(needs.map((n) => n.key).sort());
      const counts = needs.map((n) => [n.key, Object.keys(labels[n.key]).length] as const);
      expect(counts.filter(([, count]) => count < 3 || count > 12)).toEqual([]);
      expect(labelledPairs.filter((p) => !offerByKey.has(p.offerKey) || ![1, 2, 3].includes(p.grade))).toEqual([]);
    });

    it('give every need at least one offer of grade 2 or 3', () => {
      expect(needs.filter((n) => !Object.values(labels[n.key] ?? {}).some((grade) => grade >= 2)).map((n) => n.key)).toEqual([]);
    });

    it('never grade a pair the product must not suggest (hard constraints, usable mechanism)', () => {
      const blocked = labelledPairs
        .map((p) => ({ ...p, blockers: blockers(needByKey.get(p.needKey)!, offerByKey.get(p.offerKey)!) }))
        .filter((p) => p.blockers.length);
      expect(blocked).toEqual([]);
    });

    it('list exactly the relevant cross-language pairs (grade 2 or 3, texts in different languages)', () => {
      expect(crossLanguage.length).toBeGreaterThanOrEqual(30);
      const wrong = crossLanguage.filter(({ need, offer }) => {
        const n = needByKey.get(need);
        const o = offerByKey.get(offer);
        return !n || !o || n.lang === o.lang || (labels[need]?.[offer] ?? 0) < 2;
      });
      expect(wrong).toEqual([]);
      const listed = new Set(crossLanguage.map(({ need, offer }) => `${need} ${offer}`));
      expect(listed.size).toBe(crossLanguage.length);
      const missing = labelledPairs
        .filter((p) => p.grade >= 2 && needByKey.get(p.needKey)?.lang !== offerByKey.get(p.offerKey)?.lang)
        .map((p) => `${p.needKey} ${p.offerKey}`)
        .filter((pair) => !listed.has(pair));
      expect(missing).toEqual([]);
      if (options.crossLanguageForEveryNeed) {
        const covered = new Set(crossLanguage.map((p) => p.need));
        expect(needs.filter((n) => !covered.has(n.key)).map((n) => n.key)).toEqual([]);
      }
    });

    it('split needs into a tuning half and a held-out half, each with French and English needs', () => {
      for (const split of ['tune', 'holdout'] as const) {
        const part = needs.filter((n) => n.split === split);
        expect(part.length).toBeGreaterThanOrEqual(Math.floor(needs.length / 2) - 2);
        expect(part.some((n) => n.lang === 'fr')).toBe(true);
        expect(part.some((n) => n.lang === 'en')).toBe(true);
      }
    });

    it('split every domain and every language evenly, one need apart at most', () => {
      const groups = [...new Set(needs.map((n) => n.domain)), 'fr', 'en'];
      const uneven = groups
        .map((group) => {
          const inGroup = needs.filter((n) => n.domain === group || n.lang === group);
          const tune = inGroup.filter((n) => n.split === 'tune').length;
          return { group, tune, holdout: inGroup.length - tune };
        })
        .filter(({ tune, holdout }) => Math.abs(tune - holdout) > 1);
      expect(uneven).toEqual([]);
    });

    options.extra?.(fixtures);
  });
}

checkFixtureSet('matching-quality fixtures', readFixtures(), { crossLanguageForEveryNeed: true });

checkFixtureSet('everyday matching-quality fixtures', readEverydayFixtures(), {
  crossLanguageForEveryNeed: false,
  extra: ({ needs }) => {
    it('mostly have needs posted as free text, with no skill picked (3/4 at least)', () => {
      expect(needs.filter((n) => n.skills.length === 0).length).toBeGreaterThanOrEqual(Math.ceil((needs.length * 3) / 4));
    });
  },
});
