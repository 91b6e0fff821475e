import { dayNumber, needDocument, offerDocument, OPEN_ENDED_DAY, organizationDocument, skillDocument, skillLabels } from './documents';

const ACCOUNTING = { id: '880c54f9-866e-4f37-b5fa-25ef8a7d49b6', labelEn: 'accounting techniques', labelFr: 'techniques comptables' };
const BUDGETS = { id: '21c5790c-0930-4d74-b3b0-84caf5af12ea', labelEn: 'manage budgets', labelFr: null };
const OTHER = { id: '68e66ed6-a171-4350-8ec1-2cfc4cae50e4', labelEn: 'hydraulics', labelFr: 'hydraulique' };

// A row as TypeORM loads it, with fields that must never reach the index.
const organization = {
  id: 'a0000000-0000-4000-8000-000000000001',
  name: 'Les Salines de Casamance',
  kind: 'association' as const,
  country: 'FR',
  region: 'Bretagne',
  city: 'Rennes',
  description: 'Coopératives de sel',
  website: 'https://salines.example',
  generalInterest: true,
  siren: null,
  rna: 'W353012345',
  searchText: 'les salines',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  updatedAt: new Date('2026-01-02T00:00:00Z'),
};

const posting = {
  id: 'b0000000-0000-4000-8000-000000000001',
  organizationId: organization.id,
  title: 'Comptable',
  description: 'Former la trésorière',
  keywords: ['comptabilité'],
  skills: [ACCOUNTING.id, BUDGETS.id, 'c0000000-0000-4000-8000-00000000dead'],
  languages: ['fr'],
  effortDays: 15,
  mechanisms: ['skills_sponsorship' as const, 'volunteering' as const],
  status: 'open' as const,
  publishedAt: new Date('2026-11-01T09:00:00Z'),
  closedAt: null,
  searchText: 'comptable',
  createdById: 'd0000000-0000-4000-8000-00000000user',
  createdAt: new Date('2026-10-01T00:00:00Z'),
  updatedAt: new Date('2026-10-02T00:00:00Z'),
};

const need = { ...posting, country: 'SN', city: 'Kafountine', workMode: 'hybrid' as const, startDate: '2027-02-01', endDate: '2027-04-30' };
const offer = { ...posting, availableFrom: '2027-01-01', availableTo: null, workModes: ['remote' as const], countries: [] };

/** Every key of a document, nested ones as a.b. */
const paths = (value: object, prefix = ''): string[] =>
  Object.entries(value).flatMap(([key, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? paths(v, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe('dayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2027-02-01', 20_850],
    ['9999-12-31', OPEN_ENDED_DAY],
  ])('%s -> %d', (date, expected) => {
    expect(dayNumber(date)).toBe(expected);
  });
});

describe('skillLabels', () => {
  it('gives French then English labels of the posting skills only, in its order, without repeats', () => {
    expect(skillLabels([BUDGETS.id, ACCOUNTING.id, BUDGETS.id], [OTHER, ACCOUNTING, BUDGETS])).toEqual([
      'manage budgets',
      'techniques comptables',
      'accounting techniques',
    ]);
  });
});

describe('needDocument', () => {
  const TEXT_SKILL = '0a000000-0000-4000-8000-000000000001';
  const document = needDocument(need, organization, [ACCOUNTING, BUDGETS, OTHER], { matchSkills: [posting.skills[0], TEXT_SKILL], terms: ['account', 'train', 'treasur'] });

  it('carries the listing fields, filter fields as codes and dates as numbers', () => {
    expect(document).toEqual({
      id: posting.id,
      title: 'Comptable',
      description: 'Former la trésorière',
      keywords: ['comptabilité'],
      skills: posting.skills,
      matchSkills: [...posting.skills, TEXT_SKILL], // picked ones, then those the text names, without repeats
      skillLabels: ['techniques comptables', 'accounting techniques', 'manage budgets'],
      // The keys of the catalog's synonyms whose values its texts name ("comptabilité" ← "bookkeeping").
      translations: ['accounting techniques', 'comptabilite', 'techniques comptables', 'accounting', 'bookkeeping'],
      terms: ['account', 'train', 'treasur'],
      status: 'open',
      mechanisms: ['skills_sponsorship', 'volunteering'],
      languages: ['fr'],
      effortDays: 15,
      publishedAt: Date.parse('2026-11-01T09:00:00Z') / 1000,
      region: 'Bretagne',
      organization: { id: organization.id, name: 'Les Salines de Casamance', kind: 'association', country: 'FR' },
      _vectors: { semantic: null }, // not embedded yet: Meilisearch wants the embedder named, even without a vector
      country: 'SN',
      city: 'Kafountine',
      workMode: 'hybrid',
      startDate: '2027-02-01',
      endDate: '2027-04-30',
      startDay: dayNumber('2027-02-01'),
      endDay: dayNumber('2027-04-30'),
    });
  });

  it('carries the text’s embedding when the worker has computed it', () => {
    const vector = [0.6, 0.8];
    expect(needDocument(need, organization, [], { matchSkills: [], terms: [], vector })._vectors).toEqual({ semantic: vector });
  });

  it('leaves out who wrote it and internal columns', () => {
    for (const field of ['createdById', 'organizationId', 'searchText', 'createdAt', 'updatedAt', 'closedAt']) {
      expect(paths(document)).not.toContain(field);
    }
    expect(JSON.stringify(document)).not.toContain(posting.createdById);
  });

  it('keeps a draft as a draft, with no publication time', () => {
    expect(needDocument({ ...need, status: 'draft', publishedAt: null }, organization)).toMatchObject({
      status: 'draft',
      publishedAt: null,
      skillLabels: [],
      terms: [],
    });
  });
});

describe('offerDocument', () => {
  it.each([
    [[], true],
    [['SN', 'GN'], false],
  ])('countries %j -> anywhere %s', (countries, anywhere) => {
    expect(offerDocument({ ...offer, countries }, organization)).toMatchObject({ countries, anywhere });
  });

  it('places the offer at its organization and gives open-ended availability a far end', () => {
    const document = offerDocument(offer, organization, [ACCOUNTING]);
    expect(document).toMatchObject({
      country: 'FR',
      city: 'Rennes',
      region: 'Bretagne',
      workModes: ['remote'],
      availableFrom: '2027-01-01',
      availableTo: null,
      fromDay: dayNumber('2027-01-01'),
      toDay: OPEN_ENDED_DAY,
      skillLabels: ['techniques comptables', 'accounting techniques'],
    });
    expect(offerDocument({ ...offer, availableTo: '2027-06-30' }, organization).toDay).toBe(dayNumber('2027-06-30'));
    expect(JSON.stringify(document)).not.toContain(posting.createdById);
  });
});

describe('organizationDocument', () => {
  it('keeps the public profile, not identifiers or internal columns', () => {
    expect(organizationDocument({ ...organization, verifiedAt: null })).toEqual({
      id: organization.id,
      name: 'Les Salines de Casamance',
      kind: 'association',
      country: 'FR',
      region: 'Bretagne',
      city: 'Rennes',
      description: 'Coopératives de sel',
      translations: [],
      website: 'https://salines.example',
      generalInterest: true,
      verified: false,
      _vectors: { semantic: null },
    });
    expect(organizationDocument({ ...organization, verifiedAt: new Date() }).verified).toBe(true);
    expect(organizationDocument({ ...organization, verifiedAt: null }, [0.5, -0.5])._vectors).toEqual({ semantic: [0.5, -0.5] });
  });
});

describe('skillDocument', () => {
  it('keeps both languages and alternative labels, not the folded search columns', () => {
    const skill = { ...ACCOUNTING, type: 'knowledge' as const, altLabelsEn: ['accounting methods'], altLabelsFr: [], searchEn: 'x', searchFr: 'y', broaderIds: [] };
    expect(skillDocument(skill)).toEqual({
      id: ACCOUNTING.id,
      type: 'knowledge',
      labelEn: 'accounting techniques',
      labelFr: 'techniques comptables',
      altLabelsEn: ['accounting methods'],
      altLabelsFr: [],
    });
  });
});
