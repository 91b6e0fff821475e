import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, Repository, type EntityManager } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import type { MembershipRole } from '@relais/domain';
import { Invitation, Membership, Organization, User } from '@relais/database';
import { renderInvitationEmail } from '@relais/notifications';
import { hashLinkToken, newLinkToken } from '../auth/link-tokens';
import type { AuthUser } from '../auth/auth.decorators';
import { ApiError, notFound } from '../http/api-error';
import { RateLimits } from '../auth/rate-limits';
import { MembershipsService } from '../organizations/memberships.service';
import type { InviteBody } from './dto/invitation.dto';
import { dropUnsentInvitationEmails, storeInvitationEmail } from './invitation-emails';
import { invitationStatus, type InvitationStatus } from './invitation-status';

const INVITATION_TTL_MS = 14 * 24 * 3600 * 1000;

export type InvitationView = Pick<Invitation, 'id' | 'email' | 'role' | 'expiresAt' | 'createdAt'>;
export type PublicInvitation = {
  organization: { id: string; name: string };
  email: string;
  role: MembershipRole;
  expiresAt: Date;
  status: InvitationStatus;
};

const toView = ({ id, email, role, expiresAt, createdAt }: Invitation): InvitationView => ({ id, email, role, expiresAt, createdAt });


/** Invitations by e-mail to join an organization, for people who may have no account yet. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    private readonly access: MembershipsService,
    private readonly dataSource: DataSource,
    private readonly limits: RateLimits,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Inviting an address again renews its open invitation: a new token (the old link stops working) and a new expiry. */
  async invite(organizationId: string, auth: AuthUser, { email, role }: InviteBody): Promise<InvitationView> {
    await this.access.require(organizationId, auth, 'admin');
    if (await this.isMember(organizationId, email)) {
      throw new ApiError('ALREADY_MEMBER', 'This person is already a member', [{ path: 'email', reason: 'is already a member' }]);
    }
    const organization = await this.dataSource.getRepository(Organization).findOneByOrFail({ id: organizationId });
    const inviter = await this.dataSource.getRepository(User).findOneByOrFail({ id: auth.userId });
    // The e-mail goes to a third party with words the inviter chose: only from a confirmed address, and not in bulk.
    if (!inviter.emailVerifiedAt) {
      throw new ApiError('EMAIL_NOT_VERIFIED', 'Confirm your e-mail address first: open the link we sent you, or ask for a new one');
    }
    await this.limits.take('invitationsPerOrganization', organizationId);
    const token = newLinkToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);

    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.upsertOpen(manager, { organizationId, email, role, tokenHash: hashLinkToken(token), invitedById: auth.userId, expiresAt });
      const rendered = renderInvitationEmail({
        inviterName: inviter.displayName,
        organizationName: organization.name,
        role,
        link: `${this.env.PUBLIC_URL.replace(/\/$/, '')}/invitations/${token}`,
        expiresAt,
      });
      await storeInvitationEmail(manager, invitation, rendered);
      return toView(invitation);
    });
  }

  /** Invitations still waiting for an answer: neither accepted, nor revoked, nor expired. */
  async listPending(organizationId: string, auth: AuthUser): Promise<{ items: InvitationView[] }> {
    await this.access.require(organizationId, auth, 'admin');
    const rows = await this.invitations.find({
      where: { organizationId, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    return { items: rows.map(toView) };
  }

  /** Revoking twice is harmless; an accepted invitation is a membership now, removed as such. */
  async revoke(organizationId: string, auth: AuthUser, invitationId: string): Promise<void> {
    await this.access.require(organizationId, auth, 'admin');
    const invitation = await this.invitations.findOneBy({ id: invitationId, organizationId });
    if (!invitation) throw notFound('Invitation');
    if (invitation.acceptedAt) {
      throw new ApiError('INVALID_TRANSITION', 'This invitation was accepted already: remove the member instead');
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Invitation, { id: invitationId, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
      await dropUnsentInvitationEmails(manager, invitationId);
    });
  }

  /** What the link shows to anyone who has it, before they sign in. */
  async lookup(token: string): Promise<PublicInvitation> {
    const invitation = await this.invitations.findOne({ where: { tokenHash: hashLinkToken(token) }, relations: { organization: true } });
    if (!invitation) throw notFound('Invitation');
    return {
      organization: { id: invitation.organizationId, name: invitation.organization!.name },
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      status: invitationStatus(invitation, new Date()),
    };
  }

  /**
   * Makes the signed-in person a member, when the invitation was sent to their address. The
   * invitation row is locked, so two acceptances at once make one membership (the second finds
   * it used); someone already a member keeps their role.
   */
  async accept(token: string, auth: AuthUser): Promise<{ organizationId: string; role: MembershipRole }> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(Invitation, { where: { tokenHash: hashLinkToken(token) }, lock: { mode: 'pessimistic_write' } });
      if (!invitation) throw notFound('Invitation');
      await this.checkAcceptable(manager, invitation, auth);
      const { organizationId, role } = invitation;
      await manager.createQueryBuilder().insert().into(Membership).values({ organizationId, userId: auth.userId, role }).orIgnore().execute();
      await manager.update(Invitation, { id: invitation.id }, { acceptedAt: new Date() });
      const membership = await manager.findOneByOrFail(Membership, { organizationId, userId: auth.userId });
      return { organizationId, role: membership.role };
    });
  }

  private async checkAcceptable(manager: EntityManager, invitation: Invitation, auth: AuthUser): Promise<void> {
    const status = invitationStatus(invitation, new Date());
    if (status === 'accepted' || status === 'revoked') {
      throw new ApiError('INVITATION_USED', 'This invitation was already used or withdrawn: ask for a new one');
    }
    if (status === 'expired') throw new ApiError('INVITATION_EXPIRED', 'This invitation has expired: ask for a new one');
    const user = await manager.findOneByOrFail(User, { id: auth.userId });
    if (user.email !== invitation.email) {
      throw new ApiError(
        'INVITATION_FOR_ANOTHER_EMAIL',
        'This invitation was sent to another e-mail address: sign in with that address to accept it',
      );
    }
  }

  private isMember(organizationId: string, email: string): Promise<boolean> {
    return this.memberships
      .createQueryBuilder('m')
      .innerJoin('m.user', 'u')
      .where('m.organization_id = :organizationId', { organizationId })
      .andWhere('u.email = :email', { email })
      .getExists();
  }

  /** The organization's one open invitation for this address, created or renewed (new token, role, inviter and expiry). */
  private async upsertOpen(manager: EntityManager, fields: Omit<Invitation, 'id' | 'acceptedAt' | 'revokedAt' | 'createdAt'>): Promise<Invitation> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Invitation)
      .values(fields)
      .orUpdate(['role', 'token_hash', 'invited_by_id', 'expires_at'], ['organization_id', 'email'], {
        indexPredicate: 'accepted_at IS NULL AND revoked_at IS NULL',
      })
      .returning('id')
      .execute();
    const [{ id }] = result.raw as Array<{ id: string }>;
    return manager.findOneByOrFail(Invitation, { id });
  }
}
