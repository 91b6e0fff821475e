import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { Membership, Notification, Suggestion, type User } from '@relais/database';
import { JOBS, JobQueues, type JobData } from '@relais/jobs';
import type { JobHandler, JobOutcome } from '../jobs/job-handler';
import { queueSuggestionsEmail } from './email-suggestions.handler';

export const preferencesLink = (publicUrl: string) => `${publicUrl.replace(/\/$/, '')}/settings/notifications`;

/**
 * Tells the members of both organizations about a new suggestion: an in-app notification for
 * each (a unique key makes a replay harmless), and, for those who want e-mails at once, the
 * e-mail of their current window (EmailSuggestionsHandler), which groups its suggestions.
 */
@Injectable()
export class NotifySuggestionHandler implements JobHandler {
  readonly job = JOBS.notifySuggestion;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async handle({ id, bulk }: JobData): Promise<JobOutcome> {
    const suggestion = await this.dataSource.getRepository(Suggestion).findOneBy({ id });
    if (!suggestion) return 'skipped: suggestion gone';
    if (suggestion.status !== 'active') return 'skipped: suggestion no longer active';
    const recipients = await this.recipients(suggestion);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(recipients.map(({ user, side }) => ({ userId: user.id, suggestionId: id, side })))
      .orIgnore()
      .execute();

    // E-mailed with the other suggestions of the person's window, once it ends.
    for (const { user } of recipients.filter(({ user }) => user.emailPreference === 'immediate')) {
      await queueSuggestionsEmail(this.queues, this.env, user.id, { background: bulk === true });
    }
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
