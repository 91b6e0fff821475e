/**
 * Measures the time from POST of a need to its first visible suggestion, through the real
 * pipeline (API, outbox, relay, BullMQ, Meilisearch, scoring, PostgreSQL), against many offers.
 *   npm run bench:matching [-- --offers 5000 --needs 100]
 * Services: PostgreSQL at BENCH_DATABASE_SERVER_URL or 127.0.0.1:5432 (a fresh `relais_bench`
 * database), Redis at 127.0.0.1:6379 (database 14, emptied) or a redis-server it starts, and
 * Meilisearch from the npm package on a free port. The API and the worker run as separate
 * processes, as in production. Offers are written straight to PostgreSQL and indexed in bulk
 * (their own matching is not what is measured), with their sentence embeddings; each need goes
 * through the HTTP API. The needs run twice: with a worker started with EMBEDDINGS=off, then
 * with one that embeds them.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import { loadEnv } from '@relais/config';
import { Offer, Organization, Skill, User } from '@relais/database';
import { JobQueues } from '@relais/jobs';
import { startSmtpSink } from '@relais/notifications';
import { MECHANISM_CODES, WORK_MODES } from '@relais/domain';
import { SearchIndex } from '@relais/search';
import { PostingEncoder } from '@relais/semantic';
import { freePort, startLocalStack } from '@relais/testing';
import { runMigrations } from './migrate';
import { settled } from '../apps/eval/src/evaluate';
import { embedMissing, reindexAll } from './search-reindex';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const OFFERS = arg('offers', 5000);
const NEEDS = arg('needs', 100);
const ROOT = path.resolve(__dirname, '..', '..');

/** Deterministic pseudo-random numbers, so that two runs generate the same data. */
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
const some = <T>(items: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(items)))];

const COUNTRIES = ['SN', 'GN', 'ML', 'BF', 'CI', 'MG', 'TG', 'BJ', 'CM', 'HT', 'FR'];
const LANGUAGES = ['fr', 'en', 'es', 'pt'];
const PROFILES = [
  ['Senior accountant', 'bookkeeping, budgets and financial statements for small organisations'],
  ['Comptable confirmée', 'tenue de comptabilité, budgets et rapports financiers pour des associations'],
  ['Hydraulic engineer', 'design and review of wells, boreholes and water networks'],
  ['Ingénieur hydraulicien', 'conception de forages, adduction d’eau et assainissement'],
  ['Web developer', 'websites, databases and training of volunteers to maintain them'],
  ['Formatrice en gouvernance', 'animation de coopératives, statuts et assemblées générales'],
  ['Agronomist', 'market gardening, irrigation and soil fertility'],
  ['Chargé de projet', 'suivi-évaluation, cadre logique et rapports aux bailleurs'],
];


async function api<T>(port: number, method: 'GET' | 'POST', url: string, body?: unknown, token?: string): Promise<T> {
  const response = await request(`http://127.0.0.1:${port}${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.body.text();
  const json = (text ? JSON.parse(text) : undefined) as T;
  if (response.statusCode >= 400) throw new Error(`${method} ${url}: ${response.statusCode} ${JSON.stringify(json)}`);
  return json;
}

/** The process's resident memory, from /proc (Linux). */
function residentMegabytes(pid: number): number {
  const kilobytes = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kilobytes) / 1024);
}

function spawnApp(script: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [path.join(ROOT, 'dist', script)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main(): Promise<void> {
  const stops: Array<() => Promise<unknown>> = [];
  const children: ChildProcess[] = [];
  try {
    const stack = await startLocalStack('relais_bench', process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', 14, runMigrations);
    stops.push(stack.stop);
    const { dataSource } = stack;
    const meili = { url: stack.env.MEILI_URL };
    const key = stack.env.MEILI_MASTER_KEY;
    const skillPool = (await dataSource.getRepository(Skill).find({ select: { id: true }, where: { type: 'skill' }, take: 60 })).map((s) => s.id);

    // Offers: 50 provider organizations, OFFERS offers, written in bulk.
    let started = Date.now();
    const providers = await dataSource.getRepository(Organization).save(
      Array.from({ length: 50 }, (_, i) => ({ name: `Provider ${i}`, kind: 'company' as const, country: 'FR', region: pick(['Bretagne', 'Occitanie', 'Île-de-France']), city: 'Rennes' })),
    );
    const offers = Array.from({ length: OFFERS }, () => {
      const [title, description] = pick(PROFILES);
      const from = `2027-${String(1 + Math.floor(random() * 6)).padStart(2, '0')}-01`;
      return {
        organizationId: pick(providers).id,
        createdById: providers[0].id, // any uuid: offers written here have no author account
        title: `${title} ${Math.floor(random() * 1000)}`,
        description: `${description}.`,
        skills: some(skillPool, 3),
        keywords: [],
        languages: some(LANGUAGES, 2),
        availableFrom: from,
        availableTo: random() < 0.3 ? null : '2027-12-31',
        effortDays: 5 + Math.floor(random() * 40),
        workModes: some(WORK_MODES, 2),
        countries: random() < 0.3 ? [] : some(COUNTRIES, 3),
        mechanisms: some(MECHANISM_CODES, 3),
        status: 'open' as const,
        publishedAt: new Date(),
      };
    });
    for (let i = 0; i < offers.length; i += 500) await dataSource.getRepository(Offer).insert(offers.slice(i, i + 500));
    console.log(`${OFFERS} offers written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // Embedded beforehand, as on a running platform: otherwise the worker would be embedding
    // them all (and matching them again) while the needs are measured.
    started = Date.now();
    const encoder = await PostingEncoder.load();
    await embedMissing(dataSource, encoder);
    await encoder.close();
    console.log(`${OFFERS} offers embedded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    started = Date.now();
    const search = new SearchIndex({ url: meili.url, apiKey: key });
    stops.push(() => search.close());
    await reindexAll(dataSource, search, { indexes: ['offers', 'organizations'] });
    console.log(`${OFFERS} offers indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // The product: API and worker processes, and an SMTP server that accepts every e-mail.
    const sink = await startSmtpSink({ port: 0 });
    stops.push(() => sink.stop());
    const port = await freePort();
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn' as const,
      PORT: String(port),
      ...stack.env,
      JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    };
    children.push(spawnApp('apps/api/src/main.js', env));
    for (let i = 0; i < 100; i++) {
      const up = await request(`http://127.0.0.1:${port}/api/health`).then((r) => r.statusCode === 200, () => false);
      if (up) break;
      await sleep(200);
    }

    const account = { email: 'bench@relais.test', password: 'bench-password-123' };
    await api(port, 'POST', '/api/auth/register', { ...account, displayName: 'Bench' });
    // As if the link of the confirmation e-mail had been opened.
    await dataSource.getRepository(User).update({ email: account.email }, { emailVerifiedAt: new Date() });
    const { token } = await api<{ token: string }>(port, 'POST', '/api/auth/login', account);
    const host = await api<{ id: string }>(port, 'POST', '/api/organizations', { name: 'Bench host', kind: 'association', country: 'FR', region: 'Bretagne', generalInterest: true }, token);

    // The same needs twice, first with a worker that embeds nothing, then with one that embeds
    // each posting (and matches it again on its meaning): what embedding adds to the latency.
    const needs = Array.from({ length: NEEDS }, (_, i) => {
      const [title, description] = pick(PROFILES);
      return {
        title: `${title} recherché·e ${i}`,
        description: `Mission : ${description}, avec l'équipe locale.`,
        skills: some(skillPool, 3),
        languages: some(LANGUAGES.slice(0, 2), 2),
        country: pick(COUNTRIES),
        workMode: pick(WORK_MODES),
        startDate: '2027-07-01',
        endDate: '2027-09-30',
        effortDays: 10,
      };
    });
    for (const embeddings of ['off', 'on'] as const) {
      const worker = spawnApp('apps/worker/src/main.js', { ...env, EMBEDDINGS: embeddings });
      children.push(worker);
      await sleep(3000); // the worker connects and starts its queues
      const latencies: number[] = [];
      const posted: string[] = [];
      let suggestions = 0;
      let unmatched = 0;
      started = Date.now();
      for (const body of needs) {
        const t0 = performance.now();
        const need = await api<{ id: string }>(port, 'POST', `/api/organizations/${host.id}/needs`, body, token);
        await api(port, 'POST', `/api/needs/${need.id}/publish`, undefined, token);
        posted.push(need.id);
        let total = 0;
        const deadline = t0 + 15_000;
        while (performance.now() < deadline) {
          total = (await api<{ total: number }>(port, 'GET', `/api/needs/${need.id}/suggestions?pageSize=1`, undefined, token)).total;
          if (total > 0) break;
          await sleep(5);
        }
        if (total > 0) {
          latencies.push(performance.now() - t0);
          suggestions += total;
        } else {
          unmatched++;
        }
      }
      const sorted = [...latencies].sort((a, b) => a - b);
      console.log(`EMBEDDINGS=${embeddings}: ${NEEDS} needs against ${OFFERS} offers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      console.log(`  POST to first visible suggestion: median ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms`);
      console.log(`  ${latencies.length} needs got suggestions (${(suggestions / Math.max(1, latencies.length)).toFixed(1)} each on average); ${unmatched} got none within 15 s`);
      console.log(`  worker RSS ${residentMegabytes(worker.pid!)} MB, API RSS ${residentMegabytes(children[0].pid!)} MB`);
      // The next run starts from a quiet platform: these needs closed, and the work they made done.
      for (const id of posted) await api(port, 'POST', `/api/needs/${id}/close`, undefined, token);
      const queues = new JobQueues(loadEnv(env));
      await settled(dataSource, queues, 120_000).finally(() => queues.onModuleDestroy());
      worker.kill('SIGTERM');
      await new Promise((resolve) => worker.once('exit', resolve));
    }
  } finally {
    children.forEach((child) => child.kill('SIGTERM'));
    await sleep(500);
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
