import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ProposalMessagesService } from './proposal-messages.service';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';

/** From a suggestion to a partnership: proposals, their answers and their threads. */
@Module({ imports: [OrganizationsModule, AuthModule], controllers: [ProposalsController], providers: [ProposalsService, ProposalMessagesService] })
export class ProposalsModule {}
