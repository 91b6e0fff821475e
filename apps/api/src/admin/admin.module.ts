import { Module } from '@nestjs/common';
import { JobQueuesModule } from '@relais/jobs';
import { FailedJobsController } from './failed-jobs.controller';
import { OrganizationVerificationController } from './organization-verification.controller';

@Module({ imports: [JobQueuesModule], controllers: [FailedJobsController, OrganizationVerificationController] })
export class AdminModule {}
