import { Inject, Injectable, Logger, Module, type OnModuleDestroy } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import { ENV, type Env } from '@relais/config';
import { withinTime } from '@relais/domain';
import { redisConnection } from './redis-connection';
import { REDIS_WAIT_MS } from './job-queues';

/**
 * Listing searches ask the worker, which holds the sentence encoder, for the vector of their
 * query. Not one of QUEUES: an answer either comes within QUERY_WAIT_MS or is not needed (the
 * search is then on words alone); nothing is retried or recorded.
 */
export const QUERY_EMBEDDING_QUEUE = 'query-embedding';
export type QueryEmbeddingRequest = { text: string; /** epoch ms after which nobody waits for the answer */ expiresAt: number };

/** An English query takes about 10 ms; a French one goes through Apertium first (about 300 ms). */
const QUERY_WAIT_MS = 1500;
/** Queries whose vectors are kept; a query typed again costs nothing. */
const CACHE_SIZE = 1000;
/** How long the count of workers listening is trusted: without one, no request is sent. */
const WORKERS_CHECK_MS = 10_000;

/** What is cached: the same words, whatever their case or spacing. */
export const queryKey = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Whether a query has a meaning to read: at least one word of three letters or more. A code,
 * a number or a reference ("13fc5488", "2027") is searched by its characters alone: close
 * "in meaning" to such a string, any text would do.
 */
export const hasWords = (text: string) => text.split(/\s+/).some((word) => /^\p{L}[\p{L}'’-]*\p{L}$/u.test(word) && word.length >= 3);

/**
 * The vector of a listing's query, or null: a query without words, embeddings off, no worker
 * listening, or no answer in time. Never throws: a search without meaning is still a search.
 */
@Injectable()
export class QueryVectors implements OnModuleDestroy {
  private readonly logger = new Logger(QueryVectors.name);
  private readonly cache = new Map<string, number[]>();
  private clients: { queue: Queue; events: QueueEvents } | null = null;
  private workersCheckedAt = 0;
  private workersListening = false;

  constructor(@Inject(ENV) private readonly env: Env) {}

  /** A listing's query as search takes it (QueryMeaning), or null: no query, or no vector for it. */
  async meaningOf(q: string | undefined): Promise<{ vector: number[] } | null> {
    const vector = q ? await this.vectorOf(q) : null;
    return vector ? { vector } : null;
  }

  async vectorOf(text: string): Promise<number[] | null> {
    const key = queryKey(text);
    if (!hasWords(key) || this.env.EMBEDDINGS === 'off') return null;
    const cached = this.cache.get(key);
    if (cached) {
      // Most recently used last: the oldest is the first to go.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    try {
      const { queue, events } = this.connected();
      if (!(await this.workerListens(queue))) return null;
      const request: QueryEmbeddingRequest = { text: key, expiresAt: Date.now() + QUERY_WAIT_MS };
      const job = await withinTime(queue.add('embed-query', request, { attempts: 1, removeOnComplete: { age: 60 }, removeOnFail: { age: 60 } }), REDIS_WAIT_MS, 'Redis');
      const vector = (await job.waitUntilFinished(events, QUERY_WAIT_MS)) as number[] | null;
      if (!vector) return null;
      this.cache.set(key, vector);
      if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
      return vector;
    } catch (error) {
      this.logger.warn(`Query searched on words alone: ${(error as Error).message}`);
      return null;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([this.clients?.events.close(), this.clients?.queue.close()]);
  }

  /** Connects on the first query: an API that is never searched holds no connection for it. */
  private connected(): { queue: Queue; events: QueueEvents } {
    if (!this.clients) {
      const queue = new Queue(QUERY_EMBEDDING_QUEUE, { connection: redisConnection(this.env.REDIS_URL, 'producer') });
      // Listens on its own connection (blocking reads); it waits for Redis to come back rather than failing.
      const events = new QueueEvents(QUERY_EMBEDDING_QUEUE, { connection: redisConnection(this.env.REDIS_URL, 'worker') });
      queue.on('error', () => undefined);
      events.on('error', () => undefined);
      this.clients = { queue, events };
    }
    return this.clients;
  }

  private async workerListens(queue: Queue): Promise<boolean> {
    if (Date.now() - this.workersCheckedAt > WORKERS_CHECK_MS) {
      this.workersListening = (await withinTime(queue.getWorkersCount(), REDIS_WAIT_MS, 'Redis')) > 0;
      this.workersCheckedAt = Date.now();
    }
    return this.workersListening;
  }
}

@Module({ providers: [QueryVectors], exports: [QueryVectors] })
export class QueryVectorsModule {}
