import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CurrentUser, type AuthUser } from '../auth/auth.decorators';
import { paginationQuery } from '../http/pagination';
import { idParam } from '../http/validation';
import { NotificationsService } from './notifications.service';

const listQuery = paginationQuery
  .extend({ unreadOnly: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') })
  .strict();
type ListQuery = z.infer<typeof listQuery>;

/** Everyone sees only their own notifications. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'Your notifications, newest first (signed-in users)' })
  list(@CurrentUser() user: AuthUser, @Query({ schema: listQuery }) query: ListQuery) {
    return this.notifications.list(user, query);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of your notifications are unread (signed-in users)' })
  unreadCount(@CurrentUser() user: AuthUser) {
    return this.notifications.unreadCount(user);
  }

  @Post('read-all')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark all your notifications read (signed-in users)' })
  async markAllRead(@CurrentUser() user: AuthUser): Promise<void> {
    await this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark one of your notifications read (signed-in users)' })
  async markRead(@CurrentUser() user: AuthUser, @Param({ schema: idParam }) { id }: { id: string }): Promise<void> {
    await this.notifications.markRead(user, id);
  }
}
