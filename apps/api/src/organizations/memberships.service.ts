import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { MembershipRole } from '@relais/domain';
import { dropNotificationsAbout, Membership, Organization } from '@relais/database';
import { ApiError, notFound } from '../http/api-error';
import type { AuthUser } from '../auth/auth.decorators';

export type MemberView = { userId: string; email: string; displayName: string; role: MembershipRole; since: Date };

/** Who belongs to which organization, and what they may do there. */
@Injectable()
export class MembershipsService {
  constructor(
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    private readonly dataSource: DataSource,
  ) {}

  async roleOf(organizationId: string, userId: string | undefined): Promise<MembershipRole | null> {
    if (!userId) return null;
    const membership = await this.memberships.findOneBy({ organizationId, userId });
    return membership?.role ?? null;
  }

  /** Throws 404 when the organization does not exist, 403 when the caller is not a member (or not an admin). */
  async require(organizationId: string, user: AuthUser, role: MembershipRole | 'any'): Promise<MembershipRole> {
    const found = await this.roleOf(organizationId, user.userId);
    if (!found) {
      if (!(await this.organizations.existsBy({ id: organizationId }))) throw notFound('Organization');
      throw new ApiError('FORBIDDEN', 'Only members of this organization may do this');
    }
    if (role === 'admin' && found !== 'admin') {
      throw new ApiError('FORBIDDEN', 'Only admins of this organization may do this');
    }
    return found;
  }

  async list(organizationId: string, user: AuthUser): Promise<MemberView[]> {
    await this.require(organizationId, user, 'any');
    const rows = await this.memberships.find({
      where: { organizationId },
      relations: { user: true },
      order: { createdAt: 'ASC' },
    });
    return rows.map((m) => ({
      userId: m.userId,
      email: m.user!.email,
      displayName: m.user!.displayName,
      role: m.role,
      since: m.createdAt,
    }));
  }

  async changeRole(organizationId: string, user: AuthUser, memberId: string, role: MembershipRole): Promise<void> {
    await this.require(organizationId, user, 'admin');
    await this.dataSource.transaction(async (manager) => {
      const membership = await this.lockedMembership(manager, organizationId, memberId);
      if (membership.role === 'admin' && role !== 'admin') await this.keepAnAdmin(manager, organizationId);
      await manager.update(Membership, { id: membership.id }, { role });
    });
  }

  async remove(organizationId: string, user: AuthUser, memberId: string): Promise<void> {
    if (memberId !== user.userId) await this.require(organizationId, user, 'admin');
    await this.dataSource.transaction(async (manager) => {
      const membership = await this.lockedMembership(manager, organizationId, memberId);
      if (membership.role === 'admin') await this.keepAnAdmin(manager, organizationId);
      await manager.delete(Membership, { id: membership.id });
      await dropNotificationsAbout(manager, memberId, organizationId);
    });
  }

  private async lockedMembership(manager: EntityManager, organizationId: string, userId: string): Promise<Membership> {
    // Lock every membership of the organization so that two admins demoting each other cannot leave none.
    const rows = await manager.find(Membership, { where: { organizationId }, lock: { mode: 'pessimistic_write' } });
    const membership = rows.find((m) => m.userId === userId);
    if (!membership) throw notFound('Member');
    return membership;
  }

  private async keepAnAdmin(manager: EntityManager, organizationId: string): Promise<void> {
    const admins = await manager.countBy(Membership, { organizationId, role: 'admin' });
    if (admins <= 1) {
      throw new ApiError('LAST_ADMIN', 'An organization needs at least one admin: name another admin first');
    }
  }
}
