// Runs outside Jest's module system: resolve the @relais/* aliases from tsconfig.json.
import 'tsconfig-paths/register';
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, seedSkills, startEmbeddedPostgres } from '@relais/database';
import { redisAnswers, startLocalRedis } from '@relais/jobs';
import { meilisearchAnswers, SearchIndex, startLocalMeilisearch } from '@relais/search';
import { reindexAll } from '../../../scripts/search-reindex';
import { freePort } from './free-port';

/** One database per run (dropped by the teardown), so that two runs on one machine do not collide. */
const TEST_DATABASE = `relais_test_${process.pid}`;
/** Tests use a Redis database number of their own (1-15, emptied first), so a developer's queues are left alone. */
const TEST_REDIS_DB = 1 + (process.pid % 15);

type Stoppable = { stop: () => Promise<void> };

const started: Stoppable[] = [];
(globalThis as { __relaisTestServices?: Stoppable[] }).__relaisTestServices = started;

async function pgAnswers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** A PostgreSQL server to test against: TEST_DATABASE_SERVER_URL, a local one, or an embedded one. */
async function postgresUrl(): Promise<(database: string) => string> {
  const given = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await pgAnswers(given)) {
    return (database) => {
      const url = new URL(given);
      url.pathname = `/${database}`;
      return url.toString();
    };
  }
  if (process.env.TEST_DATABASE_SERVER_URL) throw new Error('PostgreSQL does not answer at TEST_DATABASE_SERVER_URL');
  console.log('\nNo PostgreSQL on 127.0.0.1:5432: starting an embedded one for the tests');
  const embedded = await startEmbeddedPostgres(path.resolve(__dirname, '../../../.data/test-postgres'), await freePort());
  started.push(embedded);
  return embedded.url;
}

/** Redis: TEST_REDIS_URL, the local server, or a redis-server started for the run. */
async function redisUrl(): Promise<string> {
  const given = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const base = (await redisAnswers(given)) ? given : await startRedis();
  const url = new URL(base);
  url.pathname = `/${TEST_REDIS_DB}`;
  return url.toString();
}

async function startRedis(): Promise<string> {
  console.log('\nNo Redis on 127.0.0.1:6379: starting redis-server for the tests');
  const redis = await startLocalRedis(await freePort());
  started.push(redis);
  return redis.url;
}

/** Meilisearch: TEST_MEILI_URL, or the server shipped in the npm package, on a fresh data folder. */
async function meilisearch(): Promise<{ url: string; key: string }> {
  if (process.env.TEST_MEILI_URL && (await meilisearchAnswers(process.env.TEST_MEILI_URL))) {
    return { url: process.env.TEST_MEILI_URL, key: process.env.TEST_MEILI_MASTER_KEY ?? '' };
  }
  const key = 'test-master-key-0123456789';
  const server = await startLocalMeilisearch({ dataDir: mkdtempSync(path.join(tmpdir(), 'relais-meili-')), port: await freePort(), masterKey: key });
  started.push(server);
  return { url: server.url, key };
}

async function flushRedisDb(url: string): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url);
  await redis.flushdb();
  redis.disconnect();
}

/**
 * Fresh test database (committed migrations, skills catalog), an empty Redis database, and a
 * Meilisearch with settings applied and the skills indexed under a per-run prefix.
 */
export default async function globalSetup(): Promise<void> {
  const pg = await postgresUrl();
  const admin = new Client({ connectionString: pg('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEST_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEST_DATABASE}`);
  await admin.end();

  started.push({
    stop: async () => {
      const client = new Client({ connectionString: pg('postgres') });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${TEST_DATABASE} WITH (FORCE)`);
      await client.end();
    },
  });

  const databaseUrl = pg(TEST_DATABASE);
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  await dataSource.runMigrations();
  await seedSkills(dataSource);

  const redis = await redisUrl();
  await flushRedisDb(redis);

  const meili = await meilisearch();
  const indexPrefix = `test_${Date.now()}_`;
  const search = new SearchIndex({ url: meili.url, apiKey: meili.key, indexPrefix });
  await reindexAll(dataSource, search, { indexes: ['skills'] }); // applies the settings first
  await search.close();
  await dataSource.destroy();

  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.key,
    MEILI_INDEX_PREFIX: indexPrefix,
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    BODY_LIMIT_BYTES: String(64 * 1024),
    PUBLIC_URL: 'http://relais.test',
  });
}
