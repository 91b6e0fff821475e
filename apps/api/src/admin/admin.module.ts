import { Module } from '@nestjs/common';
import { JobQueues } from '@relais/jobs';
import { FailedJobsController } from './failed-jobs.controller';

@Module({ controllers: [FailedJobsController], providers: [JobQueues] })
export class AdminModule {}
