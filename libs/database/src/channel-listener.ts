import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/** After the listening connection failed, listening starts again this much later. */
const LISTEN_RETRY_MS = 5000;

/** What a listener uses of a pooled pg client, and of TypeORM's PostgreSQL driver. */
type PgClient = {
  query(sql: string): Promise<unknown>;
  on(event: 'notification' | 'error', listener: (...args: unknown[]) => void): unknown;
  removeAllListeners(event: 'notification' | 'error'): unknown;
};
type PooledDriver = { obtainMasterConnection(): Promise<[PgClient, (error?: Error) => void]> };

export type ChannelHandlers = {
  /** Each notification's payload, as it comes. */
  message(payload: string): void;
  /** Notifications may have been missed: the connection broke, or listening stopped. */
  lost(): void;
};

/**
 * One pooled connection that LISTENs to a PostgreSQL channel. A broken connection is let go
 * (destroyed, never back in the pool still listening) and listening starts again a little later;
 * meanwhile `isListening` is false, so that callers fall back on asking the database.
 */
export class ChannelListener {
  private readonly logger = new Logger(ChannelListener.name);
  private listener: { client: PgClient; release: (error?: Error) => void } | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Whether the last attempt failed: an outage is told once, not at every retry. */
  private failing = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly channel: string,
    private readonly handlers: ChannelHandlers,
  ) {}

  get isListening(): boolean {
    return this.listener !== null;
  }

  async start(): Promise<void> {
    this.stopped = false;
    try {
      const [client, release] = await (this.dataSource.driver as unknown as PooledDriver).obtainMasterConnection();
      client.on('error', (error) => this.drop(error as Error));
      client.on('notification', (message) => this.handlers.message(String((message as { payload?: string }).payload ?? '')));
      this.listener = { client, release };
      await client.query(`LISTEN ${this.channel}`);
      if (this.failing) this.logger.log(`Listening to ${this.channel} again`);
      this.failing = false;
    } catch (error) {
      this.drop(error as Error);
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.drop();
  }

  private drop(error?: Error): void {
    const listener = this.listener;
    this.listener = null;
    if (error && !this.stopped) {
      if (!this.failing) this.logger.warn(`Not listening to ${this.channel}: ${error.message}`);
      this.failing = true;
      this.retry ??= setTimeout(() => {
        this.retry = null;
        if (!this.stopped) void this.start();
      }, LISTEN_RETRY_MS).unref();
    }
    if (!listener) return;
    this.handlers.lost();
    listener.client.removeAllListeners('notification');
    listener.client.removeAllListeners('error');
    // A late error on a connection let go must not end the process.
    listener.client.on('error', () => undefined);
    try {
      listener.release(error ?? new Error('no longer listening'));
    } catch {
      // The pool has ended already (shutdown).
    }
  }
}
