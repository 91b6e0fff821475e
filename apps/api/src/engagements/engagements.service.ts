import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { AGREEMENT_TEMPLATES } from '@relais/agreements';
import { addOutboxEvent, Engagement, Evaluation, Need, Offer, Organization } from '@relais/database';
import { decideEngagement, type EngagementStatus, type Side } from '@relais/domain';
import type { AuthUser } from '../auth/auth.decorators';
import { ApiError, invalid, notFound } from '../http/api-error';
import { offsetOf, toPage } from '../http/pagination';
import { MembershipsService } from '../organizations/memberships.service';
import { actingSide } from '../proposals/proposals.service';
import type { EngagementActionBody, EngagementsQuery, EvaluationBody, UpdateEngagementBody } from './engagement.dto';
import { loadPair, mechanismOptions } from './engagement-terms';

export type EngagementAction = 'sign' | 'start' | 'complete' | 'cancel';
const DONE: Record<EngagementAction, string> = { sign: 'signed', start: 'started', complete: 'completed', cancel: 'cancelled' };

/** Until both have signed, the terms may change (a change asks both to sign again); once under way, only the work plan (milestones ticked). */
const TERMS_OPEN: readonly EngagementStatus[] = ['agreed', 'agreement_signed'];

const organizationOf = (engagement: Engagement, side: Side) => (side === 'host' ? engagement.hostOrganizationId : engagement.providerOrganizationId);
const otherSide = (side: Side): Side => (side === 'host' ? 'provider' : 'host');

const stale = () => new ApiError('STALE_VERSION', 'This engagement was changed meanwhile: reload it and try again');

/** What the agreement needs before it can be drawn up and signed. */
export const termsComplete = (engagement: Engagement) => Boolean(engagement.mechanism && engagement.startDate && engagement.endDate && engagement.effortAmount);

const signedBy = (engagement: Engagement): Side[] => [
  ...(engagement.hostSignedAt ? (['host'] as const) : []),
  ...(engagement.providerSignedAt ? (['provider'] as const) : []),
];

/**
 * Engagements: what an accepted proposal becomes. Either side sets its terms (mechanism, dates,
 * effort, the people lent, the work plan), both sign, either starts it, the host completes it,
 * either cancels it before completion (decideEngagement). Only members of the two organizations
 * see it. Every change names the version it was made on, and is written only if nobody changed
 * the engagement meanwhile (409 STALE_VERSION), with its outbox event in the same transaction.
 */
@Injectable()
export class EngagementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipsService,
  ) {}

  async get(id: string, user: AuthUser) {
    const { engagement, sides } = await this.access(id, user);
    const evaluations = await this.dataSource.getRepository(Evaluation).find({ where: { engagementId: id }, order: { createdAt: 'ASC' } });
    // Each side reads the other's evaluation once both have given theirs: neither answers the other's.
    const visible = evaluations.filter((e) => sides.includes(e.side) || engagement.status === 'evaluated');
    return {
      ...(await this.view(engagement, sides)),
      evaluatedBy: evaluations.map((e) => e.side),
      evaluations: visible.map(({ side, rating, delivered, again, comment, showComment, createdAt }) => ({ side, rating, delivered, again, comment, showComment, createdAt })),
    };
  }

  /** An organization's engagements, as host or as provider, most recently changed first, each in short (members of the organization; the partners and postings of a page in three queries). */
  async list(organizationId: string, user: AuthUser, query: EngagementsQuery) {
    await this.memberships.require(organizationId, user, 'any');
    const status = query.status ? { status: query.status } : {};
    const [rows, total] = await this.dataSource.getRepository(Engagement).findAndCount({
      where: [
        { hostOrganizationId: organizationId, ...status },
        { providerOrganizationId: organizationId, ...status },
      ],
      order: { updatedAt: 'DESC', id: 'ASC' },
      ...offsetOf(query),
    });
    const ids = <K extends keyof Engagement>(key: K) => [...new Set(rows.map((e) => e[key] as string))];
    const byId = <T extends { id: string }>(found: T[]) => new Map(found.map((row) => [row.id, row]));
    const [organizations, needs, offers] = await Promise.all([
      this.dataSource.getRepository(Organization).findBy({ id: In([...ids('hostOrganizationId'), ...ids('providerOrganizationId')]) }).then(byId),
      this.dataSource.getRepository(Need).find({ select: { id: true, title: true }, where: { id: In(ids('needId')) } }).then(byId),
      this.dataSource.getRepository(Offer).find({ select: { id: true, title: true }, where: { id: In(ids('offerId')) } }).then(byId),
    ]);
    const organization = (id: string) => {
      const { name, kind, country } = organizations.get(id)!;
      return { id, name, kind, country };
    };
    const items = rows.map((e) => ({
      id: e.id,
      proposalId: e.proposalId,
      status: e.status,
      version: e.version,
      host: organization(e.hostOrganizationId),
      provider: organization(e.providerOrganizationId),
      need: { id: e.needId, title: needs.get(e.needId)?.title ?? '' },
      offer: { id: e.offerId, title: offers.get(e.offerId)?.title ?? '' },
      mechanism: e.mechanism,
      startDate: e.startDate,
      endDate: e.endDate,
      yourSides: [e.hostOrganizationId === organizationId ? ('host' as const) : ('provider' as const)],
      updatedAt: e.updatedAt,
    }));
    return toPage(items, total, query);
  }

  async update(id: string, user: AuthUser, body: UpdateEngagementBody) {
    const { engagement, sides } = await this.access(id, user);
    const side = actingSide(sides, body.side, 'changes');
    const { version: _version, side: _side, ...changes } = body;
    const changesTerms = Object.keys(changes).some((key) => key !== 'workPlan');
    if (!TERMS_OPEN.includes(engagement.status) && (changesTerms || engagement.status !== 'under_way')) {
      throw new ApiError('TERMS_LOCKED', `This engagement is ${engagement.status}: ${engagement.status === 'under_way' ? 'only its work plan can change' : 'it can no longer change'}`);
    }
    const startDate = changes.startDate ?? engagement.startDate;
    const endDate = changes.endDate ?? engagement.endDate;
    if (startDate && endDate && endDate < startDate) throw invalid([{ path: changes.endDate ? 'endDate' : 'startDate', reason: 'the end must not be before the start' }]);
    if (changes.mechanism) {
      const option = mechanismOptions(await loadPair(this.dataSource.manager, engagement), startDate).options.find((o) => o.code === changes.mechanism);
      if (!option?.usable) throw invalid([{ path: 'mechanism', reason: 'is not one of the mechanisms that can carry this pair (see options)' }]);
    }
    const fields: Partial<Engagement> = {
      ...(changes.mechanism !== undefined ? { mechanism: changes.mechanism } : {}),
      ...(changes.startDate ? { startDate: changes.startDate } : {}),
      ...(changes.endDate ? { endDate: changes.endDate } : {}),
      ...(changes.effort ? { effortAmount: changes.effort.amount, effortUnit: changes.effort.unit } : {}),
      ...(changes.people ? { people: changes.people } : {}),
      ...(changes.workPlan ? { workPlan: changes.workPlan } : {}),
      // New terms: both sign again.
      ...(changesTerms ? { status: 'agreed' as const, hostSignedAt: null, providerSignedAt: null } : {}),
    };
    // New terms are a new version of the agreement.
    return this.write(engagement, body.version, side, changesTerms ? { ...fields, termsVersion: () => 'terms_version + 1' } : fields, user);
  }

  async act(id: string, user: AuthUser, action: EngagementAction, body: EngagementActionBody) {
    const { engagement, sides } = await this.access(id, user);
    // The side that must act, when the user belongs to both organizations and names none.
    const side = actingSide(sides, body.side ?? (sides.length > 1 && action === 'complete' ? 'host' : undefined), action === 'sign' ? 'signs' : 'acts');
    if (body.version !== engagement.version) throw stale();
    if (action === 'sign' && !termsComplete(engagement)) {
      throw new ApiError('TERMS_INCOMPLETE', 'Choose the mechanism, the dates and the effort before signing');
    }
    const decision = decideEngagement(engagement.status, action, side, { signed: signedBy(engagement), evaluated: [] });
    if (!decision.ok) {
      if (decision.code === 'NOT_YOUR_SIDE') throw new ApiError('FORBIDDEN', 'Only the host completes the engagement: it received the work');
      if (decision.code === 'ALREADY_DONE') throw new ApiError('ALREADY_DONE', 'Your organization has already signed: the other one signs now');
      throw new ApiError('INVALID_TRANSITION', `This engagement is ${engagement.status}: it cannot be ${DONE[action]}`);
    }
    const fields: Partial<Engagement> = { status: decision.status, ...(action === 'sign' ? { [side === 'host' ? 'hostSignedAt' : 'providerSignedAt']: new Date() } : {}) };
    return this.write(engagement, body.version, side, fields, user);
  }

  /** Once completed, each side evaluates the other once; when both have, the engagement is evaluated. */
  async evaluate(id: string, user: AuthUser, body: EvaluationBody) {
    const { engagement, sides } = await this.access(id, user);
    const side = actingSide(sides, body.side, 'evaluates');
    if (body.version !== engagement.version) throw stale();
    const evaluated = (await this.dataSource.getRepository(Evaluation).find({ select: { side: true }, where: { engagementId: id } })).map((e) => e.side);
    const decision = decideEngagement(engagement.status, 'evaluate', side, { signed: signedBy(engagement), evaluated });
    if (!decision.ok) {
      if (decision.code === 'ALREADY_DONE') throw new ApiError('ALREADY_DONE', 'Your organization has already evaluated this engagement');
      throw new ApiError('INVALID_TRANSITION', `This engagement is ${engagement.status}: it is evaluated once completed`);
    }
    const evaluation = {
      engagementId: id,
      side,
      organizationId: organizationOf(engagement, side),
      subjectOrganizationId: organizationOf(engagement, otherSide(side)),
      rating: body.rating,
      delivered: body.delivered,
      again: body.again,
      comment: body.comment,
      showComment: body.showComment,
      authorId: user.userId,
    };
    return this.write(engagement, body.version, side, { status: decision.status }, user, (manager) => manager.insert(Evaluation, evaluation));
  }

  /** The engagement and the sides the user may act for; 404 for people of neither organization. */
  async access(id: string, user: AuthUser): Promise<{ engagement: Engagement; sides: Side[] }> {
    const engagement = await this.dataSource.getRepository(Engagement).findOneBy({ id });
    const sides: Side[] = [];
    if (engagement && (await this.memberships.roleOf(engagement.hostOrganizationId, user.userId))) sides.push('host');
    if (engagement && (await this.memberships.roleOf(engagement.providerOrganizationId, user.userId))) sides.push('provider');
    if (!engagement || sides.length === 0) throw notFound('Engagement');
    return { engagement, sides };
  }

  /** Writes the change (and `also`, such as an evaluation) only on the version it was made on; of concurrent changes one wins, the others get 409. */
  private async write(engagement: Engagement, version: number, side: Side, fields: QueryDeepPartialEntity<Engagement>, user: AuthUser, also?: (manager: EntityManager) => Promise<unknown>) {
    await this.dataSource.transaction(async (manager: EntityManager) => {
      const result = await manager
        .createQueryBuilder()
        .update(Engagement)
        .set({ ...fields, changedBy: side, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: engagement.id, version })
        .execute();
      if (result.affected !== 1) throw stale();
      await also?.(manager);
      await addOutboxEvent(manager, { type: 'engagement.changed', aggregateId: engagement.id, organizationId: organizationOf(engagement, otherSide(side)) });
    });
    return this.get(engagement.id, user);
  }

  private async view(engagement: Engagement, sides: Side[]) {
    const pair = await loadPair(this.dataSource.manager, engagement);
    const { facts, options } = mechanismOptions(pair, engagement.startDate);
    const organization = ({ id, name, kind, country }: { id: string; name: string; kind: string; country: string }) => ({ id, name, kind, country });
    return {
      id: engagement.id,
      proposalId: engagement.proposalId,
      status: engagement.status,
      version: engagement.version,
      host: organization(pair.host),
      provider: organization(pair.provider),
      need: { id: pair.need.id, title: pair.need.title },
      offer: { id: pair.offer.id, title: pair.offer.title },
      mechanism: engagement.mechanism,
      startDate: engagement.startDate,
      endDate: engagement.endDate,
      effort: engagement.effortAmount ? { amount: engagement.effortAmount, unit: engagement.effortUnit } : null,
      people: engagement.people,
      workPlan: engagement.workPlan,
      signedBy: signedBy(engagement),
      // The documents the mechanism needs, for this version of the terms (GET /engagements/:id/documents/:kind).
      agreement: {
        version: engagement.termsVersion,
        ready: termsComplete(engagement),
        documents: engagement.mechanism ? AGREEMENT_TEMPLATES[engagement.mechanism].map((template) => template.kind) : [],
      },
      yourSides: sides,
      // What the advisor would ask, answered from both profiles, and the rules that decided.
      facts,
      options,
      createdAt: engagement.createdAt,
      updatedAt: engagement.updatedAt,
    };
  }
}
