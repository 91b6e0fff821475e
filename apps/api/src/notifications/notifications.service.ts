import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { Notification, User } from '@relais/database';
import { loadProposalItems, loadSuggestionItems, proposalItemKey, renderInAppNotification, renderProposalNotification } from '@relais/notifications';
import type { AuthUser } from '../auth/auth.decorators';
import { notFound } from '../http/api-error';
import { offsetOf, toPage, type Pagination } from '../http/pagination';

/** In-app notifications of the signed-in person (suggestions and proposals' news), rendered in their language when read. */
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
    const suggestionIds = rows.flatMap((n) => (n.suggestionId ? [n.suggestionId] : []));
    const suggestions = await loadSuggestionItems(this.dataSource, suggestionIds, this.env.PUBLIC_URL);
    const proposalNotices = rows.flatMap((n) => (n.proposalId && n.event && n.organizationId ? [{ proposalId: n.proposalId, event: n.event, organizationId: n.organizationId }] : []));
    const proposals = await loadProposalItems(this.dataSource, proposalNotices, this.env.PUBLIC_URL);
    const rendered = (n: Notification) => {
      if (n.proposalId && n.event && n.organizationId) {
        const item = proposals.get(proposalItemKey(n.proposalId, n.event, n.organizationId));
        return item ? { link: item.link, ...renderProposalNotification(item.notice, locale) } : null;
      }
      const item = n.suggestionId && n.side ? suggestions.get(n.suggestionId)?.[n.side] : undefined;
      return item ? { link: item.link, ...renderInAppNotification(item, locale) } : null;
    };
    return toPage(
      rows.map((n) => ({
        id: n.id,
        kind: n.proposalId ? ('proposal' as const) : ('suggestion' as const),
        suggestionId: n.suggestionId,
        side: n.side,
        proposalId: n.proposalId,
        event: n.event,
        readAt: n.readAt,
        createdAt: n.createdAt,
        ...(rendered(n) ?? { link: null, title: '', body: '' }),
      })),
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
