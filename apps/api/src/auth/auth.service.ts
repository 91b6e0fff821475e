import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import { Repository } from 'typeorm';
import { User, violatedConstraint } from '@relais/database';
import { ApiError } from '../http/api-error';
import type { LoginBody, RegisterBody } from './dto/auth.dto';
import { SessionsService } from './sessions.service';

export type SignedIn = { token: string; expiresAt: Date; user: PublicUser };
export type PublicUser = Pick<User, 'id' | 'email' | 'displayName' | 'locale' | 'emailPreference'>;

export const toPublicUser = ({ id, email, displayName, locale, emailPreference }: User): PublicUser => ({
  id,
  email,
  displayName,
  locale,
  emailPreference,
});

@Injectable()
export class AuthService {
  /** Checked when the e-mail is unknown, so that both answers take the same time. */
  private readonly dummyHash = argon2.hash(randomUUID(), { type: argon2.argon2id });

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly sessions: SessionsService,
  ) {}

  async register(body: RegisterBody): Promise<SignedIn> {
    const passwordHash = await argon2.hash(body.password, { type: argon2.argon2id });
    let user: User;
    try {
      user = await this.users.save(
        this.users.create({ email: body.email, passwordHash, displayName: body.displayName, locale: body.locale }),
      );
    } catch (error) {
      if (violatedConstraint(error) === 'UQ_users_email') {
        throw new ApiError('EMAIL_TAKEN', 'An account already uses this e-mail address', [
          { path: 'email', reason: 'is already registered' },
        ]);
      }
      throw error;
    }
    return { ...(await this.sessions.open(user)), user: toPublicUser(user) };
  }

  async login({ email, password }: LoginBody): Promise<SignedIn> {
    const user = await this.users.findOneBy({ email });
    const valid = await argon2.verify(user?.passwordHash ?? (await this.dummyHash), password).catch(() => false);
    if (!user || !valid) throw new ApiError('INVALID_CREDENTIALS', 'Wrong e-mail address or password');
    return { ...(await this.sessions.open(user)), user: toPublicUser(user) };
  }

  logout(sessionId: string): Promise<void> {
    return this.sessions.revoke(sessionId);
  }
}
