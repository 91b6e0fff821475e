import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { FailedJob, User } from '@relais/database';
import { bodies, writeEndpoints, type WriteEndpoint } from './support/fuzz';
import { needBody, offerBody, TestApi, type TestUser } from './support/test-api';

/**
 * Property-based fuzzing of every write endpoint (POST, PATCH, DELETE), with bodies generated
 * from its own schema (and hostile values, unknown fields, `__proto__`, non-JSON): no answer is
 * a 5xx. FUZZ_RUNS cases per endpoint (15 in `npm test`; `npm run fuzz` runs 300 and prints the
 * counts and the slowest answers).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const PASSWORD = 'correct horse battery staple';
/** Routes that end the caller's session: called with a session of their own each time. */
const ENDS_SESSION = new Set(['POST /api/auth/logout', 'POST /api/auth/logout-everywhere']);

jest.setTimeout(Math.max(120_000, RUNS * 4_000));

type Timing = { endpoint: string; status: number; ms: number };

describe('fuzzing the write endpoints', () => {
  let api: TestApi;
  let caller: TestUser;
  let throwaway: TestUser;
  let ids: string[];
  const timings: Timing[] = [];

  beforeAll(async () => {
    api = await TestApi.start();
    const db = api.app.get(DataSource);
    caller = await api.register('fuzzer');
    throwaway = await api.register('throwaway');
    // Platform admin and organization admin: the calls get past the access rules into the code behind them.
    await db.getRepository(User).update({ id: caller.id }, { isPlatformAdmin: true });
    const organization = (await api.createOrganization(caller)).id;
    const colleague = await api.register('colleague');
    await api.join(caller, organization, colleague);
    const created = async (kind: 'needs' | 'offers', publish: boolean) => {
      const response = await api.call('POST', `/api/organizations/${organization}/${kind}`, { token: caller.token, body: kind === 'needs' ? needBody() : offerBody() });
      if (publish) await api.call('POST', `/api/${kind}/${response.body.id}/publish`, { token: caller.token });
      return response.body.id as string;
    };
    const invitation = await api.call('POST', `/api/organizations/${organization}/invitations`, { token: caller.token, body: { email: `fuzz-${randomUUID().slice(0, 8)}@example.org` } });
    const failedJob = await db.getRepository(FailedJob).save(
      db.getRepository(FailedJob).create({ queue: 'matching', jobName: 'match-need', jobId: `fuzz-${randomUUID()}`, data: { id: randomUUID() }, error: 'fuzz', attempts: 1, failedAt: new Date(), replayedAt: null, permanent: true }),
    );
    // The catalog's text index loads on first use, as the API's main does at start: not a request's own cost.
    await api.call('POST', '/api/skills/extract', { body: { text: 'comptabilité' } });
    ids = [organization, colleague.id, invitation.body.id, failedJob.id, await created('needs', true), await created('needs', false), await created('offers', true), await created('offers', false)];
  });
  afterAll(async () => {
    if (process.env.FUZZ_REPORT) report(timings);
    await api.close();
  });

  /** A path parameter: one of the fixtures' ids, an unknown id, or garbage. */
  const parameter = () =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...ids) },
      { weight: 1, arbitrary: fc.uuid({ version: 4 }) },
      { weight: 1, arbitrary: fc.constantFrom('not-a-uuid', '0', 'x'.repeat(300), '%00', '..', 'skills_sponsorship').map(encodeURIComponent) },
    );

  const url = (endpoint: WriteEndpoint, values: string[]) => {
    let i = 0;
    return endpoint.path.replace(/:[A-Za-z]+/g, () => values[i++]);
  };

  it('finds the write endpoints from the controllers', () => {
    const endpoints = writeEndpoints(api.app).map((e) => `${e.method} ${e.path}`);
    expect(endpoints).toEqual(expect.arrayContaining(['POST /api/auth/register', 'PATCH /api/needs/:id', 'DELETE /api/me', 'POST /api/toolbox/advisor']));
    expect(endpoints.length).toBeGreaterThan(30);
  });

  it('answers every generated request without a 5xx', async () => {
    const failures: string[] = [];
    for (const endpoint of writeEndpoints(api.app)) {
      const name = `${endpoint.method} ${endpoint.path}`;
      const params = (endpoint.path.match(/:[A-Za-z]+/g) ?? []).length;
      await fc.assert(
        fc.asyncProperty(bodies(endpoint.body), fc.array(parameter(), { minLength: params, maxLength: params }), async (body, values) => {
          let token = caller.token;
          if (ENDS_SESSION.has(name)) token = (await api.call('POST', '/api/auth/login', { body: { email: throwaway.email, password: PASSWORD } })).body.token;
          const payload = body && typeof body === 'object' && 'raw' in body ? String((body as { raw: string }).raw) : body;
          const started = performance.now();
          const response = await api.call(endpoint.method, url(endpoint, values), { token, body: payload });
          timings.push({ endpoint: name, status: response.status, ms: performance.now() - started });
          if (response.status >= 500) failures.push(`${name} ${response.status}: ${JSON.stringify(payload)?.slice(0, 300)}`);
          return response.status < 500;
        }),
        { numRuns: RUNS, endOnFailure: true },
      ).catch(() => undefined);
    }
    expect(failures).toEqual([]);
    expect(timings.length).toBeGreaterThanOrEqual(RUNS * 30);
  });
});

/** Requests, 5xx, answers over 1 s, and the slowest endpoints against the median. */
function report(timings: Timing[]): void {
  const sorted = timings.map((t) => t.ms).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const byEndpoint = new Map<string, number[]>();
  for (const t of timings) byEndpoint.set(t.endpoint, [...(byEndpoint.get(t.endpoint) ?? []), t.ms]);
  const slowest = [...byEndpoint.entries()]
    .map(([endpoint, ms]) => ({ endpoint, max: Math.max(...ms), p50: ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)] }))
    .sort((a, b) => b.max - a.max)
    .slice(0, 8);
  const lines = [
    `fuzz: ${timings.length} requests over ${byEndpoint.size} endpoints`,
    `  5xx answers: ${timings.filter((t) => t.status >= 500).length}`,
    `  answers over 1 s: ${timings.filter((t) => t.ms > 1000).length}`,
    `  median ${median.toFixed(1)} ms, p99 ${sorted[Math.floor(sorted.length * 0.99)]?.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`,
    `  status counts: ${JSON.stringify(Object.fromEntries([...new Set(timings.map((t) => t.status))].sort().map((s) => [s, timings.filter((t) => t.status === s).length])))}`,
    '  slowest endpoints (max, median):',
    ...slowest.map((s) => `    ${s.endpoint}: ${s.max.toFixed(0)} ms, ${s.p50.toFixed(1)} ms`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
