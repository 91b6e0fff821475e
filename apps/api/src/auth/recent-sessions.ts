import type { AuthUser } from './auth.decorators';

/**
 * Sessions recognised lately, by token, so that a request does not ask PostgreSQL again who is
 * calling. An entry lasts no longer than its session, and goes as soon as its session or its
 * person changes (see SessionsService). Every change counts: a lookup that started before one
 * is not remembered, since what it read may be the state from before the change.
 */
export class RecentSessions {
  private readonly byToken = new Map<string, { user: AuthUser; until: number }>();
  private changes = 0;

  constructor(private readonly maxEntries = 10_000) {}

  /** To read before a lookup, and give back to `remember` with what it found. */
  get generation(): number {
    return this.changes;
  }

  get(token: string, now = Date.now()): AuthUser | undefined {
    const entry = this.byToken.get(token);
    if (entry && entry.until > now) return entry.user;
    if (entry) this.byToken.delete(token);
    return undefined;
  }

  remember(token: string, user: AuthUser, until: number, generation: number): void {
    if (generation !== this.changes) return;
    // The oldest goes first: a Map keeps its keys in the order they came.
    if (this.byToken.size >= this.maxEntries) this.byToken.delete(this.byToken.keys().next().value!);
    this.byToken.set(token, { user, until });
  }

  forget(change: { sessionId: string } | { userId: string } | 'all'): void {
    this.changes++;
    if (change === 'all') return this.byToken.clear();
    for (const [token, { user }] of this.byToken) {
      if ('sessionId' in change ? user.sessionId === change.sessionId : user.userId === change.userId) this.byToken.delete(token);
    }
  }

  get size(): number {
    return this.byToken.size;
  }
}
