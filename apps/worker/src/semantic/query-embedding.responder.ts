import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Worker } from 'bullmq';
import { ENV, type Env } from '@relais/config';
import { QUERY_EMBEDDING_QUEUE, redisConnection, type QueryEmbeddingRequest } from '@relais/jobs';
import { EmbeddingService } from './embedding.service';

/** Queries embedded at once: each waits for the encoder's thread, but Apertium runs beside it. */
const CONCURRENCY = 4;

/**
 * Answers the API's requests for a listing query's vector (libs/jobs QueryVectors). With
 * EMBEDDINGS=off nobody listens, and the API searches on words alone.
 */
@Injectable()
export class QueryEmbeddingResponder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueryEmbeddingResponder.name);
  private worker: Worker<QueryEmbeddingRequest, number[] | null> | null = null;

  constructor(
    private readonly embedding: EmbeddingService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  onApplicationBootstrap(): void {
    if (this.env.EMBEDDINGS === 'off') return;
    this.worker = new Worker<QueryEmbeddingRequest, number[] | null>(QUERY_EMBEDDING_QUEUE, ({ data }) => this.answer(data), {
      connection: redisConnection(this.env.REDIS_URL, 'worker'),
      concurrency: CONCURRENCY,
    });
    this.worker.on('error', (error) => this.logger.warn(`Query embedding: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }

  /** Null for a request nobody waits for any more (sent while the worker was away). */
  private async answer({ text, expiresAt }: QueryEmbeddingRequest): Promise<number[] | null> {
    if (Date.now() > expiresAt) return null;
    return (await this.embedding.encoderNow()).embedText(text);
  }
}
