import { Module } from '@nestjs/common';
import { QueryVectorsModule } from '@relais/jobs';
import { SearchModule } from '@relais/search';
import { NeedsController } from '../needs/needs.controller';
import { NeedsService } from '../needs/needs.service';
import { OffersController } from '../offers/offers.controller';
import { OffersService } from '../offers/offers.service';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SuggestionsController } from '../suggestions/suggestions.controller';
import { SuggestionsService } from '../suggestions/suggestions.service';
import { PostingsService } from './postings.service';

/** Needs and offers: the two sides of the marketplace, sharing one life cycle, and the suggestions between them. */
@Module({
  imports: [SearchModule, QueryVectorsModule, OrganizationsModule],
  controllers: [NeedsController, OffersController, SuggestionsController],
  providers: [PostingsService, NeedsService, OffersService, SuggestionsService],
})
export class PostingsModule {}
