import { Module } from '@nestjs/common';
import { JobQueuesModule } from '@relais/jobs';
import { FailedJobsController } from './failed-jobs.controller';

@Module({ imports: [JobQueuesModule], controllers: [FailedJobsController] })
export class AdminModule {}
