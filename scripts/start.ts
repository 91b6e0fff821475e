/**
 * `npm start`: the whole product on one machine with embedded defaults.
 * - PostgreSQL: DATABASE_URL, or an embedded server whose data stays in .data/postgres.
 * - JWT_SECRET: from the environment, or a random one kept in .data/jwt-secret.
 * Then migrations, the skills catalog, demo data, and the API.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { loadEnv } from '@relais/config';
import { dataSourceOptions, ensureDatabase, seedSkills, startEmbeddedPostgres, type RunningPostgres } from '@relais/database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from './demo-data';
import { runMigrations } from './migrate';

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

async function database(): Promise<{ url: string; embedded?: RunningPostgres }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  console.log(`DATABASE_URL is not set: starting the embedded PostgreSQL on port ${port} (data in .data/postgres)`);
  const embedded = await startEmbeddedPostgres(path.join(DATA_DIR, 'postgres'), port);
  await ensureDatabase(embedded.url('postgres'), 'relais');
  return { url: embedded.url('relais'), embedded };
}

function run(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', script)], { env, stdio: 'inherit' });
  child.on('exit', (code) => {
    console.log(`${name} stopped (exit code ${code})`);
    process.exitCode = code ?? 1;
    process.kill(process.pid, 'SIGTERM');
  });
  return child;
}

async function main(): Promise<void> {
  const db = await database();
  const env = { ...process.env, DATABASE_URL: db.url, JWT_SECRET: process.env.JWT_SECRET ?? secretFile('jwt-secret') };
  const config = loadEnv(env);

  const applied = await runMigrations(db.url);
  console.log(applied.length ? `Migrations applied: ${applied.join(', ')}` : 'Database schema is up to date');

  const dataSource = await new DataSource(dataSourceOptions(db.url)).initialize();
  await seedSkills(dataSource, (done, total) => process.stdout.write(`\rSkills catalog: ${done}/${total}`));
  process.stdout.write('\n');
  await seedDemo(dataSource);
  await dataSource.destroy();
  console.log(`Demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.join(', ')}`);

  const children = [run('api', 'apps/api/src/main.js', env)];
  console.log(`Starting the API on ${config.PUBLIC_URL}/api (documentation: ${config.PUBLIC_URL}/api/docs)`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    children.forEach((child) => child.exitCode === null && child.kill('SIGTERM'));
    await db.embedded?.stop();
    process.exit();
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
