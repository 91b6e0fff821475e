import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, type AuthUser } from '../auth/auth.decorators';
import { idParam, zUuid } from '../http/validation';
import { changeRoleBody, type ChangeRoleBody } from './dto/organization.dto';
import { MembershipsService } from './memberships.service';

const memberParam = z.object({ id: zUuid, userId: zUuid });
type MemberParam = z.infer<typeof memberParam>;

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations/:id')
export class MembersController {
  constructor(private readonly memberships: MembershipsService) {}

  @Get('members')
  @ApiOperation({ summary: 'List the members (members of the organization)' })
  list(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser) {
    return this.memberships.list(id, user);
  }

  @Patch('members/:userId')
  @HttpCode(204)
  @ApiOperation({ summary: "Change a member's role (admins of the organization)" })
  async changeRole(
    @Param({ schema: memberParam }) { id, userId }: MemberParam,
    @CurrentUser() user: AuthUser,
    @Body({ schema: changeRoleBody }) body: ChangeRoleBody,
  ): Promise<void> {
    await this.memberships.changeRole(id, user, userId, body.role);
  }

  @Delete('members/:userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member (admins of the organization, or the member themself)' })
  async remove(@Param({ schema: memberParam }) { id, userId }: MemberParam, @CurrentUser() user: AuthUser): Promise<void> {
    await this.memberships.remove(id, user, userId);
  }

  @Post('leave')
  @HttpCode(204)
  @ApiOperation({ summary: 'Leave the organization (its members; the last admin must name another first)' })
  async leave(@Param({ schema: idParam }) { id }: { id: string }, @CurrentUser() user: AuthUser): Promise<void> {
    await this.memberships.remove(id, user, user.userId);
  }
}
