/** Runs pending migrations:  DATABASE_URL=... npm run migration:run */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@relais/database';

export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is missing');
    process.exit(1);
  }
  runMigrations(url).then(
    (names) => console.log(names.length ? `Applied: ${names.join(', ')}` : 'Schema is up to date'),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
