import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Worker, type Job } from 'bullmq';
import { Repository } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { FailedJob } from '@relais/database';
import { firstJobId, JOBS, QUEUES, redisConnection, type JobData, type JobName, type QueueName } from '@relais/jobs';
import { JOB_HANDLERS, type JobHandler } from './job-handler';

/** Embedding takes the CPU: one at a time, which also keeps one copy of the encoder's working memory. */
const CONCURRENCY: Record<QueueName, number> = { 'search-sync': 4, matching: 4, embedding: 1, notifications: 4, deadlines: 2 };

/**
 * Error messages may name a recipient (an SMTP refusal quotes the address): logs and the failed
 * jobs table keep the message without any e-mail address.
 */
export const withoutAddresses = (text: string) => text.slice(0, 2000).replace(/[^\s<>@"'(),;:]+@[^\s<>@"'(),;:]+/g, '<e-mail address>');

/** Every job name must have exactly one handler; checked when the worker starts. */
export function handlersByName(handlers: JobHandler[]): Map<JobName, JobHandler> {
  const byName = new Map<JobName, JobHandler>();
  for (const handler of handlers) {
    if (byName.has(handler.job)) throw new Error(`Two handlers for job "${handler.job}"`);
    byName.set(handler.job, handler);
  }
  const missing = Object.values(JOBS).filter((name) => !byName.has(name));
  if (missing.length) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
  return byName;
}

/** Runs the BullMQ workers, and records each job's final failure in failed_jobs for operators. */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly handlers: Map<JobName, JobHandler>;
  private workers: Worker[] = [];

  constructor(
    @Inject(JOB_HANDLERS) handlers: JobHandler[],
    @Inject(ENV) private readonly env: Env,
    @InjectRepository(FailedJob) private readonly failedJobs: Repository<FailedJob>,
  ) {
    this.handlers = handlersByName(handlers);
  }

  onApplicationBootstrap(): void {
    const connection = redisConnection(this.env.REDIS_URL, 'worker');
    this.workers = Object.values(QUEUES).map((queue) => {
      // A job whose worker died (kill -9) is taken up again once its lock runs out, within about two JOB_LOCK_MS.
      const worker = new Worker<JobData>(queue, (job) => this.run(job), {
        connection,
        concurrency: CONCURRENCY[queue],
        lockDuration: this.env.JOB_LOCK_MS,
        stalledInterval: this.env.JOB_LOCK_MS,
      });
      worker.on('failed', (job, error) => {
        this.recordFailure(queue, job, error).catch((cause: unknown) =>
          this.logger.error(`Could not record the failure of ${job?.name} ${job?.id}: ${(cause as Error).message}`),
        );
      });
      worker.on('error', (error) => this.logger.warn(`${queue}: ${error.message}`));
      return worker;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }

  private async run(job: Job<JobData>): Promise<string> {
    const handler = this.handlers.get(job.name as JobName);
    if (!handler) throw new Error(`No handler for job "${job.name}"`);
    const started = Date.now();
    const outcome = await handler.handle(job.data, job);
    this.logger.debug(`${job.name} ${job.id}: ${outcome} in ${Date.now() - started} ms`);
    return outcome;
  }

  private async recordFailure(queue: QueueName, job: Job<JobData> | undefined, error: Error): Promise<void> {
    if (!job?.id) return;
    // BullMQ stops at once on an UnrecoverableError (e.g. a permanent SMTP refusal): that try was the last.
    const permanent = error.name === 'UnrecoverableError';
    const final = permanent || job.attemptsMade >= (job.opts.attempts ?? 1);
    const message = withoutAddresses(error.message);
    this.logger.warn(`${job.name} ${job.id} failed (attempt ${job.attemptsMade}${final ? ', final' : ''}): ${message}`);
    if (!final) return;
    await this.failedJobs.upsert(
      {
        queue,
        jobName: job.name,
        // A job run again (by the reconciler or an operator) updates the row of the first one.
        jobId: firstJobId(job.id),
        data: job.data,
        error: message,
        attempts: job.attemptsMade,
        failedAt: new Date(),
        replayedAt: null,
        permanent,
      },
      { conflictPaths: ['queue', 'jobId'] },
    );
  }
}
