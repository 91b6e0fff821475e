import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { addOutboxEvent, Engagement, expireOverdueProposals, Need, Offer, Organization, Proposal, Suggestion, User, violatedConstraint } from '@relais/database';
import { decideProposal, type ProposalAction, type ProposalStatus, type Side } from '@relais/domain';
import type { AuthUser } from '../auth/auth.decorators';
import { ApiError, invalid, notFound } from '../http/api-error';
import { offsetOf, toPage } from '../http/pagination';
import { MembershipsService } from '../organizations/memberships.service';
import { createEngagement } from '../engagements/engagement-terms';
import type { CreateProposalBody, DeclineProposalBody, ProposalsQuery } from './proposal.dto';

const DAY_MS = 24 * 60 * 60 * 1000;

const other = (side: Side): Side => (side === 'host' ? 'provider' : 'host');

type Person = { displayName: string; email: string };

/**
 * The side a user acts for: the one they belong to, or for a member of both organizations the
 * one they name (`action`: what the side does, for the error).
 */
export function actingSide(sides: Side[], requested: Side | undefined, action: string): Side {
  const side = requested ?? (sides.length === 1 ? sides[0] : null);
  if (!side) throw invalid([{ path: 'side', reason: `you belong to both organizations: say which one ${action} (host or provider)` }]);
  if (!sides.includes(side)) throw new ApiError('FORBIDDEN', `Only members of the ${side}'s organization may act as the ${side}`);
  return side;
}

/**
 * Proposals: on a suggestion, one side asks the other to work together; the other accepts or
 * declines (with a reason), the sender may withdraw, and those left unanswered past their
 * deadline expire (the worker's expiry job, or expireOverdueProposals before any read). Only
 * members of the two organizations see a proposal; the people's names and addresses are shown
 * once it is accepted.
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async create(suggestionId: string, user: AuthUser, body: CreateProposalBody) {
    const suggestion = await this.dataSource.getRepository(Suggestion).findOne({ where: { id: suggestionId }, relations: { need: true, offer: true } });
    const sides = suggestion ? await this.sidesOf(user, suggestion.needOrganizationId, suggestion.offerOrganizationId) : [];
    // People of neither organization do not learn that the pair exists.
    if (!suggestion || sides.length === 0) throw notFound('Suggestion');
    const side = actingSide(sides, body.side, 'proposes');
    if (suggestion.status !== 'active' || suggestion.need!.status !== 'open' || suggestion.offer!.status !== 'open') {
      throw new ApiError('SUGGESTION_NOT_ACTIVE', 'This suggestion is no longer active: one of the postings was closed or changed');
    }
    const [from, to] = side === 'host' ? [suggestion.needOrganizationId, suggestion.offerOrganizationId] : [suggestion.offerOrganizationId, suggestion.needOrganizationId];
    const id = await this.dataSource.transaction(async (manager) => {
      // One organization's proposals are counted one request at a time.
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`proposals:${from}`]);
      await expireOverdueProposals(manager, 'from_organization_id = $1 OR (need_id = $2 AND offer_id = $3)', [from, suggestion.needId, suggestion.offerId]);
      const pending = await manager.countBy(Proposal, { fromOrganizationId: from, status: 'pending' });
      if (pending >= this.env.PROPOSALS_PENDING_MAX) {
        throw new ApiError('TOO_MANY_PENDING_PROPOSALS', `Your organization already has ${pending} proposals waiting for an answer: wait for answers or withdraw some`);
      }
      try {
        const saved = await manager.save(Proposal, {
          suggestionId,
          needId: suggestion.needId,
          offerId: suggestion.offerId,
          proposerSide: side,
          fromOrganizationId: from,
          toOrganizationId: to,
          createdById: user.userId,
          message: body.message,
          status: 'pending' as const,
          respondBy: new Date(Date.now() + this.env.PROPOSAL_RESPONSE_DAYS * DAY_MS),
        });
        await addOutboxEvent(manager, { type: 'proposal.sent', aggregateId: saved.id, organizationId: to });
        return saved.id;
      } catch (error) {
        if (violatedConstraint(error) === 'UQ_proposals_pending_pair') throw new ApiError('PROPOSAL_PENDING', 'A proposal for this pair already waits for an answer');
        throw error;
      }
    });
    return this.get(id, user);
  }

  async get(id: string, user: AuthUser) {
    const { proposal } = await this.access(id, user);
    const [view] = await this.views(this.dataSource.manager, [proposal]);
    return view;
  }

  /** The proposal (expired first if overdue) and the sides the user may act for; 404 for people of neither organization. */
  async access(id: string, user: AuthUser): Promise<{ proposal: Proposal; sides: Side[] }> {
    await expireOverdueProposals(this.dataSource.manager, 'id = $1', [id]);
    const proposal = await this.dataSource.getRepository(Proposal).findOneBy({ id });
    const sides = proposal ? await this.sidesOf(user, ...this.organizationsOf(proposal)) : [];
    if (!proposal || sides.length === 0) throw notFound('Proposal');
    return { proposal, sides };
  }

  /** An organization's proposals, received or sent, newest first (members of the organization). */
  async list(organizationId: string, user: AuthUser, query: ProposalsQuery) {
    await this.memberships.require(organizationId, user, 'any');
    await expireOverdueProposals(this.dataSource.manager, 'from_organization_id = $1 OR to_organization_id = $1', [organizationId]);
    const where = {
      ...(query.direction === 'received' ? { toOrganizationId: organizationId } : { fromOrganizationId: organizationId }),
      ...(query.status ? { status: query.status } : {}),
    };
    const [rows, total] = await this.dataSource.getRepository(Proposal).findAndCount({ where, order: { createdAt: 'DESC', id: 'ASC' }, ...offsetOf(query) });
    return toPage(await this.views(this.dataSource.manager, rows), total, query);
  }

  accept(id: string, user: AuthUser) {
    return this.transition(id, user, 'accept');
  }

  decline(id: string, user: AuthUser, body: DeclineProposalBody) {
    return this.transition(id, user, 'decline', { declineReason: body.reason, declineText: body.text ?? null });
  }

  withdraw(id: string, user: AuthUser) {
    return this.transition(id, user, 'withdraw');
  }

  /**
   * The state machine decides; the update only applies to a proposal still pending, so that of
   * concurrent answers one wins and the others get 409.
   */
  private async transition(id: string, user: AuthUser, action: Exclude<ProposalAction, 'expire'>, changes: Partial<Proposal> = {}) {
    const { proposal, sides } = await this.access(id, user);
    // A member of both organizations answers for the receiving one, withdraws for the sending one.
    const mine = action === 'withdraw' ? proposal.proposerSide : other(proposal.proposerSide);
    const actor = sides.includes(mine) ? mine : sides[0];
    const decision = decideProposal(proposal.status, action, actor, proposal.proposerSide);
    if (!decision.ok) throw this.refusal(decision.code, proposal.status, action);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(Proposal)
        .set({ ...changes, status: decision.status, answeredAt: () => 'now()', answeredById: user.userId })
        .where("id = :id AND status = 'pending'", { id })
        .execute();
      if (result.affected !== 1) throw new ApiError('INVALID_TRANSITION', 'This proposal was answered meanwhile');
      await addOutboxEvent(manager, { type: 'proposal.changed', aggregateId: id, organizationId: proposal.fromOrganizationId });
      // Accepted: the partnership begins, as an engagement whose terms both sides then set.
      if (decision.status === 'accepted') await createEngagement(manager, proposal);
    });
    return this.get(id, user);
  }

  private refusal(code: 'INVALID_TRANSITION' | 'NOT_YOUR_SIDE' | 'ALREADY_DONE', status: ProposalStatus, action: ProposalAction): ApiError {
    if (code === 'NOT_YOUR_SIDE') {
      return new ApiError('FORBIDDEN', action === 'withdraw' ? 'Only the organization that sent a proposal may withdraw it' : 'Only the organization that received a proposal may answer it');
    }
    return new ApiError('INVALID_TRANSITION', `This proposal is ${status}: it can no longer be ${action === 'withdraw' ? 'withdrawn' : 'answered'}`);
  }

  private organizationsOf(proposal: Proposal): [string, string] {
    return proposal.proposerSide === 'host' ? [proposal.fromOrganizationId, proposal.toOrganizationId] : [proposal.toOrganizationId, proposal.fromOrganizationId];
  }

  /** The sides of the pair the user may act for: members of the host's and of the provider's organization. */
  private async sidesOf(user: AuthUser, hostOrganizationId: string, providerOrganizationId: string): Promise<Side[]> {
    const sides: Side[] = [];
    if (await this.memberships.roleOf(hostOrganizationId, user.userId)) sides.push('host');
    if (await this.memberships.roleOf(providerOrganizationId, user.userId)) sides.push('provider');
    return sides;
  }

  private async views(manager: EntityManager, proposals: Proposal[]) {
    if (proposals.length === 0) return [];
    const ids = <T>(values: T[]) => [...new Set(values)];
    const needs = new Map((await manager.findBy(Need, { id: In(ids(proposals.map((p) => p.needId))) })).map((n) => [n.id, n]));
    const offers = new Map((await manager.findBy(Offer, { id: In(ids(proposals.map((p) => p.offerId))) })).map((o) => [o.id, o]));
    const organizationIds = ids(proposals.flatMap((p) => [p.fromOrganizationId, p.toOrganizationId]));
    const organizations = new Map((await manager.findBy(Organization, { id: In(organizationIds) })).map((o) => [o.id, o]));
    const accepted = proposals.filter((p) => p.status === 'accepted');
    const engagements = new Map(
      (accepted.length ? await manager.findBy(Engagement, { proposalId: In(accepted.map((p) => p.id)) }) : []).map((e) => [e.proposalId, e.id]),
    );
    const peopleIds = ids(accepted.flatMap((p) => [p.createdById, p.answeredById]).filter((id): id is string => id !== null));
    const people = new Map((peopleIds.length ? await manager.findBy(User, { id: In(peopleIds) }) : []).map((u) => [u.id, u]));
    const person = (id: string | null): Person | null => {
      const found = id ? people.get(id) : undefined;
      // An erased account has no name or address left to give.
      return found && !found.erasedAt ? { displayName: found.displayName, email: found.email } : null;
    };
    const organization = (id: string) => {
      const found = organizations.get(id)!;
      return { id: found.id, name: found.name, kind: found.kind, country: found.country };
    };
    const posting = (found: Need | Offer | undefined) => (found ? { id: found.id, title: found.status === 'open' ? found.title : null, status: found.status } : null);
    return proposals.map((p) => ({
      id: p.id,
      suggestionId: p.suggestionId,
      status: p.status,
      proposerSide: p.proposerSide,
      from: organization(p.fromOrganizationId),
      to: organization(p.toOrganizationId),
      need: posting(needs.get(p.needId)),
      offer: posting(offers.get(p.offerId)),
      message: p.message,
      respondBy: p.respondBy,
      createdAt: p.createdAt,
      answeredAt: p.answeredAt,
      declineReason: p.declineReason,
      declineText: p.declineText,
      // Who to write to, once both sides want to work together.
      contacts: p.status === 'accepted' ? { proposer: person(p.createdById), answerer: person(p.answeredById) } : null,
      engagementId: engagements.get(p.id) ?? null,
    }));
  }
}
