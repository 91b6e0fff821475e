import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, type AuthUser } from '../auth/auth.decorators';
import { idParam } from '../http/validation';
import { engagementActionBody, engagementsQuery, updateEngagementBody, type EngagementActionBody, type EngagementsQuery, type UpdateEngagementBody } from './engagement.dto';
import { EngagementsService, type EngagementAction } from './engagements.service';

const actionParam = idParam.extend({ action: z.enum(['sign', 'start', 'complete', 'cancel']) }).strict();

@ApiTags('engagements')
@ApiBearerAuth()
@Controller()
export class EngagementsController {
  constructor(private readonly engagements: EngagementsService) {}

  @Get('organizations/:id/engagements')
  @ApiOperation({ summary: "An organization's engagements, as host or provider (members of the organization)" })
  list(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Query({ schema: engagementsQuery }) query: EngagementsQuery) {
    return this.engagements.list(id, user, query);
  }

  @Get('engagements/:id')
  @ApiOperation({ summary: 'An engagement, with the mechanisms that can carry it and the rules that decided (members of either organization)' })
  get(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser) {
    return this.engagements.get(id, user);
  }

  @Patch('engagements/:id')
  @ApiOperation({ summary: "Change an engagement's terms on its current version (members of either organization; 409 STALE_VERSION, TERMS_LOCKED)" })
  update(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Body({ schema: updateEngagementBody }) body: UpdateEngagementBody) {
    return this.engagements.update(id, user, body);
  }

  @Post('engagements/:id/:action')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign (each side), start (either), complete (the host) or cancel (either, before completion) an engagement (members of either organization)' })
  act(
    @Param({ schema: actionParam }) { id, action }: { id: string; action: EngagementAction },
    @CurrentUser() user: AuthUser,
    @Body({ schema: engagementActionBody }) body: EngagementActionBody,
  ) {
    return this.engagements.act(id, user, action, body);
  }
}
