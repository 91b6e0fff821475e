import { Module } from '@nestjs/common';
import { NeedsController } from '../needs/needs.controller';
import { NeedsService } from '../needs/needs.service';
import { OffersController } from '../offers/offers.controller';
import { OffersService } from '../offers/offers.service';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PostingsService } from './postings.service';

/** Needs and offers: the two sides of the marketplace, sharing one life cycle. */
@Module({
  imports: [OrganizationsModule],
  controllers: [NeedsController, OffersController],
  providers: [PostingsService, NeedsService, OffersService],
})
export class PostingsModule {}
