/**
 * Makes a registered person a platform admin (failed jobs, replays), or takes it back:
 *   DATABASE_URL=... npm run admin:grant -- person@example.org [--revoke]
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadEnv } from '@relais/config';
import { dataSourceOptions, User } from '@relais/database';

async function main(): Promise<void> {
  const email = process.argv[2]?.toLowerCase();
  if (!email || email.startsWith('--')) throw new Error('Usage: npm run admin:grant -- person@example.org [--revoke]');
  const grant = !process.argv.includes('--revoke');
  const { DATABASE_URL } = loadEnv({ JWT_SECRET: 'x'.repeat(32), ...process.env });
  const dataSource = await new DataSource(dataSourceOptions(DATABASE_URL)).initialize();
  try {
    const result = await dataSource.getRepository(User).update({ email }, { isPlatformAdmin: grant });
    if (!result.affected) throw new Error(`No account uses ${email}`);
    console.log(`${email} is ${grant ? 'now' : 'no longer'} a platform admin`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
