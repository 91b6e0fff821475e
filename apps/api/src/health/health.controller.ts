import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { withinTime } from '@relais/domain';
import { JobQueues } from '@relais/jobs';
import { SearchIndex } from '@relais/search';
import { Public } from '../auth/auth.decorators';

type State = 'up' | 'down';
export type Health = { status: 'ok' | 'degraded' | 'down'; database: State; redis: State; search: State; worker: State | 'unknown' };

/** A dependency that does not answer within this time counts as down. */
const CHECK_TIMEOUT_MS = 2000;

async function answers(check: () => Promise<unknown>): Promise<State> {
  try {
    await withinTime(check(), CHECK_TIMEOUT_MS, 'the dependency');
    return 'up';
  } catch {
    return 'down';
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    private readonly search: SearchIndex,
  ) {}

  @Public()
  @Get()
  @ApiOperation({
    summary:
      'Each dependency, and the worker, up or down (anyone). 200 "ok" when all are up, 200 "degraded" when some are down, 503 "down" without the database',
  })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<Health> {
    let workers = 0;
    const [database, redis, search] = await Promise.all([
      answers(() => this.dataSource.query('SELECT 1')),
      answers(async () => {
        workers = await this.queues.workerCount();
      }),
      answers(async () => {
        const health = await this.search.health();
        if (health.status !== 'available') throw new Error(health.reason);
      }),
    ]);
    // Workers announce themselves in Redis: without it, nobody can tell.
    const worker = redis === 'down' ? 'unknown' : workers > 0 ? 'up' : 'down';
    const allUp = [database, redis, search, worker].every((state) => state === 'up');
    const status = database === 'down' ? 'down' : allUp ? 'ok' : 'degraded';
    if (status === 'down') void reply.status(503);
    return { status, database, redis, search, worker };
  }
}
