import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type IRateLimiterOptions } from 'rate-limiter-flexible';
import { ENV, type Env } from '@relais/config';
import { redisConnection } from '@relais/jobs';
import { ApiError } from '../http/api-error';

/**
 * Each limit counts attempts per key (an account's e-mail address, a client's IP address) over
 * a window. `points` attempts are allowed; the next one is refused until the window ends.
 */
export const RATE_LIMITS = {
  /** Wrong passwords for one account, from anywhere: a handful, then a pause. */
  loginFailuresPerAccount: { points: 5, duration: 15 * 60 },
  /** Wrong passwords from one address, whatever the accounts tried. */
  loginFailuresPerAddress: { points: 30, duration: 15 * 60 },
  /** Password reset e-mails asked for one account. */
  resetEmailsPerAccount: { points: 3, duration: 3600 },
  /** Password reset or confirmation requests from one address. */
  accountEmailsPerAddress: { points: 20, duration: 3600 },
  /** Accounts created from one address: each sends an e-mail to an address nobody has confirmed yet. */
  registrationsPerAddress: { points: 30, duration: 3600 },
  /** "You already have an account" e-mails for one address, whoever tries to register it. */
  accountExistsEmailsPerAccount: { points: 3, duration: 3600 },
  /** Confirmation e-mails asked again for one account. */
  verificationEmailsPerAccount: { points: 3, duration: 3600 },
  /** Invitations sent by one organization: e-mails to third parties carrying the organization's words. */
  invitationsPerOrganization: { points: 50, duration: 24 * 3600 },
  /** Messages one person writes in proposals' threads: each one notifies another organization. */
  messagesPerAccount: { points: 120, duration: 3600 },
} satisfies Record<string, Pick<IRateLimiterOptions, 'points' | 'duration'>>;
export type RateLimitName = keyof typeof RATE_LIMITS;

/**
 * Rate limits whose counters live in Redis, so that every API process shares them. When Redis
 * does not answer, each process counts in memory meanwhile: limits still hold, per process.
 */
@Injectable()
export class RateLimits implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly limiters: Record<RateLimitName, RateLimiterRedis>;

  constructor(@Inject(ENV) env: Env) {
    this.redis = new Redis(redisConnection(env.REDIS_URL, 'producer') as RedisOptions);
    // A refused connection is reported by each command's fallback; an unhandled 'error' event would crash the process.
    this.redis.on('error', () => undefined);
    const limiter = (name: RateLimitName) =>
      new RateLimiterRedis({
        storeClient: this.redis,
        keyPrefix: `relais:limit:${name}`,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(RATE_LIMITS[name]),
        ...RATE_LIMITS[name],
      });
    this.limiters = Object.fromEntries(Object.keys(RATE_LIMITS).map((name) => [name, limiter(name as RateLimitName)])) as Record<
      RateLimitName,
      RateLimiterRedis
    >;
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }

  /** Throws 429 (with the seconds to wait) when the key has used up its attempts; counts nothing. */
  async check(name: RateLimitName, key: string): Promise<void> {
    const used = await this.limiters[name].get(key);
    if (used && used.consumedPoints >= RATE_LIMITS[name].points) throw tooMany(used.msBeforeNext);
  }

  /** Counts one attempt. */
  async count(name: RateLimitName, key: string): Promise<void> {
    await this.limiters[name].consume(key).catch((result: unknown) => {
      if (!(result instanceof RateLimiterRes)) throw result;
    });
  }

  /** Counts one attempt, refusing it (429) when none is left. */
  async take(name: RateLimitName, key: string): Promise<void> {
    await this.check(name, key);
    await this.count(name, key);
  }

  /** Counts one attempt; false, and nothing counted, when none is left (for answers that must not tell). */
  async takeQuietly(name: RateLimitName, key: string): Promise<boolean> {
    try {
      await this.take(name, key);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'TOO_MANY_REQUESTS') return false;
      throw error;
    }
  }

  /** Forgets the key's attempts (a right password ends a run of wrong ones). */
  async reset(name: RateLimitName, key: string): Promise<void> {
    await this.limiters[name].delete(key);
  }
}

export const tooMany = (msBeforeNext: number) =>
  new ApiError('TOO_MANY_REQUESTS', 'Too many attempts: wait a moment before trying again', undefined, Math.max(1, Math.ceil(msBeforeNext / 1000)));
