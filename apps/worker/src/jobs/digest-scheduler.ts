import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { JOBS, JobQueues, QUEUE_OF } from '@relais/jobs';

/** Schedules the daily digest at 07:00 Paris time; upserting the scheduler is idempotent across workers. */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(DigestScheduler.name);

  constructor(private readonly queues: JobQueues) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.queues
        .queue(QUEUE_OF[JOBS.dailyDigest])
        .upsertJobScheduler(
          JOBS.dailyDigest,
          { pattern: '0 7 * * *', tz: 'Europe/Paris' },
          { name: JOBS.dailyDigest, data: { id: 'daily' } },
        );
    } catch (error) {
      // Redis may be down at start-up: the scheduler exists already from an earlier start, or comes with the next one.
      this.logger.warn(`Could not schedule the daily digest: ${(error as Error).message}`);
    }
  }
}
