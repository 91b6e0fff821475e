import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, In } from 'typeorm';
import { OutboxEvent } from '@relais/database';
import { BACKGROUND_JOBS, jobsForEvent, JobQueues } from '@relais/jobs';

const BATCH = 100;
const IDLE_POLL_MS = 200;
const MAX_BACKOFF_MS = 10_000;

/**
 * Moves outbox events to the queues, the event id being the job id, and stamps them sent in
 * the same transaction. While Redis is down the events wait in PostgreSQL; the relay retries
 * with a growing pause. Rows are locked with SKIP LOCKED so several workers can relay at once.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private stopped: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueues,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.stopped = this.loop();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.stopped;
  }

  /** Relays one batch; returns how many events it moved. */
  relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const events = await manager
        .createQueryBuilder(OutboxEvent, 'e')
        .where('e.sent_at IS NULL')
        .orderBy('e.created_at', 'ASC')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const event of events) {
        for (const job of jobsForEvent(event.type)) await this.jobs.add(job, { id: event.aggregateId }, event.id, { background: BACKGROUND_JOBS.has(job) });
      }
      if (events.length) await manager.update(OutboxEvent, { id: In(events.map((e) => e.id)) }, { sentAt: new Date() });
      return events.length;
    });
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const moved = await this.relayBatch();
        if (failures) this.logger.log('Relaying outbox events again');
        failures = 0;
        if (moved < BATCH) await sleep(IDLE_POLL_MS);
      } catch (error) {
        failures++;
        if (failures === 1) this.logger.warn(`Cannot relay outbox events (will retry): ${(error as Error).message}`);
        await sleep(Math.min(IDLE_POLL_MS * 2 ** failures, MAX_BACKOFF_MS));
      }
    }
  }
}
