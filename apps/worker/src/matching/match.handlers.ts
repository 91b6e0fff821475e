import { Injectable } from '@nestjs/common';
import { JOBS, type JobData } from '@relais/jobs';
import type { JobHandler, JobOutcome } from '../jobs/job-handler';
import { MatchingService } from './matching.service';

@Injectable()
export class MatchNeedHandler implements JobHandler {
  readonly job = JOBS.matchNeed;
  constructor(private readonly matching: MatchingService) {}
  handle({ id, bulk }: JobData): Promise<JobOutcome> {
    return this.matching.matchNeed(id, { bulk: bulk === true });
  }
}

@Injectable()
export class MatchOfferHandler implements JobHandler {
  readonly job = JOBS.matchOffer;
  constructor(private readonly matching: MatchingService) {}
  handle({ id, bulk }: JobData): Promise<JobOutcome> {
    return this.matching.matchOffer(id, { bulk: bulk === true });
  }
}
