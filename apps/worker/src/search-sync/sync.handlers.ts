import { Injectable } from '@nestjs/common';
import { JOBS, type JobData } from '@relais/jobs';
import type { JobHandler, JobOutcome } from '../jobs/job-handler';
import { SearchSyncService } from './search-sync.service';

@Injectable()
export class SyncNeedHandler implements JobHandler {
  readonly job = JOBS.syncNeed;
  constructor(private readonly sync: SearchSyncService) {}
  async handle({ id }: JobData): Promise<JobOutcome> {
    return (await this.sync.syncNeed(id)) ? 'done' : 'skipped: need gone (removed from search)';
  }
}

@Injectable()
export class SyncOfferHandler implements JobHandler {
  readonly job = JOBS.syncOffer;
  constructor(private readonly sync: SearchSyncService) {}
  async handle({ id }: JobData): Promise<JobOutcome> {
    return (await this.sync.syncOffer(id)) ? 'done' : 'skipped: offer gone (removed from search)';
  }
}

@Injectable()
export class SyncOrganizationHandler implements JobHandler {
  readonly job = JOBS.syncOrganization;
  constructor(private readonly sync: SearchSyncService) {}
  async handle({ id }: JobData): Promise<JobOutcome> {
    return (await this.sync.syncOrganization(id)) ? 'done' : 'skipped: organization gone (removed from search)';
  }
}
