import { AuthModule } from '../auth/auth.module';
import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';

/** Joining an organization by an e-mailed link, for people who may have no account yet. */
@Module({
  imports: [OrganizationsModule, AuthModule],
  controllers: [InvitationsController],
  providers: [InvitationsService],
})
export class InvitationsModule {}
