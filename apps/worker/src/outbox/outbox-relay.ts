import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, In } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { ChannelListener, OutboxEvent } from '@relais/database';
import { BACKGROUND_JOBS, jobsForEvent, JobQueues, type JobData } from '@relais/jobs';

const BATCH = 100;
/** The pause between polls when no notification can wake the relay (when one can, OUTBOX_FALLBACK_POLL_MS). */
const IDLE_POLL_MS = 200;
const MAX_BACKOFF_MS = 10_000;
/** The channel every insert into the outbox notifies at commit (migration OutboxNotify). */
const CHANNEL = 'outbox_events';

/**
 * Moves outbox events to the queues, the event id being the job id, and stamps them sent in
 * the same transaction. It wakes as soon as a transaction that wrote an event commits (LISTEN on
 * `outbox_events`, one pooled connection held for it), and polls besides, in case a notification
 * is missed or the listening connection is lost. While Redis is down the events wait in
 * PostgreSQL; the relay retries with a growing pause. Rows are locked with SKIP LOCKED so
 * several workers can relay at once.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private stopped: Promise<void> = Promise.resolve();
  /** Aborted by a notification (or the shutdown): ends the current pause. */
  private wake = new AbortController();
  private readonly listener: ChannelListener;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueues,
    @Inject(ENV) private readonly env: Env,
  ) {
    // A notification ends the current pause; so does its loss (the loop polls at once, and more often).
    this.listener = new ChannelListener(dataSource, CHANNEL, { message: () => this.wake.abort(), lost: () => this.wake.abort() });
  }

  onApplicationBootstrap(): void {
    this.running = true;
    void this.listener.start();
    this.stopped = this.loop();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake.abort();
    await this.stopped;
    this.listener.stop();
  }

  /** Whether a notification can wake the relay now. */
  get isListening(): boolean {
    return this.listener.isListening;
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
      // All at once (Redis gets them in one pipeline): behind a batch of an import, a posting
      // published by hand is relayed within milliseconds, not seconds.
      await Promise.all(
        events.flatMap((event) => {
          // A bulk import's work, and what it causes, waits behind the work people wait for.
          const bulk = event.payload.bulk === true;
          const data: JobData = bulk ? { id: event.aggregateId, bulk } : { id: event.aggregateId };
          return jobsForEvent(event.type).map((job) => this.jobs.add(job, data, event.id, { background: bulk || BACKGROUND_JOBS.has(job) }));
        }),
      );
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
        if (moved < BATCH) await this.pause(this.listener.isListening ? this.env.OUTBOX_FALLBACK_POLL_MS : IDLE_POLL_MS);
      } catch (error) {
        failures++;
        if (failures === 1) this.logger.warn(`Cannot relay outbox events (will retry): ${(error as Error).message}`);
        await this.pause(Math.min(IDLE_POLL_MS * 2 ** failures, MAX_BACKOFF_MS));
      }
    }
  }

  /** Waits `ms`, or less if a notification comes; one that came during the last batch ends it at once. */
  private async pause(ms: number): Promise<void> {
    if (!this.wake.signal.aborted) await sleep(ms, undefined, { signal: this.wake.signal }).catch(() => undefined);
    if (this.running) this.wake = new AbortController();
  }
}
