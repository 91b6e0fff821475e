/** Loads the skills catalog and the demo data into DATABASE_URL:  npm run seed */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadEnv } from '@relais/config';
import { dataSourceOptions, seedSkills } from '@relais/database';
import { seedDemo } from './demo-data';

async function main(): Promise<void> {
  const { DATABASE_URL } = loadEnv({ JWT_SECRET: 'x'.repeat(32), ...process.env });
  const dataSource = await new DataSource(dataSourceOptions(DATABASE_URL)).initialize();
  const count = await seedSkills(dataSource, (done, total) => process.stdout.write(`\rSkills catalog: ${done}/${total}`));
  console.log(`\n${count} skills loaded`);
  if (!process.argv.includes('--skills-only')) {
    await seedDemo(dataSource);
    console.log('Demo data loaded');
  }
  await dataSource.destroy();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
