import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { loadEnv, logLevels } from '@relais/config';
import { WorkerModule } from './worker.module';

/** Builds and starts the worker (used by main.ts and by the end-to-end tests). */
export async function createWorker(): Promise<INestApplicationContext> {
  const env = loadEnv();
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: env.NODE_ENV === 'test' ? ['error', 'warn'] : logLevels(env.LOG_LEVEL),
  });
  app.enableShutdownHooks();
  await app.init();
  return app;
}
