import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { addOutboxEvent, Membership, Organization, violatedConstraint } from '@relais/database';
import { QueryVectors } from '@relais/jobs';
import { SearchIndex } from '@relais/search';
import type { AuthUser } from '../auth/auth.decorators';
import { ApiError, notFound } from '../http/api-error';
import { searching } from '../http/search-unavailable';
import type { CreateOrganizationBody, DirectoryQuery, UpdateOrganizationBody } from './dto/organization.dto';
import { MembershipsService } from './memberships.service';

const IDENTIFIER_INDEXES: Record<string, 'siren' | 'rna'> = {
  UQ_organizations_siren: 'siren',
  UQ_organizations_rna: 'rna',
};

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    private readonly memberships: MembershipsService,
    private readonly dataSource: DataSource,
    private readonly search: SearchIndex,
    private readonly queryVectors: QueryVectors,
  ) {}

  /** The creator becomes the organization's first admin. */
  async create(user: AuthUser, body: CreateOrganizationBody): Promise<Organization> {
    return this.saving(() =>
      this.dataSource.transaction(async (manager) => {
        const organization = await manager.save(manager.create(Organization, { ...body, description: body.description ?? '' }));
        await manager.insert(Membership, { organizationId: organization.id, userId: user.userId, role: 'admin' });
        // Same event as an update: the directory's search document is (re)built from the row.
        await addOutboxEvent(manager, { type: 'organization.updated', aggregateId: organization.id, organizationId: organization.id });
        return organization;
      }),
    );
  }

  /** The public profile, with what the organizations it worked with said of it (the comments their authors chose to show). */
  async getPublic(id: string) {
    const organization = await this.organizations.findOneBy({ id });
    if (!organization) throw notFound('Organization');
    return { ...organization, ratings: await this.ratingsOf(id) };
  }

  private async ratingsOf(id: string) {
    const [summary] = await this.dataSource.query(
      `SELECT count(*)::int AS count, round(avg(rating), 1)::float AS average FROM evaluations WHERE subject_organization_id = $1`,
      [id],
    );
    const comments: Array<{ rating: number; comment: string; createdAt: Date; fromId: string; fromName: string }> = await this.dataSource.query(
      `SELECT e.rating, e.comment, e.created_at AS "createdAt", o.id AS "fromId", o.name AS "fromName"
         FROM evaluations e JOIN organizations o ON o.id = e.organization_id
        WHERE e.subject_organization_id = $1 AND e.show_comment AND e.comment <> ''
        ORDER BY e.created_at DESC LIMIT 20`,
      [id],
    );
    return {
      count: summary.count as number,
      average: summary.average as number | null,
      comments: comments.map(({ rating, comment, createdAt, fromId, fromName }) => ({ rating, comment, createdAt, from: { id: fromId, name: fromName } })),
    };
  }

  async update(id: string, user: AuthUser, body: UpdateOrganizationBody): Promise<Organization> {
    await this.memberships.require(id, user, 'admin');
    return this.saving(() =>
      this.dataSource.transaction(async (manager) => {
        const organization = await manager.findOneByOrFail(Organization, { id });
        // A verification holds for the name and identifiers that were checked.
        const checkedChanged = (['name', 'siren', 'rna'] as const).some((field) => field in body && body[field] !== organization[field]);
        if (checkedChanged) Object.assign(organization, { verifiedAt: null, verifiedById: null });
        const saved = await manager.save(Object.assign(organization, body));
        await addOutboxEvent(manager, { type: 'organization.updated', aggregateId: id, organizationId: id });
        return saved;
      }),
    );
  }

  /** The public directory, from the search index (kept in sync by the worker), on the query's words and meaning. */
  async directory({ q, kind, country, page, pageSize }: DirectoryQuery) {
    const meaning = await this.queryVectors.meaningOf(q);
    return searching(() => this.search.searchOrganizations(q, { kind, country }, { page, pageSize }, meaning));
  }

  /** Turns a duplicate SIREN or RNA into a 409 naming the field. */
  private async saving<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const field = IDENTIFIER_INDEXES[violatedConstraint(error) ?? ''];
      if (field) {
        throw new ApiError('IDENTIFIER_TAKEN', 'Another organization already uses this identifier', [
          { path: field, reason: 'is already registered by another organization' },
        ]);
      }
      throw error;
    }
  }
}
