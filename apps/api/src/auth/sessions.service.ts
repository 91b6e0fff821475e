import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan, Not, Repository, type EntityManager } from 'typeorm';
import { ENV, type Env } from '@relais/config';
import { ChannelListener, Session, User } from '@relais/database';
import type { AuthUser } from './auth.decorators';
import { RecentSessions } from './recent-sessions';

type TokenClaims = { sub: string; sid: string };

/** The channel a change to a session or a person notifies at commit (migration SessionChanges). */
const CHANNEL = 'session_changes';

/**
 * Signed tokens that name a session row, so that signing out really ends them. Sessions
 * recognised lately are kept in memory while this process listens to their changes, which every
 * API process hears at once: a sign-out anywhere ends the session everywhere. While it cannot
 * listen, every request asks PostgreSQL.
 */
@Injectable()
export class SessionsService implements OnModuleInit, OnModuleDestroy {
  private readonly recent = new RecentSessions();
  private readonly changes: ChannelListener;

  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    private readonly jwt: JwtService,
    @Inject(ENV) private readonly env: Env,
    dataSource: DataSource,
  ) {
    this.changes = new ChannelListener(dataSource, CHANNEL, {
      message: (payload) => {
        const [kind, id] = payload.split(':');
        this.recent.forget(kind === 'session' ? { sessionId: id } : kind === 'user' ? { userId: id } : 'all');
      },
      lost: () => this.recent.forget('all'),
    });
  }

  onModuleInit(): Promise<void> {
    return this.changes.start();
  }

  onModuleDestroy(): void {
    this.changes.stop();
  }

  async open(user: User): Promise<{ token: string; expiresAt: Date }> {
    const ttlSeconds = this.env.SESSION_TTL_HOURS * 3600;
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
    const session = await this.sessions.save(this.sessions.create({ userId: user.id, expiresAt, revokedAt: null }));
    const claims: TokenClaims = { sub: user.id, sid: session.id };
    const token = await this.jwt.signAsync(claims, { expiresIn: ttlSeconds });
    return { token, expiresAt };
  }

  async authenticate(token: string): Promise<AuthUser | null> {
    const listening = this.changes.isListening;
    const known = listening ? this.recent.get(token) : undefined;
    if (known) return known;
    const generation = this.recent.generation;
    let claims: TokenClaims & { exp: number };
    try {
      claims = await this.jwt.verifyAsync<TokenClaims & { exp: number }>(token);
    } catch {
      return null;
    }
    const session = await this.sessions.findOne({
      where: { id: claims.sid, userId: claims.sub, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      relations: { user: true },
    });
    if (!session?.user) return null;
    const user = { userId: session.userId, sessionId: session.id, isPlatformAdmin: session.user.isPlatformAdmin };
    if (listening) this.recent.remember(token, user, Math.min(session.expiresAt.getTime(), claims.exp * 1000), generation);
    return user;
  }

  /**
   * Ends a session. The notification of the change reaches every process, this one too, but a
   * moment later: this process forgets the session at once, so that the caller's next request
   * already finds it ended.
   */
  async revoke(sessionId: string): Promise<void> {
    await this.sessions.update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    this.recent.forget({ sessionId });
  }

  /** For a change to a person made in this process (their account erased): their sessions are read again at once. */
  forgetPerson(userId: string): void {
    this.recent.forget({ userId });
  }

  /** Ends every session of the person ("sign out everywhere"), except the one named. */
  async revokeAll(manager: EntityManager, userId: string, exceptSessionId?: string): Promise<void> {
    await manager.update(
      Session,
      { userId, revokedAt: IsNull(), ...(exceptSessionId ? { id: Not(exceptSessionId) } : {}) },
      { revokedAt: new Date() },
    );
    this.recent.forget({ userId });
  }
}
