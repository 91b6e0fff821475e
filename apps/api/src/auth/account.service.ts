import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import argon2 from 'argon2';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, MoreThan, Repository, type EntityManager } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { AccountToken, queueEmail, User, type AccountTokenPurpose } from '@relais/database';
import { renderAccountEmail, type AccountEmailKind } from '@relais/notifications';
import { ApiError, invalid } from '../http/api-error';
import { hashLinkToken, newLinkToken } from './link-tokens';
import type { AuthUser } from './auth.decorators';
import type { ChangePasswordBody, ResetPasswordBody } from './dto/auth.dto';
import { passwordProblem } from './password-rule';
import { RateLimits } from './rate-limits';
import { SessionsService } from './sessions.service';

const HOUR_MS = 3600 * 1000;
/** How long each kind of link works, and the web app's page it opens. */
const LINKS: Record<AccountTokenPurpose, { ttlMs: number; page: string }> = {
  verify_email: { ttlMs: 7 * 24 * HOUR_MS, page: 'verify-email' },
  reset_password: { ttlMs: HOUR_MS, page: 'reset-password' },
};

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

const linkUsedUp = () => new ApiError('TOKEN_INVALID', 'This link has expired or was already used: ask for a new one');

/** What proves a person holds their address, and what they may do with their password. */
@Injectable()
export class AccountService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly limits: RateLimits,
    @Inject(ENV) private readonly env: Env,
  ) {}

  /** Queues the confirmation e-mail of a new account, inside the transaction that creates it. */
  async sendVerification(manager: EntityManager, user: User, next?: string): Promise<void> {
    await this.sendLink(manager, user, 'verify_email', next);
  }

  /**
   * Someone registers an address that has an account: its owner is told by e-mail, and the
   * answer stays the one a new account gets. An account never confirmed gets a new link instead.
   */
  async remindExistingAccount(email: string, next?: string): Promise<void> {
    const user = await this.users.findOneBy({ email });
    if (!user) return;
    if (!user.emailVerifiedAt) return this.resendVerification(user, next);
    if (!(await this.limits.takeQuietly('accountExistsEmailsPerAccount', user.id))) return;
    await this.dataSource.transaction((manager) => this.sendNotice(manager, user, 'account_exists'));
  }

  /** Confirms the address; the person then signs in with their password. Returns the address, for the sign-in form. */
  async verifyEmail(token: string): Promise<{ email: string }> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.useToken(manager, 'verify_email', token);
      await manager.update(User, { id: row.userId, emailVerifiedAt: IsNull() }, { emailVerifiedAt: new Date() });
      const { email } = await manager.findOneByOrFail(User, { id: row.userId });
      return { email };
    });
  }

  /**
   * A new confirmation link when the address has an account not yet confirmed (the earlier links
   * stop working). The answer is the same whatever the address, as for a password reset.
   */
  async requestVerification(email: string, clientAddress: string, next?: string): Promise<void> {
    await this.limits.take('accountEmailsPerAddress', clientAddress);
    const user = await this.users.findOneBy({ email });
    if (user && !user.emailVerifiedAt) await this.resendVerification(user, next);
  }

  /**
   * Sends a reset link when the address has an account. The answer is the same either way, and
   * the limits count addresses whether they have an account or not, so nothing tells which do.
   */
  async requestReset(email: string, clientAddress: string): Promise<void> {
    await this.limits.take('accountEmailsPerAddress', clientAddress);
    if (!(await this.limits.takeQuietly('resetEmailsPerAccount', email))) return; // already sent enough for now
    const user = await this.users.findOneBy({ email });
    if (!user) return;
    await this.dataSource.transaction((manager) => this.sendLink(manager, user, 'reset_password'));
  }

  /** Sets the new password, confirms the address (the link reached it) and signs out every session. */
  async resetPassword({ token, password }: ResetPasswordBody): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.useToken(manager, 'reset_password', token);
      const user = await manager.findOneByOrFail(User, { id: row.userId });
      // A refused password leaves the link usable: the transaction rolls back.
      const problem = passwordProblem(password, user);
      if (problem) throw invalid([problem]);
      const passwordHash = await hashPassword(password);
      await manager.update(User, { id: user.id }, { passwordHash, emailVerifiedAt: user.emailVerifiedAt ?? new Date() });
      await this.sessions.revokeAll(manager, user.id);
    });
  }

  /** Needs the current password (wrong ones count like failed sign-ins); other sessions are signed out. */
  async changePassword(auth: AuthUser, { currentPassword, newPassword }: ChangePasswordBody): Promise<void> {
    const user = await this.users.findOneByOrFail({ id: auth.userId });
    await this.checkCurrentPassword(user, currentPassword, 'currentPassword');
    const problem = passwordProblem(newPassword, user, 'newPassword');
    if (problem) throw invalid([problem]);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash });
      await this.sessions.revokeAll(manager, user.id, auth.sessionId);
      await this.sendNotice(manager, user, 'password_changed');
    });
  }

  /** At most a few links an hour per account; past that, nothing is sent and nothing tells. */
  private async resendVerification(user: User, next?: string): Promise<void> {
    if (!(await this.limits.takeQuietly('verificationEmailsPerAccount', user.id))) return;
    await this.dataSource.transaction((manager) => this.sendLink(manager, user, 'verify_email', next));
  }

  /**
   * The signed-in person's password, asked again before a sensitive change. Wrong ones count like
   * failed sign-ins (429 past the limit): a stolen session cannot guess it.
   */
  async checkCurrentPassword(user: User, password: string, path: string): Promise<void> {
    await this.limits.check('loginFailuresPerAccount', user.email);
    if (!(await argon2.verify(user.passwordHash, password).catch(() => false))) {
      await this.limits.count('loginFailuresPerAccount', user.email);
      throw invalid([{ path, reason: 'is not your current password' }]);
    }
  }

  private async sendLink(manager: EntityManager, user: User, purpose: AccountTokenPurpose, next?: string): Promise<void> {
    await this.revokeLinks(manager, user.id, purpose);
    const token = newLinkToken();
    const { ttlMs, page } = LINKS[purpose];
    const expiresAt = new Date(Date.now() + ttlMs);
    const { identifiers } = await manager.insert(AccountToken, { userId: user.id, purpose, tokenHash: hashLinkToken(token), expiresAt, usedAt: null });
    const email = renderAccountEmail({ kind: purpose, locale: user.locale, recipientName: user.displayName, link: this.link(`${page}/${token}`, next), expiresAt });
    // The body holds the token, kept nowhere else: blanked once sent.
    await queueEmail(manager, { dedupeKey: `account:${String(identifiers[0].id)}`, userId: user.id, to: user.email, ...email, redactAfterSend: true }, null);
  }

  private async sendNotice(manager: EntityManager, user: User, kind: Exclude<AccountEmailKind, AccountTokenPurpose>): Promise<void> {
    const email = renderAccountEmail({ kind, locale: user.locale, recipientName: user.displayName, link: this.link('signin') });
    await queueEmail(manager, { dedupeKey: `account:${kind}:${randomUUID()}`, userId: user.id, to: user.email, ...email, redactAfterSend: false }, null);
  }

  /**
   * The token's row, marked used; 410 when unknown, used or expired. The row is locked: of two
   * requests with one link, the second finds it used.
   */
  private async useToken(manager: EntityManager, purpose: AccountTokenPurpose, token: string): Promise<AccountToken> {
    const row = await manager.findOne(AccountToken, {
      where: { tokenHash: hashLinkToken(token), purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) throw linkUsedUp();
    await manager.update(AccountToken, { id: row.id }, { usedAt: new Date() });
    return row;
  }

  /** Links of this purpose sent earlier stop working. */
  private async revokeLinks(manager: EntityManager, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    await manager.update(AccountToken, { userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
  }

  /** A page of the web app; `next` is where it goes afterwards. */
  private link(path: string, next?: string): string {
    const query = next ? `?next=${encodeURIComponent(next)}` : '';
    return `${this.env.PUBLIC_URL.replace(/\/$/, '')}/${path}${query}`;
  }
}
