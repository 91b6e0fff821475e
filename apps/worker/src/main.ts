import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createWorker } from './create-worker';

/** The worker: outbox relay and queue processors; no HTTP port. */
createWorker().then(
  () => new Logger('Worker').log('Relaying outbox events and processing jobs'),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
