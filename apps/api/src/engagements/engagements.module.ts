import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { EngagementsController } from './engagements.controller';
import { EngagementsService } from './engagements.service';

/** What an accepted proposal becomes: its terms, its signatures and its stages. */
@Module({ imports: [OrganizationsModule], controllers: [EngagementsController], providers: [EngagementsService] })
export class EngagementsModule {}
