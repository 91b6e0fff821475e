import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { Notification, User } from '@relais/database';
import { loadSuggestionItems, renderInAppNotification } from '@relais/notifications';
import type { AuthUser } from '../auth/auth.decorators';
import { notFound } from '../http/api-error';
import { offsetOf, toPage, type Pagination } from '../http/pagination';

/** In-app notifications of the signed-in person, rendered in their language when read. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async list(user: AuthUser, query: Pagination & { unreadOnly: boolean }) {
    const where = { userId: user.userId, ...(query.unreadOnly ? { readAt: IsNull() } : {}) };
    const [rows, total] = await this.notifications.findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'ASC' },
      ...offsetOf(query),
    });
    const { locale } = await this.users.findOneByOrFail({ id: user.userId });
    const items = await loadSuggestionItems(this.dataSource, rows.map((n) => n.suggestionId), this.env.PUBLIC_URL);
    return toPage(
      rows.map((n) => {
        const item = items.get(n.suggestionId)?.[n.side];
        return {
          id: n.id,
          suggestionId: n.suggestionId,
          side: n.side,
          readAt: n.readAt,
          createdAt: n.createdAt,
          link: item?.link ?? null,
          ...(item ? renderInAppNotification(item, locale) : { title: '', body: '' }),
        };
      }),
      total,
      query,
    );
  }

  async unreadCount(user: AuthUser): Promise<{ unread: number }> {
    return { unread: await this.notifications.countBy({ userId: user.userId, readAt: IsNull() }) };
  }

  async markRead(user: AuthUser, id: string): Promise<void> {
    const result = await this.notifications.update({ id, userId: user.userId, readAt: IsNull() }, { readAt: new Date() });
    if (!result.affected && !(await this.notifications.existsBy({ id, userId: user.userId }))) {
      throw notFound('Notification');
    }
  }

  async markAllRead(user: AuthUser): Promise<void> {
    await this.notifications.update({ userId: user.userId, readAt: IsNull() }, { readAt: new Date() });
  }
}
