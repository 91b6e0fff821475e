import { Module } from '@nestjs/common';
import { SearchModule } from '@relais/search';
import { MembersController } from './members.controller';
import { MembershipsService } from './memberships.service';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [SearchModule],
  controllers: [OrganizationsController, MembersController],
  providers: [OrganizationsService, MembershipsService],
  exports: [MembershipsService],
})
export class OrganizationsModule {}
