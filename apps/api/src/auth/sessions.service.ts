import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, MoreThan, Not, Repository, type EntityManager } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { Session, User } from '@relais/database';
import type { AuthUser } from './auth.decorators';

type TokenClaims = { sub: string; sid: string };

/** Signed tokens that name a session row, so that signing out really ends them. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly jwt: JwtService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async open(user: User): Promise<{ token: string; expiresAt: Date }> {
    const ttlSeconds = this.env.SESSION_TTL_HOURS * 3600;
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
    const session = await this.sessions.save(this.sessions.create({ userId: user.id, expiresAt, revokedAt: null }));
    const claims: TokenClaims = { sub: user.id, sid: session.id };
    const token = await this.jwt.signAsync(claims, { expiresIn: ttlSeconds });
    return { token, expiresAt };
  }

  async authenticate(token: string): Promise<AuthUser | null> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      return null;
    }
    const session = await this.sessions.findOne({
      where: { id: claims.sid, userId: claims.sub, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
    if (!session?.user) return null;
    return { userId: session.userId, sessionId: session.id, isPlatformAdmin: session.user.isPlatformAdmin };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every session of the person ("sign out everywhere"), except the one named. */
  async revokeAll(manager: EntityManager, userId: string, exceptSessionId?: string): Promise<void> {
    await manager.update(
      Session,
      { userId, revokedAt: IsNull(), ...(exceptSessionId ? { id: Not(exceptSessionId) } : {}) },
      { revokedAt: new Date() },
    );
  }
}
