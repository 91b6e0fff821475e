import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, type AuthUser } from '../auth/auth.decorators';
import { idParam } from '../http/validation';
import {
  openPostingsQuery,
  organizationPostingsQuery,
  type OpenPostingsQuery,
  type OrganizationPostingsQuery,
} from '../postings/posting.dto';
import { createNeedBody, updateNeedBody, type CreateNeedBody, type UpdateNeedBody } from './dto/need.dto';
import { NeedsService } from './needs.service';

type IdParam = { id: string };

@ApiTags('needs')
@ApiBearerAuth()
@Controller()
export class NeedsController {
  constructor(private readonly needs: NeedsService) {}

  @Post('organizations/:id/needs')
  @ApiOperation({ summary: 'Post a need as a draft (members of the organization)' })
  create(
    @Param({ schema: idParam }) { id }: IdParam,
    @CurrentUser() user: AuthUser,
    @Body({ schema: createNeedBody }) body: CreateNeedBody,
  ) {
    return this.needs.create(id, user, body);
  }

  @Get('organizations/:id/needs')
  @ApiOperation({ summary: "The organization's needs in every status (members of the organization)" })
  listForOrganization(
    @Param({ schema: idParam }) { id }: IdParam,
    @CurrentUser() user: AuthUser,
    @Query({ schema: organizationPostingsQuery }) query: OrganizationPostingsQuery,
  ) {
    return this.needs.listForOrganization(id, user, query);
  }

  @Public()
  @Get('needs')
  @ApiOperation({ summary: 'Open needs (anyone), filtered by text, skills, country, mechanism and work mode' })
  listOpen(@Query({ schema: openPostingsQuery }) query: OpenPostingsQuery) {
    return this.needs.listOpen(query);
  }

  @Public()
  @Get('needs/:id')
  @ApiOperation({ summary: 'One need: anyone when open, members of its organization otherwise' })
  get(@Param({ schema: idParam }) { id }: IdParam, @CurrentUser() user?: AuthUser) {
    return this.needs.get(id, user);
  }

  @Patch('needs/:id')
  @ApiOperation({ summary: 'Change a need (members of its organization)' })
  update(
    @Param({ schema: idParam }) { id }: IdParam,
    @CurrentUser() user: AuthUser,
    @Body({ schema: updateNeedBody }) body: UpdateNeedBody,
  ) {
    return this.needs.update(id, user, body);
  }

  @Post('needs/:id/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish a need so that it is listed and matched (members of its organization)' })
  publish(@Param({ schema: idParam }) { id }: IdParam, @CurrentUser() user: AuthUser) {
    return this.needs.transition(id, user, 'publish');
  }

  @Post('needs/:id/close')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close a need (members of its organization)' })
  close(@Param({ schema: idParam }) { id }: IdParam, @CurrentUser() user: AuthUser) {
    return this.needs.transition(id, user, 'close');
  }
}
