import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

/** Bulk import of needs and offers from CSV or JSON files, and its progress. */
@Module({
  imports: [OrganizationsModule],
  controllers: [ImportsController],
  providers: [ImportsService],
})
export class ImportsModule {}
