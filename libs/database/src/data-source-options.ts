import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/**
 * The one place that says how we talk to PostgreSQL; schema changes only through migrations.
 * `timeoutMs` bounds the wait for a connection and for each query's answer: a stalled server
 * then fails requests in seconds (answered 503) instead of leaving them hanging. Scripts
 * (migrations, seeds, reindex) pass none.
 */
export function dataSourceOptions(url: string, { timeoutMs }: { timeoutMs?: number } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, no uuid-ossp extension needed.
    uuidExtension: 'pgcrypto',
    extra: { max: 10, ...(timeoutMs ? { connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs } : {}) },
  };
}
