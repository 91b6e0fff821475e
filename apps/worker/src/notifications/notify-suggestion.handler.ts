import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { Membership, Notification, Suggestion, type User } from '@relais/database';
import { JOBS, JobQueues, type JobData } from '@relais/jobs';
import { loadSuggestionItems, renderSuggestionEmail } from '@relais/notifications';
import type { JobHandler, JobOutcome } from '../jobs/job-handler';
import { sendRendered } from './send-rendered';

export const preferencesLink = (publicUrl: string) => `${publicUrl.replace(/\/$/, '')}/settings/notifications`;

/**
 * Tells the members of both organizations about a new suggestion: an in-app notification for
 * each, and an e-mail for those who want one per suggestion. Unique keys make a replay harmless;
 * e-mails are rendered here and sent by their own job.
 */
@Injectable()
export class NotifySuggestionHandler implements JobHandler {
  readonly job = JOBS.notifySuggestion;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async handle({ id }: JobData): Promise<JobOutcome> {
    const suggestion = await this.dataSource.getRepository(Suggestion).findOneBy({ id });
    if (!suggestion) return 'skipped: suggestion gone';
    if (suggestion.status !== 'active') return 'skipped: suggestion no longer active';
    const items = (await loadSuggestionItems(this.dataSource, [id], this.env.PUBLIC_URL)).get(id)!;

    const recipients = await this.recipients(suggestion);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(recipients.map(({ user, side }) => ({ userId: user.id, suggestionId: id, side })))
      .orIgnore()
      .execute();

    const emails = recipients
      .filter(({ user }) => user.emailPreference === 'immediate')
      .map(({ user, side }) => ({
        dedupeKey: `suggestion:${id}:${user.id}`,
        userId: user.id,
        to: user.email,
        ...renderSuggestionEmail(
          { ...items[side], recipientName: user.displayName, preferencesLink: preferencesLink(this.env.PUBLIC_URL) },
          user.locale,
        ),
      }));
    await sendRendered(this.dataSource, this.queues, emails);
    return 'done';
  }

  /** Members of the need's organization hear about the offer, and the other way round; one side each. */
  private async recipients(suggestion: Suggestion): Promise<Array<{ user: User; side: 'need' | 'offer' }>> {
    const memberships = await this.dataSource.getRepository(Membership).find({
      where: { organizationId: In([suggestion.needOrganizationId, suggestion.offerOrganizationId]) },
      relations: { user: true },
      order: { createdAt: 'ASC' },
    });
    const seen = new Set<string>();
    return memberships.flatMap((m) => {
      if (seen.has(m.userId)) return [];
      seen.add(m.userId);
      return [{ user: m.user!, side: m.organizationId === suggestion.needOrganizationId ? 'need' : 'offer' }];
    });
  }
}
