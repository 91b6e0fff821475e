import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource, IsNull, Not } from 'typeorm';
import { z } from 'zod';
import { addOutboxEvent, Organization } from '@relais/database';
import { CurrentUser, type AuthUser } from '../auth/auth.decorators';
import { notFound } from '../http/api-error';
import { offsetOf, paginationQuery, toPage } from '../http/pagination';
import { idParam } from '../http/validation';
import { requirePlatformAdmin } from './platform-admin';

const organizationsQuery = paginationQuery
  .extend({ verified: z.enum(['true', 'false']).transform((value) => value === 'true').optional() })
  .strict();
type OrganizationsQuery = z.infer<typeof organizationsQuery>;

/**
 * Platform admins check that an organization is who it says (its SIREN or RNA in the public
 * registers, its website) and mark it verified: a badge on its profile and in the directory.
 */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/organizations')
export class OrganizationVerificationController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Organizations with their identifiers, unverified first then newest (platform admins); `verified` filters' })
  async list(@CurrentUser() user: AuthUser, @Query({ schema: organizationsQuery }) query: OrganizationsQuery) {
    requirePlatformAdmin(user);
    const where = query.verified === undefined ? {} : { verifiedAt: query.verified ? Not(IsNull()) : IsNull() };
    const [rows, total] = await this.dataSource.getRepository(Organization).findAndCount({
      where,
      order: { verifiedAt: { direction: 'DESC', nulls: 'FIRST' }, createdAt: 'DESC', id: 'ASC' },
      ...offsetOf(query),
    });
    return toPage(rows, total, query);
  }

  @Post(':id/verification')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark the organization verified (platform admins); verifying again keeps the first date' })
  async verify(@CurrentUser() user: AuthUser, @Param({ schema: idParam }) { id }: { id: string }) {
    requirePlatformAdmin(user);
    return this.setVerified(id, { verifiedAt: new Date(), verifiedById: user.userId });
  }

  @Delete(':id/verification')
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw the verification (platform admins)' })
  async unverify(@CurrentUser() user: AuthUser, @Param({ schema: idParam }) { id }: { id: string }): Promise<void> {
    requirePlatformAdmin(user);
    await this.setVerified(id, { verifiedAt: null, verifiedById: null });
  }

  /** The directory's document follows through the outbox, like any change of the profile. */
  private setVerified(id: string, change: Pick<Organization, 'verifiedAt' | 'verifiedById'>): Promise<{ id: string; verifiedAt: Date | null }> {
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.findOne(Organization, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!organization) throw notFound('Organization');
      if (change.verifiedAt && organization.verifiedAt) return { id, verifiedAt: organization.verifiedAt };
      await manager.update(Organization, { id }, change);
      await addOutboxEvent(manager, { type: 'organization.updated', aggregateId: id, organizationId: id });
      return { id, verifiedAt: change.verifiedAt };
    });
  }
}
