/**
 * `npm start`: the whole product on one machine with embedded defaults.
 * - PostgreSQL: DATABASE_URL, or an embedded server whose data stays in .data/postgres.
 * - Redis: REDIS_URL, the local server on 6379, or a redis-server started here (data in .data/redis).
 * - Meilisearch: MEILI_URL, or the server shipped in an npm package (data in .data/meilisearch).
 * - SMTP: SMTP_URL, or a local sink that writes every e-mail to .data/mail.log.
 * - JWT_SECRET and the Meilisearch key: from the environment, or random ones kept in .data/.
 * Then migrations, the skills catalog, demo data, the search indexes, the API and the worker
 * (each started again if it dies).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { loadEnv } from '@relais/config';
import { dataSourceOptions, ensureDatabase, seedSkills, Skill, startEmbeddedPostgres } from '@relais/database';
import { hasRedisServer, REDIS_INSTALL_HELP, redisAnswers, startLocalRedis } from '@relais/jobs';
import { startSmtpSink } from '@relais/notifications';
import { INDEX_NAMES, SearchIndex, startLocalMeilisearch } from '@relais/search';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './demo-data';
import { runMigrations } from './migrate';
import { NODE_FLAGS } from './node-flags';
import { Supervised } from './supervisor';
import { reindexAll } from './search-reindex';

const ROOT = path.resolve(__dirname, '..', '..');
const DATA_DIR = path.join(ROOT, '.data');

function secretFile(name: string): string {
  const file = path.join(DATA_DIR, name);
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

type Started = { stop: () => Promise<void> };
/** Services this script started, stopped in reverse order when it ends. */
const started: Started[] = [];

async function database(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  console.log(`DATABASE_URL is not set: starting the embedded PostgreSQL on port ${port} (data in .data/postgres)`);
  const embedded = await startEmbeddedPostgres(path.join(DATA_DIR, 'postgres'), port);
  started.push(embedded);
  await ensureDatabase(embedded.url('postgres'), 'relais');
  return embedded.url('relais');
}

async function redis(): Promise<string> {
  if (process.env.REDIS_URL) return process.env.REDIS_URL;
  const local = 'redis://127.0.0.1:6379';
  if (await redisAnswers(local)) return local;
  if (!hasRedisServer()) {
    console.error(REDIS_INSTALL_HELP);
    process.exit(1);
  }
  console.log('REDIS_URL is not set and nothing answers on 6379: starting redis-server (data in .data/redis)');
  const server = await startLocalRedis(6379, path.join(DATA_DIR, 'redis'));
  started.push(server);
  return server.url;
}

async function meilisearch(): Promise<{ url: string; key: string }> {
  if (process.env.MEILI_URL) return { url: process.env.MEILI_URL, key: process.env.MEILI_MASTER_KEY ?? '' };
  const port = Number(process.env.EMBEDDED_MEILI_PORT ?? 7700);
  console.log(`MEILI_URL is not set: starting Meilisearch on port ${port} (data in .data/meilisearch)`);
  const key = secretFile('meili-master-key');
  const server = await startLocalMeilisearch({ dataDir: path.join(DATA_DIR, 'meilisearch'), port, masterKey: key });
  started.push(server);
  return { url: server.url, key };
}

async function smtp(): Promise<string> {
  if (process.env.SMTP_URL) return process.env.SMTP_URL;
  const logFile = path.join(DATA_DIR, 'mail.log');
  const sink = await startSmtpSink({ port: 0, logFile });
  started.push(sink);
  console.log(`SMTP_URL is not set: e-mails are written to ${path.relative(process.cwd(), logFile)}`);
  return `smtp://127.0.0.1:${sink.port}`;
}

/** The API and the worker run as child processes; one that dies is started again. */
const run = (name: string, script: string, env: NodeJS.ProcessEnv) => new Supervised(name, process.execPath, [...NODE_FLAGS, path.join(ROOT, 'dist', script)], env);

async function main(): Promise<void> {
  const databaseUrl = await database();
  const meili = await meilisearch();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: await redis(),
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.key,
    SMTP_URL: await smtp(),
    JWT_SECRET: process.env.JWT_SECRET ?? secretFile('jwt-secret'),
  };
  const config = loadEnv(env);

  const applied = await runMigrations(databaseUrl);
  console.log(applied.length ? `Migrations applied: ${applied.join(', ')}` : 'Database schema is up to date');

  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  await seedSkills(dataSource, (done, total) => process.stdout.write(`\rSkills catalog: ${done}/${total}`));
  process.stdout.write('\n');
  await seedDemo(dataSource);
  const search = new SearchIndex({ url: meili.url, apiKey: meili.key });
  // The catalog changes only with a new release: index its 14k skills when the counts differ.
  const skillsIndexed = (await search.count('skills').catch(() => 0)) === (await dataSource.getRepository(Skill).count());
  await reindexAll(dataSource, search, {
    indexes: skillsIndexed ? ['needs', 'offers', 'organizations'] : INDEX_NAMES,
    onProgress: (index, done, total, finished) =>
      process.stdout.write(`\rSearch index ${index}: ${done}/${total}${finished ? '\n' : ''}`),
  });
  await search.close();
  await dataSource.destroy();
  console.log(`Demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.join(', ')}`);

  const children = [run('api', 'apps/api/src/main.js', env), run('worker', 'apps/worker/src/main.js', env)];
  console.log(`Starting the API on ${config.PUBLIC_URL}/api (documentation: ${config.PUBLIC_URL}/api/docs)`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.all(children.map((child) => child.stop()));
    for (const service of started.reverse()) await service.stop().catch(() => undefined);
    process.exit();
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
