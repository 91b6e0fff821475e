import type { Job } from 'bullmq';
import type { JobData, JobName } from '@relais/jobs';

/** What a handler returns: 'done', or why it had nothing to do. */
export type JobOutcome = 'done' | `skipped: ${string}`;

/** One handler per job name. Handlers reload by id, skip when moot, and rethrow failures. */
export interface JobHandler {
  readonly job: JobName;
  handle(data: JobData, job: Job<JobData>): Promise<JobOutcome>;
}

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');
