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
import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadEnv } from '@relais/config';
import { JobQueues } from '@relais/jobs';
import { startSmtpSink } from '@relais/notifications';
import { SearchIndex } from '@relais/search';
import { PostingEncoder } from '@relais/semantic';
import { freePort, startLocalStack } from '@relais/testing';
import { runMigrations } from './migrate';
import { settled } from '../apps/eval/src/evaluate';
import { embedMissing, reindexAll } from './search-reindex';
import { account, api, arg, needFields, percentile, productEnv, providers, residentMegabytes, skillPool, spawnApp, stopProcess, waitForHealth, writeOffers } from './bench-support';

const OFFERS = arg('offers', 5000);
const NEEDS = arg('needs', 100);

async function main(): Promise<void> {
  const stops: Array<() => Promise<unknown>> = [];
  const children: ChildProcess[] = [];
  try {
    const stack = await startLocalStack('relais_bench', process.env.BENCH_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', 14, runMigrations);
    stops.push(stack.stop);
    const { dataSource } = stack;
    const meili = { url: stack.env.MEILI_URL };
    const key = stack.env.MEILI_MASTER_KEY;
    const skills = await skillPool(dataSource);

    // Offers: 50 provider organizations, OFFERS offers, written in bulk.
    let started = Date.now();
    await writeOffers(dataSource, await providers(dataSource), skills, OFFERS);
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
    const env = productEnv(stack.env, port, sink.port);
    children.push(spawnApp('apps/api/src/main.js', env));
    await waitForHealth(port);

    const { token } = await account(port, dataSource, 'bench@relais.test');
    const host = await api<{ id: string }>(port, 'POST', '/api/organizations', { name: 'Bench host', kind: 'association', country: 'FR', region: 'Bretagne', generalInterest: true }, token);

    // The same needs twice, first with a worker that embeds nothing, then with one that embeds
    // each posting (and matches it again on its meaning): what embedding adds to the latency.
    const needs = Array.from({ length: NEEDS }, (_, i) => needFields(skills, i));
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
      console.log(`EMBEDDINGS=${embeddings}: ${NEEDS} needs against ${OFFERS} offers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      console.log(`  POST to first visible suggestion: median ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, min ${Math.min(...latencies).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`);
      console.log(`  ${latencies.length} needs got suggestions (${(suggestions / Math.max(1, latencies.length)).toFixed(1)} each on average); ${unmatched} got none within 15 s`);
      console.log(`  worker RSS ${residentMegabytes(worker.pid!)} MB, API RSS ${residentMegabytes(children[0].pid!)} MB`);
      // The next run starts from a quiet platform: these needs closed, and the work they made done.
      for (const id of posted) await api(port, 'POST', `/api/needs/${id}/close`, undefined, token);
      const queues = new JobQueues(loadEnv(env));
      await settled(dataSource, queues, 120_000).finally(() => queues.onModuleDestroy());
      await stopProcess(worker);
    }
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
