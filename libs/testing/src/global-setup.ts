// Runs outside Jest's module system: resolve the @relais/* aliases from tsconfig.json.
import 'tsconfig-paths/register';
import 'reflect-metadata';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, seedSkills, startEmbeddedPostgres } from '@relais/database';

const TEST_DATABASE = 'relais_test';

async function answers(url: string): Promise<boolean> {
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
async function serverUrl(): Promise<(database: string) => string> {
  const given = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await answers(given)) {
    return (database) => {
      const url = new URL(given);
      url.pathname = `/${database}`;
      return url.toString();
    };
  }
  if (process.env.TEST_DATABASE_SERVER_URL) throw new Error(`PostgreSQL does not answer at TEST_DATABASE_SERVER_URL`);
  console.log('\nNo PostgreSQL on 127.0.0.1:5432: starting an embedded one for the tests');
  const embedded = await startEmbeddedPostgres(path.resolve(__dirname, '../../../.data/test-postgres'), 54330);
  (globalThis as { __embeddedPostgres?: typeof embedded }).__embeddedPostgres = embedded;
  return embedded.url;
}

/** Creates a fresh test database with the committed migrations and the skills catalog. */
export default async function globalSetup(): Promise<void> {
  const url = await serverUrl();
  const admin = new Client({ connectionString: url('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEST_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEST_DATABASE}`);
  await admin.end();

  const databaseUrl = url(TEST_DATABASE);
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  await dataSource.runMigrations();
  await seedSkills(dataSource);
  await dataSource.destroy();

  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    BODY_LIMIT_BYTES: String(64 * 1024),
  });
}
