import { Module } from '@nestjs/common';
import { JobQueuesModule } from '@relais/jobs';
import { SearchModule } from '@relais/search';
import { HealthController } from './health.controller';

@Module({ imports: [JobQueuesModule, SearchModule], controllers: [HealthController] })
export class HealthModule {}
