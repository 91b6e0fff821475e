import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadEnv } from '@relais/config';
import { createApp } from './create-app';

async function bootstrap(): Promise<void> {
  const env = loadEnv();
  const app = await createApp();
  await app.listen({ port: env.PORT, host: env.HOST });
  new Logger('Api').log(`Listening on ${env.PUBLIC_URL}/api (docs at ${env.PUBLIC_URL}/api/docs)`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
