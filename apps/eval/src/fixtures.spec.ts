import {
  checkPeriod,
  COUNTRY_CODES,
  isIsoDate,
  LANGUAGE_CODES,
  MECHANISM_CODES,
  ORGANIZATION_KINDS,
  WORK_MODES,
} from '@relais/domain';
import { hardConstraintFailures, sharedMechanisms, type MatchableNeed, type MatchableOffer } from '@relais/matching';
import { readCatalog } from '@relais/skills-catalog';
import { usableMechanisms } from '@relais/toolbox';
import { readFixtures, type FixtureNeed, type FixtureOffer, type FixtureOrganization, type FixturePosting } from './fixtures';

/**
 * The matching-quality fixtures (apps/eval/fixtures, see LABELS.md) must stay postable through
 * the API and their labels must never reward a pair the product is not allowed to suggest.
 */

type Organization = FixtureOrganization;
type Posting = FixturePosting;
type Need = FixtureNeed;
type Offer = FixtureOffer;

const { organizations, needs, offers, labels, crossLanguage } = readFixtures();

const organizationByKey = new Map(organizations.map((o) => [o.key, o]));
const needByKey = new Map(needs.map((n) => [n.key, n]));
const offerByKey = new Map(offers.map((o) => [o.key, o]));

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

/** The need and offer as the worker hands them to the scorer (location fields from the organizations). */
function matchable(need: Need, offer: Offer): { n: MatchableNeed; o: MatchableOffer } {
  const host = organizationByKey.get(need.host)!;
  const provider = organizationByKey.get(offer.provider)!;
  return {
    n: { ...need, id: need.key, region: host.region },
    o: { ...offer, id: offer.key, country: provider.country, region: provider.region, city: provider.city },
  };
}

/** Why the product could not suggest the pair: a failed hard constraint, or no mechanism both organizations can use. */
function blockers(need: Need, offer: Offer): string[] {
  const { n, o } = matchable(need, offer);
  const failures: string[] = hardConstraintFailures(n, o);
  const host = organizationByKey.get(need.host)!;
  const provider = organizationByKey.get(offer.provider)!;
  const facts = (org: Organization) => ({ kind: org.kind, country: org.country, generalInterest: org.generalInterest });
  const usable = usableMechanisms(facts(host), facts(provider), sharedMechanisms(n, o), {
    destinationCountry: need.country,
    startDate: need.startDate,
  });
  if (!failures.includes('mechanism') && !usable.length) failures.push('no usable mechanism');
  return failures;
}

const labelledPairs = Object.entries(labels).flatMap(([needKey, graded]) =>
  Object.entries(graded).map(([offerKey, grade]) => ({ needKey, offerKey, grade })),
);

describe('matching-quality fixtures', () => {
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
    const catalog = new Set(readCatalog().map((s) => s.id));
    const unknown = [...needs, ...offers].flatMap((p) => p.skills.filter((id) => !catalog.has(id)).map((id) => `${p.key}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it('label every need with 3 to 12 existing offers, graded 1 to 3', () => {
    expect(Object.keys(labels).sort()).toEqual(needs.map((n) => n.key).sort());
    const counts = needs.map((n) => [n.key, Object.keys(labels[n.key]).length] as const);
    expect(counts.filter(([, count]) => count < 3 || count > 12)).toEqual([]);
    expect(labelledPairs.filter((p) => !offerByKey.has(p.offerKey) || ![1, 2, 3].includes(p.grade))).toEqual([]);
  });

  it('never grade a pair the product must not suggest (hard constraints, usable mechanism)', () => {
    const blocked = labelledPairs
      .map((p) => ({ ...p, blockers: blockers(needByKey.get(p.needKey)!, offerByKey.get(p.offerKey)!) }))
      .filter((p) => p.blockers.length);
    expect(blocked).toEqual([]);
  });

  it('list at least 30 relevant cross-language pairs, one for every need at least', () => {
    expect(crossLanguage.length).toBeGreaterThanOrEqual(30);
    const wrong = crossLanguage.filter(({ need, offer }) => {
      const n = needByKey.get(need);
      const o = offerByKey.get(offer);
      return !n || !o || n.lang === o.lang || (labels[need]?.[offer] ?? 0) < 2;
    });
    expect(wrong).toEqual([]);
    const covered = new Set(crossLanguage.map((p) => p.need));
    expect(needs.filter((n) => !covered.has(n.key)).map((n) => n.key)).toEqual([]);
  });

  it('split needs into a tuning half and a held-out half, each with French and English needs', () => {
    for (const split of ['tune', 'holdout'] as const) {
      const part = needs.filter((n) => n.split === split);
      expect(part.length).toBeGreaterThanOrEqual(Math.floor(needs.length / 2) - 2);
      expect(part.some((n) => n.lang === 'fr')).toBe(true);
      expect(part.some((n) => n.lang === 'en')).toBe(true);
    }
  });
});
