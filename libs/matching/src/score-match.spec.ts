import { MEANING_CEILING, MEANING_FLOOR, meaningFactor } from './factors';
import { MATCH_WEIGHTS, MEANING_WEIGHT, scoreMatch } from './score-match';
import { aNeed, anOffer, SKILL } from './test/factories';
import type { MatchableNeed, MatchableOffer, SkillRelations } from './match-types';

const skillRelations: SkillRelations = new Map([
  [SKILL.accounting, [SKILL.finance]],
  [SKILL.bookkeeping, [SKILL.finance]],
]);
const perfect = { textRelevance: 1, skillRelations };
const FACTORS = ['skills', 'text', 'dates', 'effort', 'language', 'proximity', 'mechanisms'];

type Pair = [string, Partial<MatchableNeed>, Partial<MatchableOffer>, number];

// Pairs that pass every hard constraint, from best to worst, with their expected score.
const pairs: Pair[] = [
  ['perfect', {}, {}, 1],
  ['half the skills', {}, { skills: [SKILL.accounting] }, 0.825],
  ['related skill only', { skills: [SKILL.bookkeeping] }, { skills: [SKILL.accounting] }, 0.825],
  ['need with no skills', { skills: [] }, {}, 0.825],
  ['15 of the 31 days, open-ended', {}, { availableFrom: '2026-03-17', availableTo: null }, 0.923],
  ['half the effort', {}, { effortDays: 5 }, 0.95],
  ['some languages', { languages: ['fr', 'en'] }, {}, 0.987],
  ['same country', {}, { city: 'Thiès' }, 0.975],
  ['remote need, provider abroad', { workMode: 'remote' }, { country: 'FR', city: 'Lyon' }, 0.975],
  [
    'worst on everything but text',
    { skills: [SKILL.hydraulics], languages: ['fr', 'en'] },
    { skills: [], availableFrom: '2026-03-31', effortDays: 1, country: 'FR', city: 'Lyon' },
    0.352, // text 0.30 + dates 0.15/31 + effort 0.1x0.1 + language 0.05x0.75
  ],
];

describe('MATCH_WEIGHTS', () => {
  it('sums to 1 and weights skills most', () => {
    const weights = Object.values(MATCH_WEIGHTS);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(Math.max(...weights)).toBe(MATCH_WEIGHTS.skills);
  });
});

describe('scoreMatch', () => {
  it.each(pairs)('%s: expected score, within [0,1], every reason', (_name, need, offer, score) => {
    const result = scoreMatch(aNeed(need), anOffer(offer), perfect);
    expect(result).not.toBeNull();
    expect(result!.score).toBe(score);
    expect(result!.score).toBeGreaterThanOrEqual(0);
    expect(result!.score).toBeLessThanOrEqual(1);
    expect(result!.reasons.map((r) => r.factor)).toEqual(FACTORS);
    for (const reason of result!.reasons) {
      expect(reason.value).toBeGreaterThanOrEqual(0);
      expect(reason.value).toBeLessThanOrEqual(1);
      expect(reason.text.fr).toMatch(/^\S.*\.$/);
      expect(reason.text.en).toMatch(/^\S.*\.$/);
    }
  });

  it('keeps only what is left when text relevance is unknown and skills, place fail', () => {
    const result = scoreMatch(
      aNeed({ skills: [SKILL.hydraulics] }),
      anOffer({ skills: [], availableFrom: '2026-03-31', effortDays: 1, country: 'FR', city: 'Lyon' }),
      { textRelevance: 0, skillRelations },
    );
    // dates 0.15/31 + effort 0.1x0.1 + language 0.05.
    expect(result!.score).toBe(0.065);
  });

  it.each([
    ['mechanism', {}, { mechanisms: ['vsi'] }],
    ['dates', {}, { availableTo: '2026-02-01' }],
    ['language', { languages: ['en'] }, {}],
    ['place', {}, { countries: ['ML'] }],
  ] as Array<[string, Partial<MatchableNeed>, Partial<MatchableOffer>]>)(
    'returns null when the %s constraint fails',
    (_name, need, offer) => {
      expect(scoreMatch(aNeed(need), anOffer(offer), perfect)).toBeNull();
    },
  );

  it('scores a better skill match higher, all else equal', () => {
    const need = aNeed({ skills: [SKILL.accounting, SKILL.bookkeeping, SKILL.hydraulics] });
    const offers = [
      [SKILL.accounting, SKILL.bookkeeping, SKILL.hydraulics], // 3 exact
      [SKILL.accounting, SKILL.bookkeeping], // 2 exact
      [SKILL.accounting], // 1 exact + 1 related
      [SKILL.gardening], // nothing
    ].map((skills) => scoreMatch(need, anOffer({ skills }), { textRelevance: 0.4, skillRelations })!.score);
    expect(offers).toEqual([...offers].sort((a, b) => b - a));
    expect(new Set(offers).size).toBe(offers.length);
  });

  it('weighs the skills named by the need\'s text less than the picked ones', () => {
    const skillsValue = (textSkills: string[]) =>
      scoreMatch(aNeed({ skills: [SKILL.accounting], textSkills }), anOffer({ skills: [SKILL.accounting] }), perfect)!.reasons[0].value;
    expect(skillsValue([])).toBe(1);
    expect(skillsValue([SKILL.hydraulics])).toBe(0.8); // 1 / (1 + 0.25)
  });

  it('scores more text relevance higher, all else equal', () => {
    const [low, high] = [0.2, 0.8].map(
      (textRelevance) => scoreMatch(aNeed(), anOffer({ skills: [] }), { textRelevance, skillRelations })!.score,
    );
    expect(high).toBeGreaterThan(low);
  });

  it('rounds the score and the values to 3 decimals', () => {
    const result = scoreMatch(aNeed(), anOffer({ availableFrom: '2026-03-03', availableTo: null }), {
      textRelevance: 0.123456,
      skillRelations,
    })!;
    for (const n of [result.score, ...result.reasons.map((r) => r.value)]) {
      expect(Math.round(n * 1000) / 1000).toBe(n);
    }
    expect(result.reasons.find((r) => r.factor === 'dates')!.value).toBe(0.935);
  });

  it('gives the shared mechanisms, unweighted, in a reason', () => {
    const result = scoreMatch(aNeed({ mechanisms: ['staff_loan', 'skills_sponsorship', 'vsi'] }), anOffer(), perfect)!;
    expect(result.mechanisms).toEqual(['skills_sponsorship', 'staff_loan']);
    expect(result.reasons.at(-1)).toEqual({
      factor: 'mechanisms',
      weight: 0,
      value: 1,
      text: {
        fr: 'Dispositifs possibles des deux côtés : skills_sponsorship, staff_loan.',
        en: 'Mechanisms both sides can use: skills_sponsorship, staff_loan.',
      },
    });
  });

  it('weights each reason as MATCH_WEIGHTS says', () => {
    const result = scoreMatch(aNeed(), anOffer(), perfect)!;
    for (const reason of result.reasons.filter((r) => r.factor !== 'mechanisms')) {
      expect(reason.weight).toBe(MATCH_WEIGHTS[reason.factor as keyof typeof MATCH_WEIGHTS]);
    }
  });
});

describe('scoreMatch with closeness in meaning', () => {
  const need = aNeed();
  const offer = anOffer({ skills: [SKILL.accounting] });
  const lexical = scoreMatch(need, offer, perfect)!;

  it('gives the lexical score alone when the texts are not both embedded', () => {
    expect(scoreMatch(need, offer, { ...perfect, meaning: null })).toEqual(lexical);
    expect(lexical.reasons.map((r) => r.factor)).not.toContain('meaning');
  });

  it(`blends in ${MEANING_WEIGHT} of meaning, the lexical factors sharing the rest`, () => {
    const close = scoreMatch(need, offer, { ...perfect, meaning: MEANING_CEILING })!;
    const apart = scoreMatch(need, offer, { ...perfect, meaning: MEANING_FLOOR })!;

    expect(close.score).toBeCloseTo((1 - MEANING_WEIGHT) * lexical.score + MEANING_WEIGHT, 2);
    expect(apart.score).toBeCloseTo((1 - MEANING_WEIGHT) * lexical.score, 2);
    expect(close.reasons.map((r) => r.factor)).toEqual(['skills', 'text', 'meaning', 'dates', 'effort', 'language', 'proximity', 'mechanisms']);
    expect(close.reasons.reduce((sum, r) => sum + r.weight, 0)).toBeCloseTo(1, 2);
    expect(close.reasons.find((r) => r.factor === 'skills')!.weight).toBeCloseTo((1 - MEANING_WEIGHT) * MATCH_WEIGHTS.skills, 3);
  });
});

describe('meaningFactor', () => {
  it.each([
    [MEANING_FLOOR - 0.1, 0],
    [MEANING_FLOOR, 0],
    [(MEANING_FLOOR + MEANING_CEILING) / 2, 0.5],
    [MEANING_CEILING, 1],
    [0.95, 1],
    [Number.NaN, 0],
  ])('a cosine of %d gives %d', (cosine, value) => {
    expect(meaningFactor(cosine).value).toBeCloseTo(value, 3);
  });

  it('says in both languages how close the texts are, or that they are about different things', () => {
    expect(meaningFactor(0.42).text).toEqual({
      fr: 'Les deux textes disent des choses proches, même en d’autres mots : 60\u00a0% de proximité de sens.',
      en: 'The two texts say close things, even in other words: 60% close in meaning.',
    });
    expect(meaningFactor(0.1).text.en).toBe('The two texts are about different things.');
  });
});
