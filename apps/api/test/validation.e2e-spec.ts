import { DataSource } from 'typeorm';
import { needBody, offerBody, SKILL_ACCOUNTING, TestApi } from './support/test-api';

/** A well-formed UUID (version 4) that is not in the ESCO catalog. */
const UNKNOWN_SKILL = 'd3b07384-d113-4ec6-a7a4-7c8f4e1b2a11';
const BODY_LIMIT_BYTES = 64 * 1024;

type Poster = { token: string; organizationId: string };
type BadRequest = {
  label: string;
  method: 'GET' | 'POST';
  url: (poster: Poster) => string;
  /** An object is sent as JSON; a string is sent as is. */
  body?: unknown;
  status: 400 | 413;
  code: 'VALIDATION_FAILED' | 'MALFORMED_BODY' | 'PAYLOAD_TOO_LARGE';
  /** The field path `details` must name; undefined when the body could not be read at all. */
  path?: string;
};

const needs = (p: Poster) => `/api/organizations/${p.organizationId}/needs`;
const offers = (p: Poster) => `/api/organizations/${p.organizationId}/offers`;
const organizations = () => '/api/organizations';
const organizationBody = (overrides: Record<string, unknown>) => ({
  name: 'Association des puisatiers',
  kind: 'association',
  country: 'FR',
  ...overrides,
});
const invalid = (label: string, method: 'GET' | 'POST', url: BadRequest['url'], body: unknown, path: string): BadRequest => ({
  label,
  method,
  url,
  body,
  status: 400,
  code: 'VALIDATION_FAILED',
  path,
});

const BAD_REQUESTS: BadRequest[] = [
  // PostgreSQL cannot store U+0000: these used to end in a 500.
  invalid('need whose title holds a NUL character', 'POST', needs, needBody({ title: 'Comptable\u0000 pour la coopérative' }), 'title'),
  invalid('need whose third keyword holds a NUL character', 'POST', needs, needBody({ keywords: ['a', 'b', 'c\u0000'] }), 'keywords.2'),
  invalid('offer whose description holds a NUL character', 'POST', offers, offerBody({ description: `${offerBody().description}\u0000` }), 'description'),
  invalid('organization whose name holds a NUL character', 'POST', organizations, organizationBody({ name: 'Puits\u0000' }), 'name'),
  invalid('a listing searched for a NUL character', 'GET', () => '/api/needs?q=puits%00', undefined, 'q'),
  invalid(
    'an account whose display name holds a NUL character',
    'POST',
    () => '/api/auth/register',
    { email: 'nul-character@example.org', password: 'correct horse battery staple', displayName: 'Awa\u0000' },
    'displayName',
  ),
  invalid('need with an unknown field', 'POST', needs, needBody({ nickname: 'x' }), 'nickname'),
  invalid('need with an unknown work mode', 'POST', needs, needBody({ workMode: 'underwater' }), 'workMode'),
  invalid('organization with an unknown kind', 'POST', organizations, organizationBody({ kind: 'cult' }), 'kind'),
  invalid('need with an unknown mechanism', 'POST', needs, needBody({ mechanisms: ['bartering'] }), 'mechanisms.0'),
  invalid('need in country ZZ', 'POST', needs, needBody({ country: 'ZZ' }), 'country'),
  invalid('need in language xx', 'POST', needs, needBody({ languages: ['fr', 'xx'] }), 'languages.1'),
  invalid('need with a skill id not in the catalog', 'POST', needs, needBody({ skills: [UNKNOWN_SKILL] }), 'skills.0'),
  invalid('need whose second skill is not in the catalog', 'POST', needs, needBody({ skills: [SKILL_ACCOUNTING, UNKNOWN_SKILL] }), 'skills.1'),
  invalid('need with a skill id that is not a UUID', 'POST', needs, needBody({ skills: ['accounting'] }), 'skills.0'),
  invalid('need ending before it starts', 'POST', needs, needBody({ startDate: '2027-03-01', endDate: '2027-02-01' }), 'endDate'),
  invalid('need with 0 effort days', 'POST', needs, needBody({ effortDays: 0 }), 'effortDays'),
  invalid('need with negative effort days', 'POST', needs, needBody({ effortDays: -3 }), 'effortDays'),
  invalid('need with 2.5 effort days', 'POST', needs, needBody({ effortDays: 2.5 }), 'effortDays'),
  invalid('need with more effort days than the 59 days of its period', 'POST', needs, needBody({ effortDays: 60 }), 'effortDays'),
  invalid('need starting on 2027-02-30', 'POST', needs, needBody({ startDate: '2027-02-30' }), 'startDate'),
  invalid('need with a 4-character title', 'POST', needs, needBody({ title: 'Aide' }), 'title'),
  invalid('need without any language', 'POST', needs, needBody({ languages: [] }), 'languages'),
  invalid('need with a repeated keyword', 'POST', needs, needBody({ keywords: ['puits', 'puits'] }), 'keywords'),
  invalid('need with a language repeated in another case', 'POST', needs, needBody({ languages: ['fr', 'FR'] }), 'languages'),
  invalid('organization with a SIREN whose checksum fails', 'POST', organizations, organizationBody({ siren: '552100555' }), 'siren'),
  invalid('organization with a malformed RNA', 'POST', organizations, organizationBody({ rna: 'W12345' }), 'rna'),
  invalid('organization with an ftp website', 'POST', organizations, organizationBody({ website: 'ftp://example.org' }), 'website'),
  invalid('organization with a javascript: website', 'POST', organizations, organizationBody({ website: 'javascript:alert(1)' }), 'website'),
  invalid(
    'offer whose description gives an e-mail address',
    'POST',
    offers,
    offerBody({ description: 'Chartered accountant for cooperatives, write to jane.doe@example.org for details.' }),
    'description',
  ),
  invalid(
    'offer whose description gives a phone number',
    'POST',
    offers,
    offerBody({ description: 'Chartered accountant for cooperatives, call me on +221 77 123 45 67 any day.' }),
    'description',
  ),
  invalid('offer whose keyword is an e-mail address', 'POST', offers, offerBody({ keywords: ['jane.doe@example.org'] }), 'keywords.0'),
  invalid('offer whose keyword is a phone number', 'POST', offers, offerBody({ keywords: ['accounting', '06 12 34 56 78'] }), 'keywords.1'),
  // Refused for its length alone, before the contact-details patterns read it.
  invalid('offer with a 60,000-character description without spaces', 'POST', offers, offerBody({ description: 'a'.repeat(60_000) }), 'description'),
  invalid(
    'offer available until a date before it starts',
    'POST',
    offers,
    offerBody({ availableFrom: '2027-06-01', availableTo: '2027-05-01' }),
    'availableTo',
  ),
  invalid('offer with a repeated work mode', 'POST', offers, offerBody({ workModes: ['remote', 'remote'] }), 'workModes'),
  invalid('open needs filtered by country ZZ', 'GET', () => '/api/needs?country=ZZ', undefined, 'country'),
  invalid('open needs 101 per page', 'GET', () => '/api/needs?pageSize=101', undefined, 'pageSize'),
  invalid('open needs filtered by an unknown mechanism', 'GET', () => '/api/needs?mechanism=unknown', undefined, 'mechanism'),
  {
    label: 'need larger than the body limit',
    method: 'POST',
    url: needs,
    body: needBody({ description: 'x'.repeat(BODY_LIMIT_BYTES + 1024) }),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    label: 'need sent as malformed JSON',
    method: 'POST',
    url: needs,
    body: '{"title": "Comptable", ',
    status: 400,
    code: 'MALFORMED_BODY',
  },
];

describe('validation of request bodies and queries', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(() => api.close());

  /** A new account with its own organization, so that each case posts on its own behalf. */
  async function newPoster(): Promise<Poster> {
    const user = await api.register('poster');
    const organization = await api.createOrganization(user);
    return { token: user.token, organizationId: organization.id };
  }

  async function countRows(): Promise<Record<string, number>> {
    const [row] = await api.app.get(DataSource).query<{ needs: string; offers: string; organizations: string }[]>(
      'SELECT (SELECT count(*) FROM needs) AS needs, (SELECT count(*) FROM offers) AS offers, ' +
        '(SELECT count(*) FROM organizations) AS organizations',
    );
    return { needs: Number(row.needs), offers: Number(row.offers), organizations: Number(row.organizations) };
  }

  it.each(BAD_REQUESTS)('$label → $status $code $path', async ({ method, url, body, status, code, path }) => {
    const poster = await newPoster();
    const before = await countRows();

    const response = await api.call(method, url(poster), { token: poster.token, body });

    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ statusCode: status, code });
    if (path === undefined) {
      expect(response.body.details).toBeUndefined();
    } else {
      expect(response.body.details).toEqual([{ path, reason: expect.any(String) }]);
    }
    expect(await countRows()).toEqual(before);
  });

  it('a PATCH that moves endDate before the stored startDate is refused and changes nothing', async () => {
    const poster = await newPoster();
    const created = await api.call('POST', needs(poster), { token: poster.token, body: needBody() });
    expect(created.status).toBe(201);
    const before = await api.call('GET', `/api/needs/${created.body.id}`, { token: poster.token });

    const patch = await api.call('PATCH', `/api/needs/${created.body.id}`, {
      token: poster.token,
      body: { endDate: '2027-01-15', title: 'Un titre qui ne doit pas rester' },
    });

    expect(patch.status).toBe(400);
    expect(patch.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(patch.body.details).toEqual([{ path: 'endDate', reason: expect.any(String) }]);
    const after = await api.call('GET', `/api/needs/${created.body.id}`, { token: poster.token });
    expect(after.body).toEqual(before.body);
    expect(after.body).toMatchObject({ startDate: '2027-02-01', endDate: '2027-03-31', title: needBody().title });
  });

  it('a PATCH that raises effortDays beyond the stored period is refused with path effortDays', async () => {
    const poster = await newPoster();
    const created = await api.call('POST', needs(poster), { token: poster.token, body: needBody() });

    const patch = await api.call('PATCH', `/api/needs/${created.body.id}`, { token: poster.token, body: { effortDays: 60 } });

    expect(patch.status).toBe(400);
    expect(patch.body.details).toEqual([{ path: 'effortDays', reason: expect.any(String) }]);
    const after = await api.call('GET', `/api/needs/${created.body.id}`, { token: poster.token });
    expect(after.body.effortDays).toBe(15);
  });

  // A partial update must only touch the fields it names: list fields with a default on
  // creation (skills, keywords) must not be reset when they are left out.
  it.each([
    ['a need', needs, needBody, 'needs'],
    ['an offer', offers, offerBody, 'offers'],
  ] as const)('%s PATCH naming only the title keeps the stored skills and keywords', async (_, collection, body, resource) => {
    const poster = await newPoster();
    const created = await api.call('POST', collection(poster), { token: poster.token, body: body() });
    expect(created.status).toBe(201);

    const patch = await api.call('PATCH', `/api/${resource}/${created.body.id}`, {
      token: poster.token,
      body: { title: 'A new title for this posting' },
    });

    expect(patch.status).toBe(200);
    const after = await api.call('GET', `/api/${resource}/${created.body.id}`, { token: poster.token });
    expect(after.body).toMatchObject({
      title: 'A new title for this posting',
      skills: [SKILL_ACCOUNTING],
      keywords: body().keywords,
    });
  });
});
