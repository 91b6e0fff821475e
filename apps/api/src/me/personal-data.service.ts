import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountToken, EmailMessage, eraseAccount, Invitation, Membership, Need, Notification, Offer, Proposal, ProposalMessage, Session, User } from '@relais/database';
import type { AuthUser } from '../auth/auth.decorators';
import { AccountService } from '../auth/account.service';
import { SessionsService } from '../auth/sessions.service';
import { ApiError } from '../http/api-error';

/** What Relais holds about one person (GDPR articles 15 and 20), and their erasure (article 17). */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly account: AccountService,
    private readonly sessions: SessionsService,
  ) {}

  /** Everything stored about the person, as plain JSON: no password hash, no token, nobody else's data. */
  async export(auth: AuthUser) {
    const db = this.dataSource;
    const user = await db.getRepository(User).findOneByOrFail({ id: auth.userId });
    const [memberships, sessions, notifications, emails, links, invitations, needs, offers, proposals, messages] = await Promise.all([
      db.getRepository(Membership).find({ where: { userId: user.id }, relations: { organization: true }, order: { createdAt: 'ASC' } }),
      db.getRepository(Session).find({ where: { userId: user.id }, order: { createdAt: 'ASC' } }),
      db.getRepository(Notification).find({ where: { userId: user.id }, order: { createdAt: 'ASC' } }),
      db.getRepository(EmailMessage).find({ where: [{ userId: user.id }, { to: user.email }], order: { createdAt: 'ASC' } }),
      db.getRepository(AccountToken).find({ where: { userId: user.id }, order: { createdAt: 'ASC' } }),
      db.getRepository(Invitation).find({ where: { email: user.email }, relations: { organization: true }, order: { createdAt: 'ASC' } }),
      db.getRepository(Need).find({ where: { createdById: user.id }, order: { createdAt: 'ASC' } }),
      db.getRepository(Offer).find({ where: { createdById: user.id }, order: { createdAt: 'ASC' } }),
      db.getRepository(Proposal).find({ where: [{ createdById: user.id }, { answeredById: user.id }], order: { createdAt: 'ASC' } }),
      db.getRepository(ProposalMessage).find({ where: { authorId: user.id }, order: { createdAt: 'ASC' } }),
    ]);
    return {
      exportedAt: new Date(),
      account: {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        locale: user.locale,
        emailPreference: user.emailPreference,
        emailVerifiedAt: user.emailVerifiedAt,
        isPlatformAdmin: user.isPlatformAdmin,
        createdAt: user.createdAt,
        lastSeenAt: user.lastSeenAt,
      },
      memberships: memberships.map((m) => ({ organizationId: m.organizationId, organizationName: m.organization!.name, role: m.role, since: m.createdAt })),
      sessions: sessions.map(({ createdAt, expiresAt, revokedAt }) => ({ createdAt, expiresAt, revokedAt })),
      notifications: notifications.map(({ suggestionId, side, proposalId, event, readAt, createdAt }) => ({ suggestionId, side, proposalId, event, readAt, createdAt })),
      // A link e-mail keeps its one-time link until it is sent: that text stays out of the file.
      emails: emails.map(({ subject, text, redactAfterSend, sentAt, createdAt }) => ({ subject, text: redactAfterSend && !sentAt ? null : text, sentAt, createdAt })),
      accountLinks: links.map(({ purpose, createdAt, expiresAt, usedAt }) => ({ purpose, createdAt, expiresAt, usedAt })),
      invitationsReceived: invitations.map((i) => ({ organizationName: i.organization!.name, role: i.role, createdAt: i.createdAt, acceptedAt: i.acceptedAt, revokedAt: i.revokedAt })),
      postingsWritten: [
        ...needs.map((n) => ({ kind: 'need', id: n.id, organizationId: n.organizationId, title: n.title, status: n.status, createdAt: n.createdAt })),
        ...offers.map((o) => ({ kind: 'offer', id: o.id, organizationId: o.organizationId, title: o.title, status: o.status, createdAt: o.createdAt })),
      ],
      // Proposals the person sent (with their message) or answered (with the reason given).
      proposals: proposals.map((p) => ({
        id: p.id,
        status: p.status,
        fromOrganizationId: p.fromOrganizationId,
        toOrganizationId: p.toOrganizationId,
        ...(p.createdById === user.id ? { sent: { message: p.message, createdAt: p.createdAt } } : {}),
        ...(p.answeredById === user.id ? { answered: { declineReason: p.declineReason, declineText: p.declineText, answeredAt: p.answeredAt } } : {}),
      })),
      messagesWritten: messages.map(({ proposalId, organizationId, body, createdAt }) => ({ proposalId, organizationId, body, createdAt })),
    };
  }

  /**
   * Erases the account, after the password. An organization must keep an admin: the last admin
   * of an organization with other members names another first (409). The organizations' postings stay.
   */
  async erase(auth: AuthUser, password: string): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: auth.userId });
    await this.account.checkCurrentPassword(user, password, 'password');
    await this.dataSource.transaction(async (manager) => {
      const adminOf = await manager.find(Membership, { where: { userId: user.id, role: 'admin' }, relations: { organization: true } });
      for (const membership of adminOf) {
        // In turn: the transaction's one connection runs a query at a time.
        const admins = await manager.countBy(Membership, { organizationId: membership.organizationId, role: 'admin' });
        const members = await manager.countBy(Membership, { organizationId: membership.organizationId });
        if (admins === 1 && members > 1) {
          throw new ApiError('LAST_ADMIN', `You are the last admin of ${membership.organization!.name}: name another admin first`);
        }
      }
      await eraseAccount(manager, user.id);
    });
    this.sessions.forgetPerson(user.id);
  }
}
