import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import { DataSource, Repository } from 'typeorm';
import { User, violatedConstraint } from '@relais/database';
import { ApiError } from '../http/api-error';
import { AccountService, hashPassword } from './account.service';
import type { LoginBody, RegisterBody } from './dto/auth.dto';
import { RateLimits } from './rate-limits';
import { SessionsService } from './sessions.service';

export type SignedIn = { token: string; expiresAt: Date; user: PublicUser };
export type PublicUser = Pick<User, 'id' | 'email' | 'displayName' | 'locale' | 'emailPreference'> & { emailVerified: boolean };

export const toPublicUser = ({ id, email, displayName, locale, emailPreference, emailVerifiedAt }: User): PublicUser => ({
  id,
  email,
  displayName,
  locale,
  emailPreference,
  emailVerified: emailVerifiedAt !== null,
});

@Injectable()
export class AuthService {
  /** Checked when the e-mail is unknown, so that both answers take the same time. */
  private readonly dummyHash = hashPassword(randomUUID());

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly account: AccountService,
    private readonly limits: RateLimits,
  ) {}

  /**
   * A new account, not confirmed, and its confirmation e-mail, written together. The answer never
   * tells whether the address had an account: when it has, its owner gets an e-mail instead.
   * Nobody signs in before the address is confirmed, so nobody uses an address that is not theirs.
   */
  async register(body: RegisterBody, clientAddress: string): Promise<void> {
    await this.limits.take('registrationsPerAddress', clientAddress);
    const passwordHash = await hashPassword(body.password);
    try {
      await this.dataSource.transaction(async (manager) => {
        const created = await manager.save(
          manager.create(User, { email: body.email, passwordHash, displayName: body.displayName, locale: body.locale, emailVerifiedAt: null, lastSeenAt: new Date() }),
        );
        await this.account.sendVerification(manager, created, body.next);
      });
    } catch (error) {
      if (violatedConstraint(error) !== 'UQ_users_email') throw error;
      await this.account.remindExistingAccount(body.email, body.next);
    }
  }

  /**
   * Wrong passwords are counted per account and per client address; past the limit the answer
   * is 429 until the window ends, before any password is checked. A right one clears the account's
   * count; an address not yet confirmed is then refused (403), which only the password's holder learns.
   */
  async login({ email, password }: LoginBody, clientAddress: string): Promise<SignedIn> {
    await this.limits.check('loginFailuresPerAccount', email);
    await this.limits.check('loginFailuresPerAddress', clientAddress);
    const user = await this.users.findOneBy({ email });
    const valid = await argon2.verify(user?.passwordHash ?? (await this.dummyHash), password).catch(() => false);
    if (!user || !valid) {
      await this.limits.count('loginFailuresPerAccount', email);
      await this.limits.count('loginFailuresPerAddress', clientAddress);
      throw new ApiError('INVALID_CREDENTIALS', 'Wrong e-mail address or password');
    }
    await this.limits.reset('loginFailuresPerAccount', email);
    if (!user.emailVerifiedAt) {
      throw new ApiError('EMAIL_NOT_VERIFIED', 'Confirm your e-mail address first: open the link sent to it when the account was created');
    }
    // Signing in keeps the account from the retention rule's anonymization, and cancels its warning.
    await this.users.update({ id: user.id }, { lastSeenAt: new Date(), retentionWarnedAt: null });
    return { ...(await this.sessions.open(user)), user: toPublicUser(user) };
  }

  logout(sessionId: string): Promise<void> {
    return this.sessions.revoke(sessionId);
  }

  signOutEverywhere(userId: string): Promise<void> {
    return this.dataSource.transaction((manager) => this.sessions.revokeAll(manager, userId));
  }
}
