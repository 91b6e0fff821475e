import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository, type DeepPartial, type FindOptionsWhere } from 'typeorm';
import { nextStatus, type PostingAction } from '@relais/domain';
import { addOutboxEvent, Need, Offer, preparedQuery, Skill, Suggestion, type OutboxEventType } from '@relais/database';
import type { AuthUser } from '../auth/auth.decorators';
import { ApiError, invalid, notFound } from '../http/api-error';
import { offsetOf, toPage, type Page } from '../http/pagination';
import { unknownSkillProblems } from './posting.dto';
import { MembershipsService } from '../organizations/memberships.service';

/** Needs and offers follow the same life: drafts, published, closed; owned by one organization. */
export type PostingEntity = typeof Need | typeof Offer;
type PostingOf<E extends PostingEntity> = InstanceType<E>;
const tableOf = (entity: PostingEntity) => (entity === Need ? 'needs' : 'offers');

const EVENT_PREFIX = new Map<PostingEntity, 'need' | 'offer'>([
  [Need, 'need'],
  [Offer, 'offer'],
]);

/** A posting as its own organization lists it: with how many active suggestions it has. */
export type ListedPosting<P> = P & { suggestionCount: number };

const eventType = (entity: PostingEntity, what: 'published' | 'updated' | 'closed') =>
  `${EVENT_PREFIX.get(entity)}.${what}` as OutboxEventType;

/** What is shown of a posting: everything but who typed it in. */
export function toPostingView<T extends { createdById?: string }>(posting: T) {
  const { createdById: _createdById, ...view } = posting;
  return view;
}

@Injectable()
export class PostingsService {
  constructor(
    @InjectRepository(Skill) private readonly skills: Repository<Skill>,
    private readonly memberships: MembershipsService,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * A listing page from the search index without the postings PostgreSQL says are no longer
   * open: the index may lag behind (worker down, Meilisearch unreachable for a while).
   */
  async withoutClosed<T extends { id: string }, P extends { items: T[]; total: number }>(entity: PostingEntity, page: P): Promise<P> {
    if (!page.items.length) return page;
    const ids = page.items.map((item) => item.id);
    const table = tableOf(entity);
    const rows = await preparedQuery<{ id: string }>(this.dataSource, `open-of-${table}`, `SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) AND status = 'open'`, [ids]);
    const open = new Set(rows.map((row) => row.id));
    const items = page.items.filter((item) => open.has(item.id));
    return { ...page, items, total: Math.max(0, page.total - (page.items.length - items.length)) };
  }

  /** 400 naming each skill id that is not in the catalog. */
  async checkSkills(ids: string[] | undefined): Promise<void> {
    if (!ids?.length) return;
    const known = new Set((await this.skills.find({ select: { id: true }, where: { id: In(ids) } })).map((s) => s.id));
    const problems = unknownSkillProblems(ids, known);
    if (problems.length) throw invalid(problems);
  }

  /** A new posting starts as a draft of the caller's organization. */
  async create<E extends PostingEntity>(
    entity: E,
    organizationId: string,
    user: AuthUser,
    fields: DeepPartial<PostingOf<E>> & { skills?: string[] },
  ): Promise<PostingOf<E>> {
    await this.memberships.require(organizationId, user, 'any');
    await this.checkSkills(fields.skills);
    const posting = this.dataSource.getRepository<PostingOf<E>>(entity).create({
      ...fields,
      organizationId,
      status: 'draft',
      createdById: user.userId,
    });
    // A draft: nothing to announce yet.
    return this.dataSource.getRepository<PostingOf<E>>(entity).save(posting);
  }

  /** Every posting of one organization, whatever its status, for its members, with its count of active suggestions. */
  async listForOrganization<E extends PostingEntity>(
    entity: E,
    organizationId: string,
    user: AuthUser,
    query: { page: number; pageSize: number; status?: PostingOf<E>['status'] },
  ): Promise<Page<ListedPosting<PostingOf<E>>>> {
    await this.memberships.require(organizationId, user, 'any');
    const where = { organizationId, ...(query.status ? { status: query.status } : {}) };
    const [rows, total] = await this.dataSource.getRepository<PostingOf<E>>(entity).findAndCount({
      where: where as FindOptionsWhere<PostingOf<E>>,
      order: { updatedAt: 'DESC', id: 'ASC' } as never,
      ...offsetOf(query),
    });
    const counts = await this.activeSuggestionCounts(entity, rows.map((row) => row.id));
    return toPage(
      rows.map((row) => Object.assign(row, { suggestionCount: counts.get(row.id) ?? 0 })),
      total,
      query,
    );
  }

  /** One grouped query for a whole page of postings, rather than one count per row. */
  private async activeSuggestionCounts(entity: PostingEntity, ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const column = entity === Need ? 'need_id' : 'offer_id';
    const rows = await this.dataSource
      .getRepository(Suggestion)
      .createQueryBuilder('s')
      .select(`s.${column}`, 'postingId')
      .addSelect('COUNT(*)::int', 'count')
      .where(`s.${column} IN (:...ids)`, { ids })
      .andWhere("s.status = 'active'")
      .groupBy(`s.${column}`)
      .getRawMany<{ postingId: string; count: number }>();
    return new Map(rows.map((row) => [row.postingId, row.count]));
  }

  /** Open postings are visible to anyone allowed on the listing; drafts and closed ones to members only. */
  async findVisible<E extends PostingEntity>(entity: E, id: string, user?: AuthUser): Promise<PostingOf<E>> {
    const posting = await this.dataSource.getRepository<PostingOf<E>>(entity).findOneBy({ id } as never);
    const missing = () => notFound(entity === Need ? 'Need' : 'Offer');
    if (!posting) throw missing();
    // Not "forbidden": whether a draft exists is the owner's business.
    if (posting.status !== 'open' && !(await this.memberships.roleOf(posting.organizationId, user?.userId))) throw missing();
    return posting;
  }

  /** Loads a posting the caller may change: 404 for outsiders when it is not public, 403 when it is. */
  async findOwned<E extends PostingEntity>(entity: E, id: string, user: AuthUser): Promise<PostingOf<E>> {
    const posting = await this.findVisible(entity, id, user);
    await this.memberships.require(posting.organizationId, user, 'any');
    return posting;
  }

  /**
   * The same answer as findOwned (404 for outsiders when the posting is not public, 403 when it
   * is), in one query, for the pages that read only what hangs off a posting (its suggestions).
   */
  async requireOwner(entity: PostingEntity, id: string, user: AuthUser): Promise<void> {
    const table = tableOf(entity);
    const [row] = await preparedQuery<{ status: string; role: string | null }>(
      this.dataSource,
      `owner-of-${table}`,
      `SELECT p.status, m.role FROM ${table} p LEFT JOIN memberships m ON m.organization_id = p.organization_id AND m.user_id = $2 WHERE p.id = $1`,
      [id, user.userId],
    );
    if (!row || (!row.role && row.status !== 'open')) throw notFound(entity === Need ? 'Need' : 'Offer');
    if (!row.role) throw new ApiError('FORBIDDEN', 'Only members of this organization may do this');
  }

  /**
   * Changes a posting the caller may change. The row is locked and read again inside the
   * transaction, so that a change made meanwhile (a close, another edit) is never overwritten:
   * concurrent requests apply one after the other. A change to an open posting is announced to
   * the matching pipeline in the same transaction.
   */
  async update<E extends PostingEntity>(entity: E, id: string, user: AuthUser, apply: (posting: PostingOf<E>) => void): Promise<PostingOf<E>> {
    await this.findOwned(entity, id, user);
    return this.dataSource.transaction(async (manager) => {
      const posting = await this.locked(manager, entity, id);
      apply(posting);
      const saved = await manager.save(entity, posting);
      if (saved.status === 'open' && saved.publishedAt) {
        await addOutboxEvent(manager, { type: eventType(entity, 'updated'), aggregateId: saved.id, organizationId: saved.organizationId });
      }
      return saved as PostingOf<E>;
    });
  }

  /** Publish or close: decided on the locked row, so that of two concurrent publishes one wins and the other gets 409. */
  async transition<E extends PostingEntity>(entity: E, id: string, user: AuthUser, action: PostingAction): Promise<PostingOf<E>> {
    await this.findOwned(entity, id, user);
    return this.dataSource.transaction(async (manager) => {
      const posting = await this.locked(manager, entity, id);
      const status = nextStatus(posting.status, action);
      if (!status) throw new ApiError('INVALID_TRANSITION', `Cannot ${action} a posting that is ${posting.status}`);
      posting.status = status;
      if (status === 'open') posting.publishedAt = new Date();
      if (status === 'closed') posting.closedAt = new Date();
      const saved = await manager.save(entity, posting);
      await addOutboxEvent(manager, {
        type: eventType(entity, status === 'open' ? 'published' : 'closed'),
        aggregateId: saved.id,
        organizationId: saved.organizationId,
      });
      return saved as PostingOf<E>;
    });
  }

  private async locked<E extends PostingEntity>(manager: EntityManager, entity: E, id: string): Promise<PostingOf<E>> {
    const posting = await manager.findOne<PostingOf<E>>(entity, { where: { id } as never, lock: { mode: 'pessimistic_write' } });
    if (!posting) throw notFound(entity === Need ? 'Need' : 'Offer');
    return posting;
  }
}
