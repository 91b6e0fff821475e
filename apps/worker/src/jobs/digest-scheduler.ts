import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, JobQueues, QUEUE_OF } from '@relais/jobs';

/**
 * Schedules the daily digest at 07:00 Paris time. Upserting the scheduler is idempotent across
 * workers; the reconciler asserts it again regularly, since a Redis that restarted empty has lost it.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(DigestScheduler.name);

  constructor(private readonly queues: JobQueues) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.schedule();
    } catch (error) {
      // Redis may be down at start-up: the reconciler tries again.
      this.logger.warn(`Could not schedule the daily digest: ${(error as Error).message}`);
    }
  }

  async schedule(): Promise<void> {
    await this.queues
      .queue(QUEUE_OF[JOBS.dailyDigest])
      .upsertJobScheduler(JOBS.dailyDigest, { pattern: '0 7 * * *', tz: 'Europe/Paris' }, { name: JOBS.dailyDigest, data: { id: 'daily' } });
  }
}
