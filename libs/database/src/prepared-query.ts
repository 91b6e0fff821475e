import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * A read made at nearly every request of a page, as a prepared statement: PostgreSQL then plans
 * it once per connection instead of at each call (the suggestions page took 1.1 ms to plan and
 * 0.6 ms to run). `name` stands for this `text` alone; it is the same pool as the DataSource's,
 * with its timeouts.
 */
export async function preparedQuery<T>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  return (await pool.query({ name, text, values })).rows as T[];
}
