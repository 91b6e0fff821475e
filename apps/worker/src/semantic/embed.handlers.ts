import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { firstJobId, JOBS, type JobData } from '@relais/jobs';
import type { JobHandler, JobOutcome } from '../jobs/job-handler';
import { EmbeddingService } from './embedding.service';

/** A try after a failure: BullMQ's own, or a failed job run again (its id says so). */
const isRetry = (job: Job<JobData>) => job.attemptsMade > 0 || (job.id !== undefined && firstJobId(job.id) !== job.id);

@Injectable()
export class EmbedNeedHandler implements JobHandler {
  readonly job = JOBS.embedNeed;
  constructor(private readonly embedding: EmbeddingService) {}
  handle({ id }: JobData, job: Job<JobData>): Promise<JobOutcome> {
    return this.embedding.embedNeed(id, isRetry(job));
  }
}

@Injectable()
export class EmbedOfferHandler implements JobHandler {
  readonly job = JOBS.embedOffer;
  constructor(private readonly embedding: EmbeddingService) {}
  handle({ id }: JobData, job: Job<JobData>): Promise<JobOutcome> {
    return this.embedding.embedOffer(id, isRetry(job));
  }
}

@Injectable()
export class EmbedOrganizationHandler implements JobHandler {
  readonly job = JOBS.embedOrganization;
  constructor(private readonly embedding: EmbeddingService) {}
  handle({ id }: JobData, job: Job<JobData>): Promise<JobOutcome> {
    return this.embedding.embedOrganization(id, isRetry(job));
  }
}
