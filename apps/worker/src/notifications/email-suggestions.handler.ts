import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource, In, IsNull, Like, MoreThanOrEqual, Not } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { EmailMessage, Notification, User } from '@relais/database';
import { JOBS, JobQueues, type JobData } from '@relais/jobs';
import { loadSuggestionItems, renderSuggestionsEmail } from '@relais/notifications';
import type { JobHandler, JobOutcome } from '../jobs/job-handler';
import { preferencesLink } from './notify-suggestion.handler';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A window's job runs this long after the window ends, so that PostgreSQL's clock has passed it too. */
const WINDOW_MARGIN_MS = 1000;
/** Older news is not e-mailed any more (the person has had time to see it in the app). */
const OLDEST_MS = 2 * DAY_MS;
/** The e-mails of suggestions, counted against SUGGESTION_EMAILS_PER_DAY. */
const DEDUPE_PREFIX = 'suggestions:';

/**
 * Queues the e-mail of the person's current window (once: the job id names the window), to be
 * sent when the window ends with every suggestion they were told of in it.
 */
export async function queueSuggestionsEmail(queues: JobQueues, env: Env, userId: string, { background = false } = {}): Promise<void> {
  const windowMs = env.SUGGESTION_EMAIL_WINDOW_SECONDS * 1000;
  const window = Math.floor(Date.now() / windowMs);
  const delayMs = (window + 1) * windowMs + WINDOW_MARGIN_MS - Date.now();
  await queues.add(JOBS.emailSuggestions, { id: userId }, `${JOBS.emailSuggestions}-${userId}-${window}`, { delayMs, background });
}

/**
 * Once a window has ended: one e-mail to a member who wants to hear at once, with the
 * suggestions they were told of and have not received by e-mail yet, grouped per posting. A person who has had SUGGESTION_EMAILS_PER_DAY of these today gets the
 * rest in the first e-mail of the next day.
 */
@Injectable()
export class EmailSuggestionsHandler implements JobHandler {
  readonly job = JOBS.emailSuggestions;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async handle({ id: userId }: JobData, job: Job<JobData>): Promise<JobOutcome> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId, erasedAt: IsNull() });
    if (!user) return 'skipped: person gone';
    if (user.emailPreference !== 'immediate') return 'skipped: no immediate e-mails wanted';
    const pending = (await this.dataSource.getRepository(Notification).find({
      where: { userId, suggestionId: Not(IsNull()), digestedAt: IsNull(), createdAt: MoreThanOrEqual(new Date(Date.now() - OLDEST_MS)) },
      order: { createdAt: 'ASC' },
    })) as Array<Notification & { suggestionId: string; side: 'need' | 'offer' }>;
    if (pending.length === 0) return 'skipped: nothing new';

    const today = new Date(new Date().toISOString().slice(0, 10));
    const sentToday = await this.dataSource.getRepository(EmailMessage).countBy({ userId, dedupeKey: Like(`${DEDUPE_PREFIX}%`), createdAt: MoreThanOrEqual(today) });
    if (sentToday >= this.env.SUGGESTION_EMAILS_PER_DAY) {
      const tomorrow = today.getTime() + DAY_MS;
      await this.queues.add(JOBS.emailSuggestions, { id: userId }, `${JOBS.emailSuggestions}-${userId}-day-${tomorrow}`, { delayMs: tomorrow + WINDOW_MARGIN_MS - Date.now() });
      return 'skipped: daily cap reached, postponed to tomorrow';
    }

    const items = await loadSuggestionItems(this.dataSource, pending.map((n) => n.suggestionId), this.env.PUBLIC_URL);
    const listed = pending.flatMap((n) => (items.has(n.suggestionId) ? [items.get(n.suggestionId)![n.side]] : []));
    if (listed.length === 0) return 'skipped: suggestions gone';
    const dedupeKey = `${DEDUPE_PREFIX}${job.id}`;
    const rendered = renderSuggestionsEmail({ recipientName: user.displayName, items: listed, preferencesLink: preferencesLink(this.env.PUBLIC_URL) }, user.locale);
    await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.createQueryBuilder().insert().into(EmailMessage).values({ dedupeKey, userId, to: user.email, ...rendered }).orIgnore().execute();
      // A replay of this job: the e-mail exists already, with what it said then.
      if (!inserted.identifiers[0]) return;
      await manager.update(Notification, { id: In(pending.map((n) => n.id)) }, { digestedAt: new Date() });
    });
    const email = await this.dataSource.getRepository(EmailMessage).findOneBy({ dedupeKey, sentAt: IsNull() });
    if (email) await this.queues.add(JOBS.sendEmail, { id: email.id }, `email-${email.id}`);
    return 'done';
  }
}
