import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { FailedJob } from '@relais/database';
import { JobQueues, QUEUES, type JobData, type JobName, type QueueName } from '@relais/jobs';
import { CurrentUser, type AuthUser } from '../auth/auth.decorators';
import { ApiError, notFound } from '../http/api-error';
import { offsetOf, paginationQuery, toPage, type Pagination } from '../http/pagination';
import { idParam } from '../http/validation';

const requirePlatformAdmin = (user: AuthUser) => {
  if (!user.isPlatformAdmin) throw new ApiError('FORBIDDEN', 'Only platform admins may do this');
};

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
    const queue = this.queues.queue(failed.queue as QueueName);
    const job = await queue.getJob(failed.jobId);
    if (job && (await job.isFailed())) {
      await job.retry('failed', { resetAttemptsMade: true });
    } else {
      // The failed job was already removed from Redis: queue it again under a new id.
      await this.queues.add(failed.jobName as JobName, failed.data as JobData, `${failed.jobId}-replay-${Date.now()}`);
    }
    await this.failedJobs.update({ id }, { replayedAt: new Date() });
    return { replayed: true };
  }
}
