import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, type AuthUser } from '../auth/auth.decorators';
import { idParam } from '../http/validation';
import { invitationParam, inviteBody, tokenParam, type InvitationParam, type InviteBody, type TokenParam } from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@ApiBearerAuth()
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('organizations/:id/invitations')
  @ApiOperation({
    summary: 'Invite an e-mail address, with or without an account, to join; renews a pending invitation (admins of the organization)',
  })
  invite(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser, @Body({ schema: inviteBody }) body: InviteBody) {
    return this.invitations.invite(id, user, body);
  }

  @Get('organizations/:id/invitations')
  @ApiOperation({ summary: 'The pending invitations (admins of the organization)' })
  list(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser) {
    return this.invitations.listPending(id, user);
  }

  @Delete('organizations/:id/invitations/:invitationId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an invitation (admins of the organization)' })
  async revoke(@Param({ schema: invitationParam }) { id, invitationId }: InvitationParam, @CurrentUser() user: AuthUser): Promise<void> {
    await this.invitations.revoke(id, user, invitationId);
  }

  @Public()
  @Get('invitations/:token')
  @ApiOperation({ summary: 'What an invitation link is for, and whether it is still pending (anyone with the link)' })
  lookup(@Param({ schema: tokenParam }) { token }: TokenParam) {
    return this.invitations.lookup(token);
  }

  @Post('invitations/:token/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept an invitation and become a member (signed-in users with the invited e-mail address)' })
  accept(@Param({ schema: tokenParam }) { token }: TokenParam, @CurrentUser() user: AuthUser) {
    return this.invitations.accept(token, user);
  }
}
