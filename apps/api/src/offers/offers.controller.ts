import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type AuthUser } from '../auth/auth.decorators';
import { idParam } from '../http/validation';
import {
  openPostingsQuery,
  organizationPostingsQuery,
  type OpenPostingsQuery,
  type OrganizationPostingsQuery,
} from '../postings/posting.dto';
import { createOfferBody, updateOfferBody, type CreateOfferBody, type UpdateOfferBody } from './dto/offer.dto';
import { OffersService } from './offers.service';

type IdParam = { id: string };

/** Offers are for signed-in users only: they describe people's availability. */
@ApiTags('offers')
@ApiBearerAuth()
@Controller()
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Post('organizations/:id/offers')
  @ApiOperation({ summary: 'Post an offer as a draft (members of the organization)' })
  create(
    @Param({ schema: idParam }) { id }: IdParam,
    @CurrentUser() user: AuthUser,
    @Body({ schema: createOfferBody }) body: CreateOfferBody,
  ) {
    return this.offers.create(id, user, body);
  }

  @Get('organizations/:id/offers')
  @ApiOperation({ summary: "The organization's offers in every status (members of the organization)" })
  listForOrganization(
    @Param({ schema: idParam }) { id }: IdParam,
    @CurrentUser() user: AuthUser,
    @Query({ schema: organizationPostingsQuery }) query: OrganizationPostingsQuery,
  ) {
    return this.offers.listForOrganization(id, user, query);
  }

  @Get('offers')
  @ApiOperation({ summary: 'Open offers (signed-in users), filtered by text, skills, country, mechanism and work mode' })
  listOpen(@Query({ schema: openPostingsQuery }) query: OpenPostingsQuery) {
    return this.offers.listOpen(query);
  }

  @Get('offers/:id')
  @ApiOperation({ summary: 'One offer: signed-in users when open, members of its organization otherwise' })
  get(@Param({ schema: idParam }) { id }: IdParam, @CurrentUser() user: AuthUser) {
    return this.offers.get(id, user);
  }

  @Patch('offers/:id')
  @ApiOperation({ summary: 'Change an offer (members of its organization)' })
  update(
    @Param({ schema: idParam }) { id }: IdParam,
    @CurrentUser() user: AuthUser,
    @Body({ schema: updateOfferBody }) body: UpdateOfferBody,
  ) {
    return this.offers.update(id, user, body);
  }

  @Post('offers/:id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish an offer so that it is listed and matched (members of its organization)' })
  publish(@Param({ schema: idParam }) { id }: IdParam, @CurrentUser() user: AuthUser) {
    return this.offers.transition(id, user, 'publish');
  }

  @Post('offers/:id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close an offer (members of its organization)' })
  close(@Param({ schema: idParam }) { id }: IdParam, @CurrentUser() user: AuthUser) {
    return this.offers.transition(id, user, 'close');
  }
}
