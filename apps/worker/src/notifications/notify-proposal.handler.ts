import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { Membership, Need, Offer, Organization, Proposal } from '@relais/database';
import { JOBS, JobQueues, type JobData } from '@relais/jobs';
import { renderProposalEmail, type ProposalEvent } from '@relais/notifications';
import type { JobHandler, JobOutcome } from '../jobs/job-handler';
import { preferencesLink } from './notify-suggestion.handler';
import { sendRendered } from './send-rendered';

/**
 * E-mails a proposal's news to the organization it concerns: a proposal received, to the
 * members of the organization it was sent to; an answer, to the members of the one that sent
 * it. Someone waits for a proposal's answer: it goes out at once to every member who gets
 * e-mails (`immediate` or `daily`), not in the digest. One e-mail per proposal, status and
 * person, whatever the replays.
 */
@Injectable()
export class NotifyProposalHandler implements JobHandler {
  readonly job = JOBS.notifyProposal;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async handle({ id }: JobData): Promise<JobOutcome> {
    const proposal = await this.dataSource.getRepository(Proposal).findOneBy({ id });
    if (!proposal) return 'skipped: proposal gone';
    const event = eventOf(proposal);
    if (!event) return `skipped: nothing to tell about a ${proposal.status} proposal`;
    const [recipientOrganization, otherOrganization] = event === 'received' ? [proposal.toOrganizationId, proposal.fromOrganizationId] : [proposal.fromOrganizationId, proposal.toOrganizationId];
    const [other, need, offer] = await Promise.all([
      this.dataSource.getRepository(Organization).findOneByOrFail({ id: otherOrganization }),
      this.dataSource.getRepository(Need).findOneByOrFail({ id: proposal.needId }),
      this.dataSource.getRepository(Offer).findOneByOrFail({ id: proposal.offerId }),
    ]);
    const members = await this.dataSource.getRepository(Membership).find({
      where: { organizationId: recipientOrganization, user: { emailPreference: Not('off'), erasedAt: IsNull() } },
      relations: { user: true },
    });
    const link = `${this.env.PUBLIC_URL.replace(/\/$/, '')}/organizations/${recipientOrganization}/proposals?direction=${event === 'received' ? 'received' : 'sent'}`;
    const emails = members.map(({ user }) => ({
      dedupeKey: `proposal:${id}:${proposal.status}:${user!.id}`,
      userId: user!.id,
      to: user!.email,
      ...renderProposalEmail(
        {
          event,
          recipientName: user!.displayName,
          otherOrganizationName: other.name,
          needTitle: need.title,
          offerTitle: offer.title,
          message: event === 'received' ? proposal.message : proposal.declineText,
          respondBy: proposal.respondBy,
          declineReason: proposal.declineReason,
          link,
          preferencesLink: preferencesLink(this.env.PUBLIC_URL),
        },
        user!.locale,
      ),
    }));
    if (emails.length === 0) return 'skipped: nobody to e-mail';
    await sendRendered(this.dataSource, this.queues, emails);
    return 'done';
  }
}

/** What the proposal's status tells: a withdrawn or expired proposal is not e-mailed. */
function eventOf(proposal: Proposal): ProposalEvent | null {
  switch (proposal.status) {
    case 'pending':
      return 'received';
    case 'accepted':
    case 'declined':
      return proposal.status;
    default:
      return null;
  }
}
