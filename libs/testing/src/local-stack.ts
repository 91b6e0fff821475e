import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, seedSkills } from '@relais/database';
import { redisAnswers, startLocalRedis } from '@relais/jobs';
import { startLocalMeilisearch } from '@relais/search';
import { freePort } from './free-port';

export type LocalStack = {
  env: { DATABASE_URL: string; REDIS_URL: string; MEILI_URL: string; MEILI_MASTER_KEY: string };
  dataSource: DataSource;
  stop: () => Promise<void>;
};

/**
 * A throwaway stack for benchmarks and evaluations: a fresh database `name` on the PostgreSQL at
 * `serverUrl` (migrated, skills catalog loaded), a Redis database emptied first (or a
 * redis-server started here), and a Meilisearch from the npm package on a free port.
 */
export async function startLocalStack(name: string, serverUrl: string, redisDb: number, runMigrations: (url: string) => Promise<unknown>): Promise<LocalStack> {
  const stops: Array<() => Promise<unknown>> = [];
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

  let redisUrl = `redis://127.0.0.1:6379/${redisDb}`;
  if (!(await redisAnswers(redisUrl))) {
    const redis = await startLocalRedis(await freePort());
    stops.push(redis.stop);
    redisUrl = redis.url;
  }
  const { Redis } = await import('ioredis');
  const flush = new Redis(redisUrl);
  await flush.flushdb();
  flush.disconnect();

  const key = `${name}-master-key-0123456789`;
  const meili = await startLocalMeilisearch({ dataDir: mkdtempSync(path.join(tmpdir(), `${name}-meili-`)), port: await freePort(), masterKey: key });
  stops.push(meili.stop);

  await runMigrations(databaseUrl);
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  stops.push(() => dataSource.destroy());
  await seedSkills(dataSource);
  return {
    env: { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, MEILI_URL: meili.url, MEILI_MASTER_KEY: key },
    dataSource,
    stop: async () => {
      for (const stop of stops.reverse()) await stop().catch(() => undefined);
    },
  };
}
