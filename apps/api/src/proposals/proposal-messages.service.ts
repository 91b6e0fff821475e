import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { addOutboxEvent, Organization, Proposal, ProposalMessage, User } from '@relais/database';
import type { ProposalStatus, Side } from '@relais/domain';
import type { AuthUser } from '../auth/auth.decorators';
import { RateLimits } from '../auth/rate-limits';
import { ApiError } from '../http/api-error';
import { offsetOf, toPage } from '../http/pagination';
import type { MessagesQuery, WriteMessageBody } from './proposal.dto';
import { actingSide, ProposalsService } from './proposals.service';

/** A thread stays open while the proposal waits for its answer and once it is accepted. */
const OPEN_THREAD: readonly ProposalStatus[] = ['pending', 'accepted'];

const organizationOf = (proposal: Proposal, side: Side) => (side === proposal.proposerSide ? proposal.fromOrganizationId : proposal.toOrganizationId);

/**
 * The thread of a proposal: the two organizations write to each other. Only their members read
 * it; a message's author is named to the other side once the proposal is accepted (before, the
 * organization's name only, like the contacts).
 */
@Injectable()
export class ProposalMessagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proposals: ProposalsService,
    private readonly limits: RateLimits,
  ) {}

  /** Newest first, a page at a time. */
  async list(proposalId: string, user: AuthUser, query: MessagesQuery) {
    const { proposal, sides } = await this.proposals.access(proposalId, user);
    const [rows, total] = await this.dataSource.getRepository(ProposalMessage).findAndCount({
      where: { proposalId },
      order: { createdAt: 'DESC', id: 'ASC' },
      ...offsetOf(query),
    });
    return toPage(await this.views(proposal, sides, rows), total, query);
  }

  async write(proposalId: string, user: AuthUser, body: WriteMessageBody) {
    const { proposal, sides } = await this.proposals.access(proposalId, user);
    const side = actingSide(sides, body.side, 'writes for');
    await this.limits.take('messagesPerAccount', user.userId);
    const message = await this.dataSource.transaction(async (manager) => {
      // Read under a lock that an answer's update waits for: no message lands in a thread closed meanwhile.
      const { status } = await manager.getRepository(Proposal).findOneOrFail({ where: { id: proposalId }, lock: { mode: 'pessimistic_read' } });
      if (!OPEN_THREAD.includes(status)) throw new ApiError('THREAD_CLOSED', `This proposal is ${status}: its thread is closed`);
      const saved = await manager.save(ProposalMessage, { proposalId, organizationId: organizationOf(proposal, side), authorId: user.userId, body: body.body });
      const other = organizationOf(proposal, side === 'host' ? 'provider' : 'host');
      await addOutboxEvent(manager, { type: 'proposal.message', aggregateId: saved.id, organizationId: other });
      return saved;
    });
    const [view] = await this.views(proposal, sides, [message]);
    return view;
  }

  private async views(proposal: Proposal, sides: Side[], messages: ProposalMessage[]) {
    if (messages.length === 0) return [];
    const organizations = new Map(
      (await this.dataSource.getRepository(Organization).findBy({ id: In([proposal.fromOrganizationId, proposal.toOrganizationId]) })).map((o) => [o.id, o]),
    );
    const authorIds = [...new Set(messages.flatMap((m) => (m.authorId ? [m.authorId] : [])))];
    const authors = new Map((authorIds.length ? await this.dataSource.getRepository(User).findBy({ id: In(authorIds) }) : []).map((u) => [u.id, u]));
    const ownOrganizations = sides.map((side) => organizationOf(proposal, side));
    return messages.map((m) => {
      const author = m.authorId ? authors.get(m.authorId) : undefined;
      // One's own organization's people are known; the other side's once the proposal is accepted.
      const named = author && !author.erasedAt && (ownOrganizations.includes(m.organizationId) || proposal.status === 'accepted');
      const organization = organizations.get(m.organizationId)!;
      return {
        id: m.id,
        createdAt: m.createdAt,
        body: m.body,
        side: (m.organizationId === proposal.fromOrganizationId ? proposal.proposerSide : proposal.proposerSide === 'host' ? 'provider' : 'host') as Side,
        organization: { id: organization.id, name: organization.name },
        author: named ? author.displayName : null,
      };
    });
  }
}
