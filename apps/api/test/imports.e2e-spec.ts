import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Offer, OutboxEvent, PostingImport } from '@relais/database';
import { startSmtpSink, type SmtpSink } from '@relais/notifications';
import { withEnv } from './support/env';
import { needBody, offerBody, SKILL_ACCOUNTING, TestApi, type TestUser } from './support/test-api';

/** Rows as a French spreadsheet saves them: `;` between cells, lists as `a|b`, a byte order mark. */
function toCsv(rows: Array<Record<string, unknown>>): string {
  const fields = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown) => {
    const text = value === undefined || value === null ? '' : Array.isArray(value) ? value.join('|') : String(value);
    return /[";\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${[fields.join(';'), ...rows.map((row) => fields.map((field) => cell(row[field])).join(';'))].join('\r\n')}\r\n`;
}

const csv = { 'content-type': 'text/csv; charset=utf-8' };

describe('bulk import of needs and offers', () => {
  let api: TestApi;
  let db: DataSource;
  let restoreEnv: () => void;
  let sink: SmtpSink;
  let provider: TestUser;
  let providerOrg: string;

  beforeAll(async () => {
    sink = await startSmtpSink({ port: 0 });
    restoreEnv = withEnv({ SMTP_URL: `smtp://127.0.0.1:${sink.port}`, JOB_ATTEMPTS: '3', JOB_BACKOFF_MS: '50' });
    api = await TestApi.start({ worker: true });
    db = api.app.get(DataSource);
    provider = await api.register('importer');
    providerOrg = (await api.createOrganization(provider, { kind: 'company' })).id;
  });
  afterAll(async () => {
    await api.close();
    await sink.stop();
    restoreEnv();
  });

  // Years of this suite's own (other suites use 2040-2190): its offers meet only its needs.
  const year = 2300 + Math.floor(Math.random() * 500);
  const offer = (overrides: Record<string, unknown> = {}) =>
    offerBody({ availableFrom: `${year}-01-15`, availableTo: `${year}-06-30`, title: `Comptable senior ${randomUUID().slice(0, 6)}`, ...overrides });
  const importUrl = (organizationId: string, query: string) => `/api/organizations/${organizationId}/imports?${query}`;
  const offersOf = (organizationId: string) => db.getRepository(Offer).countBy({ organizationId });

  it('all or nothing: one bad row refuses the file, names the lines, and writes nothing', async () => {
    const before = await offersOf(providerOrg);
    const rows = [
      offer({ description: 'Expert-comptable ; deux lignes :\n"coopératives" et associations, dix ans.' }),
      offer({ effortDays: 'vingt' }),
      offer(),
      offer({ title: 'x', skills: [randomUUID()] }),
    ];
    const response = await api.call('POST', importUrl(providerOrg, 'kind=offers'), { token: provider.token, body: toCsv(rows), headers: csv });

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    // Line 1 is the header; the first row spans lines 2 and 3 (a quoted newline).
    expect(response.body.details).toEqual([
      { path: 'lines.4.effortDays', reason: 'must be a number' },
      { path: 'lines.6.title', reason: 'must be at least 5 characters long' },
    ]);
    expect(response.body.message).toMatch(/2 of 4 rows are invalid, nothing was imported/);
    expect(await offersOf(providerOrg)).toBe(before);
    expect(await db.getRepository(PostingImport).countBy({ organizationId: providerOrg })).toBe(0);
  });

  it('names skills outside the catalog with their line', async () => {
    const response = await api.call('POST', importUrl(providerOrg, 'kind=offers'), {
      token: provider.token,
      body: toCsv([offer(), offer({ skills: [SKILL_ACCOUNTING, randomUUID()] })]),
      headers: csv,
    });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([{ path: 'lines.3.skills.1', reason: 'is not a skill of the catalog' }]);
  });

  it('valid mode: imports the good rows as drafts when asked, and reports the others by their place in the JSON array', async () => {
    const before = await offersOf(providerOrg);
    const response = await api.call('POST', importUrl(providerOrg, 'kind=offers&mode=valid&publish=false'), {
      token: provider.token,
      body: [offer(), offer({ languages: [] }), 'not an object', offer()],
    });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ kind: 'offers', mode: 'valid', published: false, rowCount: 4, importedCount: 2, refusedCount: 2, matched: 0 });
    expect(response.body.refused).toEqual([
      { row: 2, problems: [{ path: 'languages', reason: 'must name at least one language' }] },
      { row: 3, problems: [{ path: '(root)', reason: 'must be an object' }] },
    ]);
    const imported = await db.getRepository(Offer).findBy({ importId: response.body.id });
    expect(imported).toHaveLength(2);
    expect(imported.every((o) => o.status === 'draft' && o.publishedAt === null && o.createdById === provider.id)).toBe(true);
    expect(await offersOf(providerOrg)).toBe(before + 2);
    // Drafts: nothing to announce.
    expect(await db.getRepository(OutboxEvent).countBy({ aggregateId: imported[0].id })).toBe(0);

    const got = await api.call('GET', `/api/organizations/${providerOrg}/imports/${response.body.id}`, { token: provider.token });
    expect(got.status).toBe(200);
    expect(got.body.refused).toEqual(response.body.refused);
  });

  it('publishes imported offers with bulk events in the same write, matches them against an open need, and reaches matched = imported', async () => {
    const host = await api.register('host');
    const hostOrg = await api.createOrganization(host, { generalInterest: true });
    const need = await api.call('POST', `/api/organizations/${hostOrg.id}/needs`, {
      token: host.token,
      body: needBody({ startDate: `${year}-02-01`, endDate: `${year}-03-31` }),
    });
    await api.call('POST', `/api/needs/${need.body.id}/publish`, { token: host.token });

    const rows = [offer(), offer(), offer()];
    const response = await api.call('POST', importUrl(providerOrg, 'kind=offers'), { token: provider.token, body: toCsv(rows), headers: csv });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ published: true, rowCount: 3, importedCount: 3, refused: [] });

    const imported = await db.getRepository(Offer).findBy({ importId: response.body.id });
    expect(imported.map((o) => o.status)).toEqual(['open', 'open', 'open']);
    const events = await db.getRepository(OutboxEvent).find({ where: imported.map((o) => ({ aggregateId: o.id })) });
    expect(events.map((e) => [e.type, e.payload])).toEqual(Array(3).fill(['offer.published', { bulk: true }]));

    const suggested = await api.eventually(async () => {
      const list = await api.call('GET', `/api/needs/${need.body.id}/suggestions`, { token: host.token });
      const ids = new Set(list.body.items.map((s: { offer?: { id: string } }) => s.offer?.id));
      return imported.every((o) => ids.has(o.id)) && ids;
    }, 30_000);
    expect(suggested.size).toBeGreaterThanOrEqual(3);

    const done = await api.eventually(async () => {
      const got = await api.call('GET', `/api/organizations/${providerOrg}/imports/${response.body.id}`, { token: provider.token });
      return got.body.matched === 3 && got.body;
    }, 30_000);
    expect(done).toMatchObject({ importedCount: 3, matched: 3 });

    const list = await api.call('GET', `/api/organizations/${providerOrg}/imports?pageSize=5`, { token: provider.token });
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({ id: response.body.id, matched: 3, importedCount: 3 });
    expect(list.body.items[0].refused).toBeUndefined();
  });

  it('imports needs too, from a comma-separated file', async () => {
    const host = await api.register('host');
    const hostOrg = await api.createOrganization(host, { generalInterest: true });
    const body = 'title,description,languages,country,workMode,startDate,endDate,effortDays\n' +
      `Formation à la gouvernance coopérative,"Former le bureau d'une coopérative de femmes, à Ziguinchor.",fr,SN,onsite,${year}-04-01,${year}-04-30,5\n`;
    const response = await api.call('POST', importUrl(hostOrg.id, 'kind=needs'), { token: host.token, body, headers: csv });
    expect(response.status).toBe(201);
    const needs = await api.call('GET', `/api/organizations/${hostOrg.id}/needs`, { token: host.token });
    // The mechanisms default as for one need: all of them.
    expect(needs.body.items[0]).toMatchObject({ title: 'Formation à la gouvernance coopérative', status: 'open', city: null });
    expect(needs.body.items[0].mechanisms.length).toBeGreaterThan(3);
  });

  it('is for members only: an outsider gets 403, another organization sees no import of ours', async () => {
    const outsider = await api.register('outsider');
    const outsiderOrg = (await api.createOrganization(outsider)).id;
    const mine = await api.call('POST', importUrl(providerOrg, 'kind=offers&publish=false'), { token: provider.token, body: [offer()] });
    expect(mine.status).toBe(201);

    const post = await api.call('POST', importUrl(providerOrg, 'kind=offers'), { token: outsider.token, body: [offer()] });
    expect(post.status).toBe(403);
    expect((await api.call('GET', `/api/organizations/${providerOrg}/imports`, { token: outsider.token })).status).toBe(403);
    expect((await api.call('GET', `/api/organizations/${providerOrg}/imports/${mine.body.id}`, { token: outsider.token })).status).toBe(403);
    expect((await api.call('GET', `/api/organizations/${outsiderOrg}/imports/${mine.body.id}`, { token: outsider.token })).status).toBe(404);
    expect((await api.call('POST', importUrl(providerOrg, 'kind=offers'), { body: [offer()] })).status).toBe(401);
  });

  it('gives clear errors at the limits, never a 500', async () => {
    const post = (query: string, body: unknown, headers?: Record<string, string>) => api.call('POST', importUrl(providerOrg, query), { token: provider.token, body, headers });

    const tooMany = await post('kind=offers', Array(5001).fill({}));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.details).toEqual([{ path: 'rows', reason: 'must hold at most 5000 postings (this file has 5001)' }]);

    const tooBig = await post('kind=offers', `title\n${'x'.repeat(6 * 1024 * 1024)}\n`, csv);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('PAYLOAD_TOO_LARGE');

    // Larger than the usual JSON body limit, under the upload limit: accepted for an import.
    const big = await post('kind=offers&mode=valid&publish=false', Array(400).fill(offer({ description: 'Expert-comptable. '.repeat(100) })));
    expect(big.status).toBe(201);
    expect(big.body.refusedCount).toBe(0);
    expect(big.body.importedCount).toBe(400);

    expect((await post('kind=offers', 'title\n"never closed\n', csv)).body.details).toEqual([{ path: 'lines.2', reason: 'a quoted cell is never closed' }]);
    expect((await post('kind=offers', 'title;colour\nx;red\n', csv)).body.details).toEqual([{ path: 'lines.1.colour', reason: 'is not a known field' }]);
    expect((await post('kind=offers', '', csv)).status).toBe(400);
    expect((await post('kind=offers', { title: 'x' })).body.details).toEqual([{ path: '(root)', reason: 'must be an array of postings' }]);
    expect((await post('kind=things', [offer()])).body.details[0].path).toBe('kind');
    expect((await post('kind=offers', 'a,b', { 'content-type': 'application/vnd.ms-excel' })).status).toBe(415);
    expect((await post('kind=offers', '[', { 'content-type': 'application/json' })).body.code).toBe('MALFORMED_BODY');
  });
});
