import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { Membership, Notification, Proposal, type ProposalNotice } from '@relais/database';
import { JOBS, JobQueues, type JobData } from '@relais/jobs';
import { loadProposalItems, proposalItemKey, recipientOf, renderProposalEmail } from '@relais/notifications';
import type { JobHandler, JobOutcome } from '../jobs/job-handler';
import { preferencesLink } from './notify-suggestion.handler';
import { sendRendered } from './send-rendered';

/** The news a proposal's status tells (a thread's messages and an engagement's changes have handlers of their own). */
type StatusNotice = Exclude<ProposalNotice, 'message' | 'engagement' | 'checkpoint'>;

/**
 * Tells the organization a proposal's news concerns: a proposal received or waiting for its
 * answer, to the members of the organization it was sent to; an answer or an expiry, to the
 * members of the one that sent it. Each member gets an in-app notification, and an e-mail when
 * they get e-mails (`immediate` or `daily`: someone waits for the answer, so it goes out at
 * once, not in the digest). One of each per proposal, event and person, whatever the replays.
 */
@Injectable()
export class ProposalNotices {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async tell(proposal: Proposal, event: StatusNotice): Promise<JobOutcome> {
    const organizationId = recipientOf(proposal, event);
    const item = (await loadProposalItems(this.dataSource, [{ proposalId: proposal.id, event, organizationId }], this.env.PUBLIC_URL)).get(
      proposalItemKey(proposal.id, event, organizationId),
    )!;
    const members = await this.dataSource.getRepository(Membership).find({
      where: { organizationId, user: { erasedAt: IsNull() } },
      relations: { user: true },
    });
    if (members.length === 0) return 'skipped: nobody to tell';
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values(members.map(({ userId }) => ({ userId, proposalId: proposal.id, event, organizationId })))
      .orIgnore()
      .execute();
    const emails = members
      .filter(({ user }) => user!.emailPreference !== 'off')
      .map(({ user }) => ({
        dedupeKey: `proposal:${proposal.id}:${event}:${user!.id}`,
        userId: user!.id,
        to: user!.email,
        ...renderProposalEmail(
          { ...item.notice, recipientName: user!.displayName, link: item.link, preferencesLink: preferencesLink(this.env.PUBLIC_URL) },
          user!.locale,
        ),
      }));
    await sendRendered(this.dataSource, this.queues, emails);
    return 'done';
  }
}

/** A proposal sent or changed (outbox events): its news, as its status tells it. */
@Injectable()
export class NotifyProposalHandler implements JobHandler {
  readonly job = JOBS.notifyProposal;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: ProposalNotices,
  ) {}

  async handle({ id }: JobData): Promise<JobOutcome> {
    const proposal = await this.dataSource.getRepository(Proposal).findOneBy({ id });
    if (!proposal) return 'skipped: proposal gone';
    const event = noticeOf(proposal);
    if (!event) return `skipped: nothing to tell about a ${proposal.status} proposal`;
    return this.notices.tell(proposal, event);
  }
}

/** What the proposal's status tells: a withdrawn proposal is not told. */
function noticeOf(proposal: Proposal): StatusNotice | null {
  switch (proposal.status) {
    case 'pending':
      return 'received';
    case 'withdrawn':
      return null;
    default:
      return proposal.status;
  }
}
