import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { foldText, organizationSearchText } from '@relais/domain';
import { addOutboxEvent, Membership, Organization, violatedConstraint } from '@relais/database';
import type { AuthUser } from '../auth/auth.decorators';
import { ApiError, notFound } from '../http/api-error';
import { offsetOf, toPage, type Page } from '../http/pagination';
import type { CreateOrganizationBody, DirectoryQuery, UpdateOrganizationBody } from './dto/organization.dto';
import { MembershipsService } from './memberships.service';
import { toOrganizationView, type OrganizationView } from './organization.view';

const IDENTIFIER_INDEXES: Record<string, 'siren' | 'rna'> = {
  UQ_organizations_siren: 'siren',
  UQ_organizations_rna: 'rna',
};

/** Escapes LIKE wildcards so that user text is matched literally. */
export const likePattern = (text: string) => `%${foldText(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    private readonly memberships: MembershipsService,
    private readonly dataSource: DataSource,
  ) {}

  /** The creator becomes the organization's first admin. */
  async create(user: AuthUser, body: CreateOrganizationBody): Promise<OrganizationView> {
    return this.saving(() =>
      this.dataSource.transaction(async (manager) => {
        const draft = manager.create(Organization, { ...body, description: body.description ?? '' });
        draft.searchText = organizationSearchText(draft);
        const organization = await manager.save(draft);
        await manager.insert(Membership, { organizationId: organization.id, userId: user.userId, role: 'admin' });
        return toOrganizationView(organization);
      }),
    );
  }

  async getPublic(id: string): Promise<OrganizationView> {
    const organization = await this.organizations.findOneBy({ id });
    if (!organization) throw notFound('Organization');
    return toOrganizationView(organization);
  }

  async update(id: string, user: AuthUser, body: UpdateOrganizationBody): Promise<OrganizationView> {
    await this.memberships.require(id, user, 'admin');
    return this.saving(() =>
      this.dataSource.transaction(async (manager) => {
        const organization = await manager.findOneByOrFail(Organization, { id });
        Object.assign(organization, body);
        organization.searchText = organizationSearchText(organization);
        const saved = await manager.save(organization);
        await addOutboxEvent(manager, { type: 'organization.updated', aggregateId: id, organizationId: id });
        return toOrganizationView(saved);
      }),
    );
  }

  async directory(query: DirectoryQuery): Promise<Page<OrganizationView>> {
    const qb = this.organizations.createQueryBuilder('o').orderBy('o.name', 'ASC').addOrderBy('o.id', 'ASC');
    if (query.q) qb.andWhere('o.search_text LIKE :q', { q: likePattern(query.q) });
    if (query.kind) qb.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.country) qb.andWhere('o.country = :country', { country: query.country });
    const { skip, take } = offsetOf(query);
    const [rows, total] = await qb.skip(skip).take(take).getManyAndCount();
    return toPage(rows.map(toOrganizationView), total, query);
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
