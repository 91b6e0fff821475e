import { Inject, Injectable, Module, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import { ENV, type Env } from '@relais/config';
import { withinTime } from '@relais/domain';
import { QUEUE_OF, QUEUES, retryPolicy, type JobData, type JobName, type QueueName } from './queues';
import { redisConnection } from './redis-connection';

/** The longest a producer waits for Redis before giving up (the work waits in PostgreSQL meanwhile). */
export const REDIS_WAIT_MS = 3000;

/**
 * Work nobody waits for (matching again after an embedding, the reconciler's repairs) goes
 * after work a person waits for (what a publish or a change triggers): BullMQ takes jobs
 * without a priority first, then by priority.
 */
const BACKGROUND_PRIORITY = 10;

/** Puts jobs on the queues. Adding a job whose id exists already is a no-op in BullMQ. */
@Injectable()
export class JobQueues implements OnModuleDestroy {
  private readonly queues: Map<QueueName, Queue>;

  constructor(@Inject(ENV) env: Env) {
    const connection = redisConnection(env.REDIS_URL, 'producer');
    this.queues = new Map(
      Object.values(QUEUES).map((name) => [name, new Queue(name, { connection, defaultJobOptions: retryPolicy(env) })]),
    );
    // Without a listener, a lost connection would be an unhandled 'error' event.
    this.queues.forEach((queue) => queue.on('error', () => undefined));
  }

  queue(name: QueueName): Queue {
    return this.queues.get(name)!;
  }

  /**
   * `delayMs`: the job waits that long in Redis (a deadline's job). Fails after REDIS_WAIT_MS
   * when Redis does not answer (BullMQ would wait for the connection for ever).
   */
  async add(job: JobName, data: JobData, jobId: string, { background = false, delayMs = 0 } = {}): Promise<void> {
    const options = { jobId, ...(background ? { priority: BACKGROUND_PRIORITY } : {}), ...(delayMs > 0 ? { delay: Math.round(delayMs) } : {}) };
    await withinTime(this.queue(QUEUE_OF[job]).add(job, data, options), REDIS_WAIT_MS, 'Redis');
  }

  /** True when no job waits or runs on any queue (delayed ones, such as the daily digest, do not count). */
  async idle(): Promise<boolean> {
    const counts = await Promise.all([...this.queues.values()].map((queue) => queue.getJobCounts('waiting', 'active', 'prioritized')));
    return counts.every((count) => Object.values(count).every((n) => n === 0));
  }

  /** How many workers listen on the queues (BullMQ lists the connected workers); fails when Redis does not answer. */
  async workerCount(): Promise<number> {
    return withinTime(this.queue(QUEUES.matching).getWorkersCount(), REDIS_WAIT_MS, 'Redis');
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}

/** One set of queue connections per process, for whichever modules put jobs on them. */
@Module({ providers: [JobQueues], exports: [JobQueues] })
export class JobQueuesModule {}
