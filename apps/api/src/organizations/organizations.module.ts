import { Module } from '@nestjs/common';
import { QueryVectorsModule } from '@relais/jobs';
import { SearchModule } from '@relais/search';
import { MembersController } from './members.controller';
import { MembershipsService } from './memberships.service';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [SearchModule, QueryVectorsModule],
  controllers: [OrganizationsController, MembersController],
  providers: [OrganizationsService, MembershipsService],
  exports: [MembershipsService],
})
export class OrganizationsModule {}
