/**
 * The platform's figures, each measured beside what bounds it in the same run, as ratios:
 * absolute times vary from one run and one machine to the next.
 *   npm run bench [-- --small 10000 --large 100000 --needs 50 --concurrency 16 --burst 300]
 * 1. POST of a need → its first visible suggestion (p50, p95), at `small` then `large` offers;
 * 2. a full reindex of `large` offers ÷ a bare bulk add of the same documents to Meilisearch;
 * 3. the API's listing search (p95) ÷ the same queries sent straight to Meilisearch;
 * 4. GET /needs/:id/suggestions requests per second ÷ a bare Fastify "hello", same concurrency,
 *    and what bounds it, ÷ the same "hello": a signed-in route of the API that reads nothing, and
 *    a bare Fastify route that makes one or two plain PostgreSQL queries;
 * 5. `burst` offers imported at once, then needs posted by hand in turn while they are matched:
 *    the time to each one's first suggestion and in-app notification; the e-mails each person received;
 * and the API's and the worker's memory after each part. Services as for bench:matching
 * (scripts/bench-matching.ts); the worker runs with EMBEDDINGS=off (offers are matched on their
 * words: embedding 100,000 offers would take most of an hour here).
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool, request } from 'undici';
import { loadEnv } from '@relais/config';
import { JobQueues } from '@relais/jobs';
import { startSmtpSink } from '@relais/notifications';
import { FACETS, LISTED_FIELDS, offersListingFilter, SearchIndex } from '@relais/search';
import { freePort, startLocalStack } from '@relais/testing';
import { settled } from '../apps/eval/src/evaluate';
import { runMigrations } from './migrate';
import { reindexAll } from './search-reindex';
import {
  account,
  api,
  arg,
  needFields,
  offerFields,
  percentile,
  productEnv,
  providers,
  residentMegabytes,
  ROOT,
  seconds,
  skillPool,
  spawnApp,
  stopProcess,
  waitForHealth,
  writeOffers,
} from './bench-support';

const SMALL = arg('small', 10_000);
const LARGE = arg('large', 100_000);
const NEEDS = arg('needs', 50);
const CONCURRENCY = arg('concurrency', 16);
const BURST = arg('burst', 300);
const LOAD_SECONDS = 5;
/** Needs posted by hand during the burst, one after the other. */
const HAND_NEEDS = 5;
/** The bench's e-mail window: short, so that the burst's e-mails are counted within the run. */
const WINDOW_SECONDS = 10;
const QUERIES = ['comptable', 'hydraulic engineer', 'web developer', 'agronomist irrigation', 'gouvernance coopératives', 'budgets', 'forages', 'databases volunteers'];

type Figure = { part: string; measured: string; ratio?: number; goal?: string; ok?: boolean };
const figures: Figure[] = [];
const memory: string[] = [];

/** Meilisearch's own HTTP API, for what the platform's code is compared with. */
class RawMeili {
  constructor(
    private readonly url: string,
    private readonly key: string,
  ) {}

  async call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const response = await request(`${this.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.key}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.body.json()) as T;
    if (response.statusCode >= 400) throw new Error(`Meilisearch ${method} ${path}: ${response.statusCode} ${JSON.stringify(json)}`);
    return json;
  }

  async waitFor(taskUid: number): Promise<void> {
    for (;;) {
      const task = await this.call<{ status: string; error?: unknown }>('GET', `/tasks/${taskUid}`);
      if (task.status === 'succeeded') return;
      if (task.status === 'failed' || task.status === 'canceled') throw new Error(`task ${taskUid}: ${JSON.stringify(task.error)}`);
      await sleep(20);
    }
  }

  async documents(index: string): Promise<Record<string, unknown>[]> {
    const all: Record<string, unknown>[] = [];
    for (let offset = 0; ; offset += 1000) {
      const { results } = await this.call<{ results: Record<string, unknown>[] }>('GET', `/indexes/${index}/documents?limit=1000&offset=${offset}&retrieveVectors=true`);
      all.push(...results);
      if (results.length < 1000) return all;
    }
  }
}

/** Requests per second that `concurrency` clients get out of `path` in LOAD_SECONDS. */
async function requestsPerSecond(origin: string, path: string, headers: Record<string, string> = {}): Promise<number> {
  const pool = new Pool(origin, { connections: CONCURRENCY });
  const until = performance.now() + LOAD_SECONDS * 1000;
  let done = 0;
  const client = async () => {
    while (performance.now() < until) {
      const response = await pool.request({ method: 'GET', path, headers });
      await response.body.text();
      if (response.statusCode !== 200) throw new Error(`GET ${path}: ${response.statusCode}`);
      done++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  const elapsed = (performance.now() - started) / 1000;
  await pool.close();
  return done / elapsed;
}

/**
 * A bare Fastify server as a process of its own: "hello", or with `databaseUrl` the rows of
 * `queries` plain PostgreSQL queries made one after the other (what a page's reads cost at the least).
 */
async function bareServer(port: number, { databaseUrl, queries = 0 }: { databaseUrl?: string; queries?: number } = {}): Promise<ChildProcess> {
  const reply = queries
    ? `{ const rows = []; for (let i = 0; i < ${queries}; i++) rows.push((await pool.query('SELECT $1::int AS n', [i])).rows); return rows; }`
    : `'hello'`;
  const pool = databaseUrl ? `const pool = new (require('pg').Pool)({ connectionString: ${JSON.stringify(databaseUrl)}, max: 10 });` : '';
  const code = `${pool} require('fastify')().get('/', async () => ${reply}).listen({ port: ${port}, host: '127.0.0.1' })`;
  const child = spawn(process.execPath, ['-e', code], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 100; i++) {
    if (await request(`http://127.0.0.1:${port}/`).then((r) => r.body.text().then(() => true), () => false)) return child;
    await sleep(100);
  }
  throw new Error('the bare Fastify server did not start');
}

async function main(): Promise<void> {
  const stops: Array<() => Promise<unknown>> = [];
  const children: ChildProcess[] = [];
  try {
    const stack = await startLocalStack('relais_bench', process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', 14, runMigrations);
    stops.push(stack.stop);
    const { dataSource } = stack;
    const meili = new RawMeili(stack.env.MEILI_URL, stack.env.MEILI_MASTER_KEY);
    const search = new SearchIndex({ url: stack.env.MEILI_URL, apiKey: stack.env.MEILI_MASTER_KEY });
    stops.push(() => search.close());
    const skills = await skillPool(dataSource);
    const owners = await providers(dataSource);

    let started = Date.now();
    await writeOffers(dataSource, owners, skills, SMALL);
    await reindexAll(dataSource, search, { indexes: ['offers', 'organizations'] });
    console.log(`${SMALL} offers written and indexed in ${seconds(Date.now() - started)}`);

    const sink = await startSmtpSink({ port: 0 });
    stops.push(() => sink.stop());
    const port = await freePort();
    const env = productEnv(stack.env, port, sink.port, { EMBEDDINGS: 'off', SUGGESTION_EMAIL_WINDOW_SECONDS: String(WINDOW_SECONDS) });
    const apiProcess = spawnApp('apps/api/src/main.js', env);
    const worker = spawnApp('apps/worker/src/main.js', env);
    children.push(apiProcess, worker);
    await waitForHealth(port);
    const queues = new JobQueues(loadEnv(env));
    stops.push(() => queues.onModuleDestroy());
    const quiet = () => settled(dataSource, queues, 600_000);
    const rss = (part: string) => memory.push(`${part}: API ${residentMegabytes(apiProcess.pid!)} MB, worker ${residentMegabytes(worker.pid!)} MB`);

    const host = await account(port, dataSource, 'bench-host@relais.test');
    const hostOrg = await api<{ id: string }>(port, 'POST', '/api/organizations', { name: 'Bench host', kind: 'association', country: 'FR', region: 'Bretagne', generalInterest: true }, host.token);

    /**
     * Posts NEEDS needs one after the other; each one's time from POST to its first visible
     * suggestion. One more need first, not counted: the worker's first matching loads the skills
     * catalog (about a second).
     */
    const latencies = async (offers: number, keepOpen = false) => {
      const times: number[] = [];
      const posted: string[] = [];
      for (let i = -1; i < NEEDS; i++) {
        const t0 = performance.now();
        const need = await api<{ id: string }>(port, 'POST', `/api/organizations/${hostOrg.id}/needs`, needFields(skills, i), host.token);
        await api(port, 'POST', `/api/needs/${need.id}/publish`, undefined, host.token);
        posted.push(need.id);
        while (performance.now() < t0 + 15_000) {
          if ((await api<{ total: number }>(port, 'GET', `/api/needs/${need.id}/suggestions?pageSize=1`, undefined, host.token)).total > 0) {
            if (i >= 0) times.push(performance.now() - t0);
            break;
          }
          await sleep(5);
        }
      }
      console.log(`${offers} offers: ${times.length} of ${NEEDS} needs got a suggestion within 15 s`);
      await quiet();
      for (const id of keepOpen ? posted.slice(0, -1) : posted) await api(port, 'POST', `/api/needs/${id}/close`, undefined, host.token);
      await quiet();
      return { p50: percentile(times, 50), p95: percentile(times, 95), lastNeed: posted[posted.length - 1] };
    };

    // 1. Latency at SMALL offers.
    await quiet();
    const small = await latencies(SMALL);
    rss(`after the latency at ${SMALL} offers`);

    // 2. Grown to LARGE offers: a full reindex, then a bare bulk add of the same documents.
    started = Date.now();
    await writeOffers(dataSource, owners, skills, LARGE - SMALL);
    console.log(`${LARGE - SMALL} more offers written in ${seconds(Date.now() - started)}`);
    await meili.waitFor((await meili.call<{ taskUid: number }>('DELETE', '/indexes/offers/documents')).taskUid);
    started = performance.now();
    await reindexAll(dataSource, search, { indexes: ['offers'] });
    const reindexMs = performance.now() - started;
    const documents = await meili.documents('offers');
    const bare = new SearchIndex({ url: stack.env.MEILI_URL, apiKey: stack.env.MEILI_MASTER_KEY, indexPrefix: 'bare_' });
    await bare.applySettings();
    await bare.close();
    started = performance.now();
    let last = 0;
    for (let i = 0; i < documents.length; i += 500) {
      last = (await meili.call<{ taskUid: number }>('POST', '/indexes/bare_offers/documents?primaryKey=id', documents.slice(i, i + 500))).taskUid;
    }
    await meili.waitFor(last);
    const bareMs = performance.now() - started;
    figures.push({ part: `full reindex of ${documents.length} offers ÷ bare bulk add`, measured: `${seconds(reindexMs)} ÷ ${seconds(bareMs)}`, ratio: reindexMs / bareMs, goal: '≤ 1.3', ok: reindexMs / bareMs <= 1.3 });
    await meili.waitFor((await meili.call<{ taskUid: number }>('DELETE', '/indexes/bare_offers')).taskUid);
    rss(`after the reindex of ${LARGE} offers`);

    // 3. Latency at LARGE offers, and the ratio to SMALL.
    const large = await latencies(LARGE, true);
    figures.push({ part: `POST → first suggestion at ${SMALL} offers, p50 / p95`, measured: `${small.p50.toFixed(0)} / ${small.p95.toFixed(0)} ms` });
    figures.push({ part: `POST → first suggestion at ${LARGE} offers, p50 / p95`, measured: `${large.p50.toFixed(0)} / ${large.p95.toFixed(0)} ms`, goal: 'p95 ≤ 150 ms', ok: large.p95 <= 150 });
    figures.push({ part: `p95 at ${LARGE} ÷ p95 at ${SMALL}`, measured: `${large.p95.toFixed(0)} ÷ ${small.p95.toFixed(0)} ms`, ratio: large.p95 / small.p95, goal: '≤ 1.2', ok: large.p95 / small.p95 <= 1.2 });
    rss(`after the latency at ${LARGE} offers`);

    // 4. The listing's search through the API, and the same queries sent straight to Meilisearch, in turn.
    const viaApi: number[] = [];
    const straight: number[] = [];
    for (let i = 0; i < 200; i++) {
      const q = QUERIES[i % QUERIES.length];
      let t0 = performance.now();
      await api(port, 'GET', `/api/offers?q=${encodeURIComponent(q)}&pageSize=20`, undefined, host.token);
      viaApi.push(performance.now() - t0);
      t0 = performance.now();
      await meili.call('POST', '/indexes/offers/search', { q, filter: offersListingFilter({}), page: 1, hitsPerPage: 20, facets: [...FACETS.offers], attributesToRetrieve: LISTED_FIELDS.offers });
      straight.push(performance.now() - t0);
    }
    const [apiP95, rawP95] = [percentile(viaApi, 95), percentile(straight, 95)];
    figures.push({ part: 'listing search p95, API ÷ straight to Meilisearch', measured: `${apiP95.toFixed(1)} ÷ ${rawP95.toFixed(1)} ms`, ratio: apiP95 / rawP95, goal: '≤ 1.3', ok: apiP95 / rawP95 <= 1.3 });

    // 5. Suggestions per second, and a bare Fastify "hello", at the same concurrency.
    const suggestionsRate = await requestsPerSecond(`http://127.0.0.1:${port}`, `/api/needs/${large.lastNeed}/suggestions`, { authorization: `Bearer ${host.token}` });
    rss('after the load on the suggestions');
    const bareRate = async (options?: Parameters<typeof bareServer>[1]) => {
      const barePort = await freePort();
      const server = await bareServer(barePort, options);
      const rate = await requestsPerSecond(`http://127.0.0.1:${barePort}`, '/');
      await stopProcess(server);
      return rate;
    };
    const helloRate = await bareRate();
    figures.push({
      part: `GET /needs/:id/suggestions req/s ÷ bare Fastify, ${CONCURRENCY} at once`,
      measured: `${suggestionsRate.toFixed(0)} ÷ ${helloRate.toFixed(0)} req/s`,
      ratio: suggestionsRate / helloRate,
      goal: '≥ 0.3',
      ok: suggestionsRate / helloRate >= 0.3,
    });
    // What bounds that ratio: a signed-in route of the API that reads nothing (the advisor's questions,
    // about 10 kB); a bare Fastify route that makes the page's two reads of PostgreSQL and nothing else.
    const floorRate = await requestsPerSecond(`http://127.0.0.1:${port}`, '/api/toolbox/advisor/questions', { authorization: `Bearer ${host.token}` });
    figures.push({
      part: `GET /toolbox/advisor/questions, signed in, no I/O, req/s ÷ bare Fastify, ${CONCURRENCY} at once (the API's own ceiling)`,
      measured: `${floorRate.toFixed(0)} ÷ ${helloRate.toFixed(0)} req/s`,
      ratio: floorRate / helloRate,
    });
    for (const queries of [1, 2]) {
      const queriesRate = await bareRate({ databaseUrl: stack.env.DATABASE_URL, queries });
      figures.push({
        part: `bare Fastify and ${queries} PostgreSQL ${queries === 1 ? 'query' : 'queries'} a request, req/s ÷ bare Fastify, ${CONCURRENCY} at once (what reads alone allow)`,
        measured: `${queriesRate.toFixed(0)} ÷ ${helloRate.toFixed(0)} req/s`,
        ratio: queriesRate / helloRate,
      });
    }

    // 6. A burst: 20 hosts with an open need each, BURST offers imported at once, then needs posted by hand.
    const hosts = [];
    for (let i = 0; i < 20; i++) {
      const person = await account(port, dataSource, `burst-host-${i}@relais.test`);
      const org = await api<{ id: string }>(port, 'POST', '/api/organizations', { name: `Burst host ${i}`, kind: 'association', country: 'FR', generalInterest: true }, person.token);
      const need = await api<{ id: string }>(port, 'POST', `/api/organizations/${org.id}/needs`, needFields(skills, 1000 + i), person.token);
      await api(port, 'POST', `/api/needs/${need.id}/publish`, undefined, person.token);
      hosts.push({ ...person, org });
    }
    const importer = await account(port, dataSource, 'burst-provider@relais.test');
    const providerOrg = await api<{ id: string }>(port, 'POST', '/api/organizations', { name: 'Burst provider', kind: 'company', country: 'FR' }, importer.token);
    await quiet();
    const emailsBefore = sink.received.length;
    const burstStarted = performance.now();
    const imported = await api<{ id: string; importedCount: number }>(port, 'POST', `/api/organizations/${providerOrg.id}/imports?kind=offers`, Array.from({ length: BURST }, () => offerFields(skills)), importer.token);
    const importMs = performance.now() - burstStarted;
    // Needs posted by hand one after the other while the import is matched, each by its own host.
    const byHand: Array<{ suggestionMs: number; notificationMs: number }> = [];
    for (const person of hosts.slice(0, HAND_NEEDS)) {
      const before = (await api<{ total: number }>(port, 'GET', '/api/notifications', undefined, person.token)).total;
      const t0 = performance.now();
      const need = await api<{ id: string }>(port, 'POST', `/api/organizations/${person.org.id}/needs`, needFields(skills, 2000), person.token);
      await api(port, 'POST', `/api/needs/${need.id}/publish`, undefined, person.token);
      const times = { suggestionMs: NaN, notificationMs: NaN };
      while (performance.now() < t0 + 60_000 && Number.isNaN(times.notificationMs)) {
        if (Number.isNaN(times.suggestionMs) && (await api<{ total: number }>(port, 'GET', `/api/needs/${need.id}/suggestions?pageSize=1`, undefined, person.token)).total > 0) {
          times.suggestionMs = performance.now() - t0;
        }
        if (!Number.isNaN(times.suggestionMs) && (await api<{ total: number }>(port, 'GET', '/api/notifications', undefined, person.token)).total > before) {
          times.notificationMs = performance.now() - t0;
        }
        await sleep(5);
      }
      byHand.push(times);
    }
    const worst = (key: 'suggestionMs' | 'notificationMs') => Math.max(...byHand.map((times) => times[key]));
    const each = (key: 'suggestionMs' | 'notificationMs') => byHand.map((times) => times[key].toFixed(0)).join(', ');
    for (;;) {
      const progress = await api<{ matched: number; importedCount: number }>(port, 'GET', `/api/organizations/${providerOrg.id}/imports/${imported.id}`, undefined, importer.token);
      if (progress.matched >= progress.importedCount) break;
      await sleep(200);
    }
    const matchedMs = performance.now() - burstStarted;
    await quiet();
    await sleep((WINDOW_SECONDS + 3) * 1000); // the last window's e-mails
    await quiet();
    // A window's e-mail goes out just after the window ends (a second's margin): counted per person and window.
    const received = sink.received.slice(emailsBefore);
    const perWindow = new Map<string, number>();
    for (const email of received) {
      const key = `${email.to.join(',')} ${Math.floor((email.receivedAt.getTime() - 1000) / (WINDOW_SECONDS * 1000))}`;
      perWindow.set(key, (perWindow.get(key) ?? 0) + 1);
    }
    const people = new Set(received.map((email) => email.to.join(','))).size;
    const mostPerWindow = Math.max(0, ...perWindow.values());
    const burstSeconds = (performance.now() - burstStarted) / 1000;
    figures.push({ part: `burst: ${imported.importedCount} offers imported in one request, all matched`, measured: `${seconds(importMs)}, matched after ${seconds(matchedMs)}` });
    figures.push({ part: `burst: ${HAND_NEEDS} needs posted by hand in turn → first suggestion`, measured: `${each('suggestionMs')} ms`, goal: '≤ 1 s', ok: worst('suggestionMs') <= 1000 });
    figures.push({ part: `burst: ${HAND_NEEDS} needs posted by hand in turn → in-app notification`, measured: `${each('notificationMs')} ms`, goal: '≤ 2 s', ok: worst('notificationMs') <= 2000 });
    figures.push({
      part: `burst: e-mails per person and ${WINDOW_SECONDS} s window (${people} people, ${received.length} e-mails in ${burstSeconds.toFixed(0)} s)`,
      measured: `at most ${mostPerWindow}`,
      goal: '≤ 1',
      ok: mostPerWindow <= 1,
    });
    rss('after the burst');

    console.log(`\nRelais benchmark, ${new Date().toISOString().slice(0, 10)}, ${NEEDS} needs per latency, worker with EMBEDDINGS=off`);
    for (const { part, measured, ratio, goal, ok } of figures) {
      console.log(`- ${part}: ${measured}${ratio !== undefined ? ` = ${ratio.toPrecision(2)}` : ''}${goal ? ` (goal ${goal}: ${ok ? 'met' : 'NOT met'})` : ''}`);
    }
    console.log('Memory (resident), goal ≤ 250 MB each:');
    for (const line of memory) console.log(`- ${line}`);
  } finally {
    for (const child of children) await stopProcess(child).catch(() => undefined);
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
