import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { FailedJob } from '@relais/database';
import { againJobId, JobQueues, QUEUES, type JobData, type JobName } from '@relais/jobs';
import { CurrentUser, type AuthUser } from '../auth/auth.decorators';
import { ApiError, notFound } from '../http/api-error';
import { offsetOf, paginationQuery, toPage, type Pagination } from '../http/pagination';
import { idParam } from '../http/validation';
import { requirePlatformAdmin } from './platform-admin';

/** Jobs that used all their attempts, for platform operators to inspect and replay. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/failed-jobs')
export class FailedJobsController {
  constructor(
    @InjectRepository(FailedJob) private readonly failedJobs: Repository<FailedJob>,
    private readonly queues: JobQueues,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Jobs that failed for good, newest first (platform admins)' })
  async list(@CurrentUser() user: AuthUser, @Query({ schema: paginationQuery.strict() }) query: Pagination) {
    requirePlatformAdmin(user);
    const [rows, total] = await this.failedJobs.findAndCount({ order: { failedAt: 'DESC', id: 'ASC' }, ...offsetOf(query) });
    return toPage(rows, total, query);
  }

  @Post(':id/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Run a failed job again with its attempts renewed (platform admins)' })
  async replay(@CurrentUser() user: AuthUser, @Param({ schema: idParam }) { id }: { id: string }) {
    requirePlatformAdmin(user);
    const failed = await this.failedJobs.findOneBy({ id });
    if (!failed) throw notFound('Failed job');
    if (!(Object.values(QUEUES) as string[]).includes(failed.queue)) throw notFound('Queue');
    try {
      // Under a new id: the failed one may be gone from Redis, or be a run again of it that failed too.
      await this.queues.add(failed.jobName as JobName, failed.data as JobData, againJobId(failed.jobId, 'replay', Date.now()));
    } catch (error) {
      throw new ApiError('SERVICE_UNAVAILABLE', `The job queues do not answer (Redis): try again in a moment (${(error as Error).message})`);
    }
    await this.failedJobs.update({ id }, { replayedAt: new Date() });
    return { replayed: true };
  }
}
