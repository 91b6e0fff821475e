import { dayNumber, OPEN_ENDED_DAY } from './documents';
import {
  needCandidatesFilter,
  needsListingFilter,
  offerCandidatesFilter,
  offersListingFilter,
  organizationsFilter,
  quote,
  SearchFilterError,
  withSharedSkills,
  withTerm,
  type CandidateNeed,
  type CandidateOffer,
} from './filters';

const SKILL = '880c54f9-866e-4f37-b5fa-25ef8a7d49b6';

/** Values an attacker (or a careless caller) could send, in every field. */
const CRAFTED = [
  'FR" OR status = "draft',
  'FR OR status = draft',
  'fr',
  'FR ',
  '"FR"',
  'FR\\',
  '',
  'XX',
  42,
  null,
  ['FR'],
];

describe('needsListingFilter', () => {
  it.each([
    [{}, 'status = "open"'],
    [{ country: 'SN' }, 'status = "open" AND country = "SN"'],
    [
      { country: 'SN', mechanism: 'staff_loan', workMode: 'remote', skills: [SKILL.toUpperCase(), SKILL] },
      `status = "open" AND country = "SN" AND mechanisms = "staff_loan" AND workMode = "remote" AND skills IN ["${SKILL}"]`,
    ],
    [{ skills: [] }, 'status = "open"'],
  ])('%j', (filters, expected) => {
    expect(needsListingFilter(filters)).toBe(expected);
  });
});

describe('offersListingFilter', () => {
  it.each([
    [{}, 'status = "open"'],
    [{ country: 'SN' }, 'status = "open" AND (anywhere = true OR countries = "SN")'],
    [
      { workMode: 'onsite', mechanism: 'vsi', country: 'GN' },
      'status = "open" AND (anywhere = true OR countries = "GN") AND mechanisms = "vsi" AND workModes = "onsite"',
    ],
  ])('%j', (filters, expected) => {
    expect(offersListingFilter(filters)).toBe(expected);
  });
});

describe('organizationsFilter', () => {
  it.each([
    [{}, undefined],
    [{ kind: 'company' }, 'kind = "company"'],
    [{ kind: 'university', country: 'FR' }, 'kind = "university" AND country = "FR"'],
  ])('%j', (filters, expected) => {
    expect(organizationsFilter(filters)).toBe(expected);
  });
});

describe('crafted values never reach a filter', () => {
  // [field, builder, values among CRAFTED that are legitimate for that field]
  const builders: [string, (value: never) => unknown, unknown[]?][] = [
    ['needs country', (country) => needsListingFilter({ country })],
    ['needs mechanism', (mechanism) => needsListingFilter({ mechanism })],
    ['needs workMode', (workMode) => needsListingFilter({ workMode })],
    ['needs skills', (skill) => needsListingFilter({ skills: [skill] })],
    ['offers country', (country) => offersListingFilter({ country })],
    ['offers mechanism', (mechanism) => offersListingFilter({ mechanism })],
    ['offers workMode', (workMode) => offersListingFilter({ workMode })],
    ['offers skills', (skill) => offersListingFilter({ skills: [skill] })],
    ['organizations kind', (kind) => organizationsFilter({ kind })],
    ['organizations country', (country) => organizationsFilter({ country })],
    ['need candidates country', (country) => offerCandidatesFilter({ ...NEED, country })],
    ['need candidates language', (language) => offerCandidatesFilter({ ...NEED, languages: [language] }), ['fr']],
    ['need candidates mechanism', (mechanism) => offerCandidatesFilter({ ...NEED, mechanisms: [mechanism] })],
    ['need candidates workMode', (workMode) => offerCandidatesFilter({ ...NEED, workMode })],
    ['need candidates start date', (startDate) => offerCandidatesFilter({ ...NEED, startDate })],
    ['offer candidates country', (country) => needCandidatesFilter({ ...OFFER, countries: [country] })],
    ['offer candidates workMode', (workMode) => needCandidatesFilter({ ...OFFER, workModes: [workMode] })],
    ['offer candidates end date', (availableTo) => needCandidatesFilter({ ...OFFER, availableTo }), [null]],
  ];

  const cases = builders.flatMap(([name, build, valid = []]) =>
    CRAFTED.filter((value) => !valid.includes(value)).map((value) => [name, value, build] as const),
  );

  it.each(cases)('%s: %j throws',
    (_name, value, build) => {
      expect(() => build(value as never)).toThrow(SearchFilterError);
    },
  );

  it('names the field and does not echo a long value', () => {
    const error = (() => {
      try {
        needsListingFilter({ country: `FR" OR status = "draft${'x'.repeat(500)}` });
      } catch (e) {
        return e as SearchFilterError;
      }
    })();
    expect(error).toBeInstanceOf(SearchFilterError);
    expect(error?.field).toBe('country');
    expect(error?.message.length).toBeLessThan(100);
  });

  it('refuses too many skills', () => {
    expect(() => needsListingFilter({ skills: Array(51).fill(SKILL) })).toThrow('must not list more than 50');
  });

  it('escapes quotes and backslashes when quoting anyway', () => {
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
});

const NEED: CandidateNeed = {
  mechanisms: ['skills_sponsorship', 'volunteering'],
  languages: ['fr', 'wo'],
  country: 'SN',
  workMode: 'hybrid',
  startDate: '2027-02-01',
  endDate: '2027-04-30',
};

const OFFER: CandidateOffer = {
  mechanisms: ['skills_sponsorship'],
  languages: ['fr', 'en'],
  countries: ['SN', 'GN'],
  workModes: ['remote', 'onsite'],
  availableFrom: '2027-01-01',
  availableTo: '2027-03-31',
};

describe('offerCandidatesFilter', () => {
  const start = dayNumber('2027-02-01');
  const end = dayNumber('2027-04-30');
  const common =
    `status = "open" AND mechanisms IN ["skills_sponsorship", "volunteering"] AND fromDay <= ${end} AND toDay >= ${start}` +
    ` AND languages IN ["fr", "wo"]`;

  it('accepts distance work or travel to the need country when the need is not on site only', () => {
    expect(offerCandidatesFilter(NEED)).toBe(
      `${common} AND ((workModes IN ["remote", "hybrid"]) OR ((anywhere = true OR countries = "SN") AND workModes IN ["onsite", "hybrid"]))`,
    );
  });

  it('requires travel when the need is on site', () => {
    expect(offerCandidatesFilter({ ...NEED, workMode: 'onsite' })).toBe(
      `${common} AND ((anywhere = true OR countries = "SN") AND workModes IN ["onsite", "hybrid"])`,
    );
  });

  it.each([
    ['no mechanism', { mechanisms: [] }],
    ['no language', { languages: [] }],
  ])('matches nothing with %s', (_case, change) => {
    expect(offerCandidatesFilter({ ...NEED, ...change })).toBe('status = "none"');
  });
});

describe('needCandidatesFilter', () => {
  const from = dayNumber('2027-01-01');
  const common = (to: number) =>
    `status = "open" AND mechanisms IN ["skills_sponsorship"] AND startDay <= ${to} AND endDay >= ${from} AND languages IN ["fr", "en"]`;

  it.each([
    [
      'remote or travel to listed countries',
      {},
      `${common(dayNumber('2027-03-31'))} AND (workMode IN ["remote", "hybrid"] OR country IN ["SN", "GN"])`,
    ],
    ['travel anywhere: every place fits', { countries: [] }, common(dayNumber('2027-03-31'))],
    ['remote only', { workModes: ['remote'] }, `${common(dayNumber('2027-03-31'))} AND workMode IN ["remote", "hybrid"]`],
    ['on site only', { workModes: ['onsite'] }, `${common(dayNumber('2027-03-31'))} AND country IN ["SN", "GN"]`],
    ['open-ended availability', { availableTo: null }, `${common(OPEN_ENDED_DAY)} AND (workMode IN ["remote", "hybrid"] OR country IN ["SN", "GN"])`],
    ['no work mode', { workModes: [] }, 'status = "none"'],
  ])('%s', (_case, change, expected) => {
    expect(needCandidatesFilter({ ...OFFER, ...change } as CandidateOffer)).toBe(expected);
  });
});

describe('withSharedSkills', () => {
  it('takes skill uuids and ESCO group codes, and refuses anything that could change the expression', () => {
    const base = needsListingFilter();
    expect(withSharedSkills(base, ['880c54f9-866e-4f37-b5fa-25ef8a7d49b6', '0411', 'S1.2.3'])).toBe(
      `(${base}) AND matchSkills IN ["880c54f9-866e-4f37-b5fa-25ef8a7d49b6", "0411", "S1.2.3"]`,
    );
    for (const crafted of ['0411" OR status = "draft', '0411 OR x', '', 'a'.repeat(41)]) {
      expect(() => withSharedSkills(base, [crafted])).toThrow(SearchFilterError);
    }
  });
});

describe('withTerm', () => {
  it('takes one folded word, and refuses anything that could change the expression', () => {
    const base = needsListingFilter();
    expect(withTerm(base, 'hydrogeologist')).toBe(`(${base}) AND terms = "hydrogeologist"`);
    expect(withTerm(base, 'covid19')).toBe(`(${base}) AND terms = "covid19"`);
    for (const crafted of [...CRAFTED.filter((value) => value !== 'fr'), 'Account', 'two words', 'a"b', 'x'.repeat(61)]) {
      expect(() => withTerm(base, crafted as string)).toThrow(SearchFilterError);
    }
  });
});
