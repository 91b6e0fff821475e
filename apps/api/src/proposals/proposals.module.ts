import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';

/** From a suggestion to a partnership: proposals and their answers. */
@Module({ imports: [OrganizationsModule], controllers: [ProposalsController], providers: [ProposalsService] })
export class ProposalsModule {}
