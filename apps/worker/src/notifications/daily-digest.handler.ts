import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { EmailMessage, Notification, User } from '@relais/database';
import { JOBS, JobQueues } from '@relais/jobs';
import { loadSuggestionItems, renderDigestEmail } from '@relais/notifications';
import type { JobHandler, JobOutcome } from '../jobs/job-handler';
import { preferencesLink } from './notify-suggestion.handler';

const MAX_ITEMS = 20;

/**
 * Once a day: one e-mail per person who chose the daily digest, listing the suggestions they
 * were notified of since the last digest. One digest per person and day, even if run twice.
 */
@Injectable()
export class DailyDigestHandler implements JobHandler {
  readonly job = JOBS.dailyDigest;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async handle(): Promise<JobOutcome> {
    const day = new Date().toISOString().slice(0, 10);
    const pending = (await this.dataSource
      .getRepository(Notification)
      .createQueryBuilder('n')
      .innerJoin(User, 'u', 'u.id = n.user_id')
      .where("u.email_preference = 'daily'")
      .andWhere('n.digested_at IS NULL')
      // A proposal's news is e-mailed at once (NotifyProposalHandler).
      .andWhere('n.suggestion_id IS NOT NULL')
      .orderBy('n.created_at', 'ASC')
      .getMany()) as Array<Notification & { suggestionId: string; side: 'need' | 'offer' }>;
    if (!pending.length) return 'skipped: nothing to digest';

    const byUser = Map.groupBy(pending, (n) => n.userId);
    const items = await loadSuggestionItems(this.dataSource, pending.map((n) => n.suggestionId), this.env.PUBLIC_URL);
    const users = await this.dataSource.getRepository(User).findBy({ id: In([...byUser.keys()]) });

    for (const user of users) {
      const notifications = byUser.get(user.id)!;
      const digestItems = notifications
        .flatMap((n) => (items.get(n.suggestionId) ? [items.get(n.suggestionId)![n.side]] : []))
        .sort((a, b) => b.score - a.score)
        .slice(0, MAX_ITEMS);
      if (!digestItems.length) continue;
      const dedupeKey = `digest:${user.id}:${day}`;
      const rendered = renderDigestEmail(
        { recipientName: user.displayName, items: digestItems, preferencesLink: preferencesLink(this.env.PUBLIC_URL) },
        user.locale,
      );
      await this.dataSource.transaction(async (manager) => {
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(EmailMessage)
          .values({ dedupeKey, userId: user.id, to: user.email, ...rendered })
          .orIgnore()
          .execute();
        // Today's digest already exists: these notifications wait for tomorrow's.
        if (!inserted.identifiers.length || !inserted.identifiers[0]) return;
        await manager.update(Notification, { id: In(notifications.map((n) => n.id)), digestedAt: IsNull() }, { digestedAt: new Date() });
      });
      const email = await this.dataSource.getRepository(EmailMessage).findOneBy({ dedupeKey, sentAt: IsNull() });
      if (email) await this.queues.add(JOBS.sendEmail, { id: email.id }, `email-${email.id}`);
    }
    return 'done';
  }
}
