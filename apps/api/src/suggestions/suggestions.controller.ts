import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, type AuthUser } from '../auth/auth.decorators';
import { paginationQuery } from '../http/pagination';
import { idParam } from '../http/validation';
import { SuggestionsService } from './suggestions.service';

const suggestionsQuery = paginationQuery
  .extend({ includeStale: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') })
  .strict();
type SuggestionsQuery = z.infer<typeof suggestionsQuery>;

@ApiTags('suggestions')
@ApiBearerAuth()
@Controller()
export class SuggestionsController {
  constructor(private readonly suggestions: SuggestionsService) {}

  @Get('needs/:id/suggestions')
  @ApiOperation({ summary: 'Offers suggested for a need, best first, with reasons (members of its organization)' })
  forNeed(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Query({ schema: suggestionsQuery }) query: SuggestionsQuery) {
    return this.suggestions.forPosting('need', id, user, query);
  }

  @Get('offers/:id/suggestions')
  @ApiOperation({ summary: 'Needs suggested for an offer, best first, with reasons (members of its organization)' })
  forOffer(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Query({ schema: suggestionsQuery }) query: SuggestionsQuery) {
    return this.suggestions.forPosting('offer', id, user, query);
  }
}
