import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ENV, type Env } from '@relais/config';
import { AuthModule } from '../auth/auth.module';
import { FileStorage, LocalDiskStorage } from '../storage/file-storage';
import { AgreementsService } from './agreements.service';
import { EngagementsController } from './engagements.controller';
import { EngagementsService } from './engagements.service';
import { StatsService } from './stats.service';
import { TimelineService } from './timeline.service';
import { TimeService } from './time.service';

/** What an accepted proposal becomes: its terms, its agreement, its signatures and its stages. */
@Module({
  imports: [OrganizationsModule, AuthModule],
  controllers: [EngagementsController],
  providers: [
    EngagementsService,
    AgreementsService,
    TimeService,
    StatsService,
    TimelineService,
    { provide: FileStorage, inject: [ENV], useFactory: (env: Env) => new LocalDiskStorage(env.STORAGE_DIR) },
  ],
})
export class EngagementsModule {}
