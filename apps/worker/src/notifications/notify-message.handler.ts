import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { Membership, Proposal, ProposalMessage, type User } from '@relais/database';
import { JOBS, JobQueues, type JobData, type JobName } from '@relais/jobs';
import { loadProposalItems, proposalItemKey, renderThreadEmail } from '@relais/notifications';
import type { JobHandler, JobOutcome } from '../jobs/job-handler';
import { preferencesLink } from './notify-suggestion.handler';
import { renewNotice } from './renew-notice';
import { sendRendered } from './send-rendered';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A window's e-mail job runs this long after the window ends, so that PostgreSQL's clock has passed it too. */
const WINDOW_MARGIN_MS = 1000;

type Batch = { job: JobName; preference: User['emailPreference']; windowMs: number };

/** A thread's messages are e-mailed per window: a short one for `immediate` members, a day for `daily` ones. */
const batches = (env: Env): Batch[] => [
  { job: JOBS.emailMessages, preference: 'immediate', windowMs: env.MESSAGE_EMAIL_WINDOW_SECONDS * 1000 },
  { job: JOBS.emailMessagesDaily, preference: 'daily', windowMs: DAY_MS },
];

const windowOf = (at: Date, windowMs: number) => Math.floor(at.getTime() / windowMs);

/** The message, its proposal, and the organization it was written to: the other one of the two. */
async function loadMessage(dataSource: DataSource, id: string) {
  const message = await dataSource.getRepository(ProposalMessage).findOneBy({ id });
  const proposal = message && (await dataSource.getRepository(Proposal).findOneBy({ id: message.proposalId }));
  if (!message || !proposal) return null;
  const recipient = message.organizationId === proposal.fromOrganizationId ? proposal.toOrganizationId : proposal.fromOrganizationId;
  return { message, proposal, recipient };
}

export const membersOf = (dataSource: DataSource, organizationId: string) =>
  dataSource.getRepository(Membership).find({ where: { organizationId, user: { erasedAt: IsNull() } }, relations: { user: true } });

/**
 * A message in a proposal's thread: each member of the organization it was written to gets the
 * thread's in-app notification, unread again (one per thread and person), and the e-mail of its
 * window is queued, to go out once the window ends with every message written in it.
 */
@Injectable()
export class NotifyMessageHandler implements JobHandler {
  readonly job = JOBS.notifyMessage;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async handle({ id }: JobData): Promise<JobOutcome> {
    const loaded = await loadMessage(this.dataSource, id);
    if (!loaded) return 'skipped: message gone';
    const { message, proposal, recipient } = loaded;
    const members = await membersOf(this.dataSource, recipient);
    if (members.length === 0) return 'skipped: nobody to tell';
    await renewNotice(this.dataSource, { userIds: members.map((m) => m.userId), proposalId: proposal.id, event: 'message', organizationId: recipient, at: message.createdAt });
    for (const { job, preference, windowMs } of batches(this.env)) {
      if (!members.some(({ user }) => user!.emailPreference === preference)) continue;
      const window = windowOf(message.createdAt, windowMs);
      const delayMs = (window + 1) * windowMs + WINDOW_MARGIN_MS - Date.now();
      await this.queues.add(job, { id }, `${job}-${proposal.id}-${recipient}-${window}`, { delayMs });
    }
    return 'done';
  }
}

/** Once a window has ended: one e-mail per member (of the batch's preference) with the messages the other side wrote in it. */
abstract class ThreadEmailHandler implements JobHandler {
  abstract readonly job: JobName;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    private readonly env: Env,
  ) {}

  async handle({ id }: JobData): Promise<JobOutcome> {
    const loaded = await loadMessage(this.dataSource, id);
    if (!loaded) return 'skipped: message gone';
    const { message, proposal, recipient } = loaded;
    const { preference, windowMs } = batches(this.env).find((batch) => batch.job === this.job)!;
    const window = windowOf(message.createdAt, windowMs);
    const messages = await this.dataSource
      .getRepository(ProposalMessage)
      .createQueryBuilder('m')
      .where('m.proposal_id = :proposalId AND m.organization_id = :writer', { proposalId: proposal.id, writer: message.organizationId })
      .andWhere('m.created_at >= :from AND m.created_at < :to', { from: new Date(window * windowMs), to: new Date((window + 1) * windowMs) })
      .orderBy('m.created_at', 'ASC')
      .getMany();
    const members = (await membersOf(this.dataSource, recipient)).filter(({ user }) => user!.emailPreference === preference);
    if (members.length === 0) return 'skipped: nobody to e-mail';
    const item = (await loadProposalItems(this.dataSource, [{ proposalId: proposal.id, event: 'message', organizationId: recipient }], this.env.PUBLIC_URL)).get(
      proposalItemKey(proposal.id, 'message', recipient),
    )!;
    const emails = members.map(({ user }) => ({
      dedupeKey: `messages:${proposal.id}:${this.job}:${window}:${user!.id}`,
      userId: user!.id,
      to: user!.email,
      ...renderThreadEmail(
        {
          recipientName: user!.displayName,
          otherOrganizationName: item.notice.otherOrganizationName,
          needTitle: item.notice.needTitle,
          offerTitle: item.notice.offerTitle,
          messages: messages.map((m) => ({ at: m.createdAt, body: m.body })),
          link: item.link,
          preferencesLink: preferencesLink(this.env.PUBLIC_URL),
        },
        user!.locale,
      ),
    }));
    await sendRendered(this.dataSource, this.queues, emails);
    return 'done';
  }
}

@Injectable()
export class ImmediateThreadEmailHandler extends ThreadEmailHandler {
  readonly job = JOBS.emailMessages;
  constructor(dataSource: DataSource, queues: JobQueues, @Inject(ENV) env: Env) {
    super(dataSource, queues, env);
  }
}

@Injectable()
export class DailyThreadEmailHandler extends ThreadEmailHandler {
  readonly job = JOBS.emailMessagesDaily;
  constructor(dataSource: DataSource, queues: JobQueues, @Inject(ENV) env: Env) {
    super(dataSource, queues, env);
  }
}
