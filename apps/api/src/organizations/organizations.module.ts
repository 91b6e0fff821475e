import { Module } from '@nestjs/common';
import { MembersController } from './members.controller';
import { MembershipsService } from './memberships.service';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';

@Module({
  controllers: [OrganizationsController, MembersController],
  providers: [OrganizationsService, MembershipsService],
  exports: [MembershipsService],
})
export class OrganizationsModule {}
