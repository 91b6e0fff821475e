import { z } from 'zod';

const url = (protocols: string[]) =>
  z.url().refine((value) => protocols.some((p) => value.startsWith(`${p}:`)), {
    message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
  });

/** Every environment variable the apps read. Defaults are for local runs (see .env.example). */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: url(['postgres', 'postgresql']),
    /** The longest the apps wait for a database connection or a query's answer before giving up (503). */
    DATABASE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    REDIS_URL: url(['redis', 'rediss']).default('redis://127.0.0.1:6379'),
    MEILI_URL: url(['http', 'https']).default('http://127.0.0.1:7700'),
    MEILI_MASTER_KEY: z.string().default(''),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters long'),
    SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 7),
    SMTP_URL: url(['smtp', 'smtps']).default('smtp://127.0.0.1:1025'),
    MAIL_FROM: z.string().min(3).default('Relais <no-reply@relais.local>'),
    PUBLIC_URL: url(['http', 'https']).default('http://localhost:3000'),
    /**
     * Which proxies' X-Forwarded-For to believe for the client's address (rate limits, secure cookies):
     * `loopback` (a reverse proxy on the same machine), `false`, `true` (any: only behind a proxy
     * that always sets it), or comma-separated addresses and ranges.
     */
    TRUST_PROXY: z
      .string()
      .default('loopback')
      .transform((value): boolean | string => {
        const trimmed = value.trim();
        return trimmed === 'true' || trimmed === 'false' ? trimmed === 'true' : trimmed;
      }),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(256 * 1024),
    LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
    /** The job retry policy: attempts, and the first pause of the exponential backoff. */
    JOB_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
    JOB_BACKOFF_MS: z.coerce.number().int().min(1).max(600_000).default(1000),
    /** How long a running job's lock lasts without renewal: the jobs of a worker that died are run again after it. */
    JOB_LOCK_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
    /** How often the worker drives again the work a dependency's outage stopped (failed jobs, the search index, the digest's schedule). */
    /** Accounts nobody signed in to for this long are warned by e-mail, then anonymized RETENTION_NOTICE_DAYS later. */
    RETENTION_INACTIVE_DAYS: z.coerce.number().int().min(30).max(36500).default(3 * 365),
    RETENTION_NOTICE_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    RECONCILE_INTERVAL_MS: z.coerce.number().int().min(200).max(3_600_000).default(60_000),
    /** Days the other side has to answer a proposal; it expires after. */
    PROPOSAL_RESPONSE_DAYS: z.coerce.number().int().min(1).max(60).default(10),
    /** Proposals an organization may have waiting for an answer at once. */
    PROPOSALS_PENDING_MAX: z.coerce.number().int().min(1).max(1000).default(20),
    /** Messages of a proposal's thread are e-mailed together, one e-mail per window of this many seconds (members with `immediate` e-mails; `daily` ones get a day's in one). */
    MESSAGE_EMAIL_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
    /** New suggestions are e-mailed together, one e-mail per person and window of this many seconds (members with `immediate` e-mails). */
    SUGGESTION_EMAIL_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
    /** The most e-mails of suggestions a person gets in a day (UTC); what comes after waits for the next day's first e-mail. */
    SUGGESTION_EMAILS_PER_DAY: z.coerce.number().int().min(1).max(1000).default(12),
    /** `off`: the worker embeds no posting and matches on words alone (saves about 250 MB of worker memory). */
    EMBEDDINGS: z.enum(['on', 'off']).default('on'),
    /** The outbox relay wakes when an event is committed (LISTEN/NOTIFY); it also polls this often, in case a notification is missed. */
    OUTBOX_FALLBACK_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(1000),
    /** Where uploaded files (signed agreements) are kept, on local disk; relative to the working directory. */
    STORAGE_DIR: z.string().trim().min(1).default('.data/uploads'),
    /** The largest upload accepted (a signed agreement as PDF). */
    UPLOAD_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024),
    /** The web app's build (`vite build`), served at `/`; relative to the working directory. Unset or empty: dist/web at the repository root. */
    WEB_DIST_DIR: z
      .string()
      .optional()
      .transform((value) => value?.trim() || undefined),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.MEILI_MASTER_KEY.length < 16) {
      ctx.addIssue({
        code: 'custom',
        path: ['MEILI_MASTER_KEY'],
        message: 'must be at least 16 characters long in production',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Parses the environment once; the error names every bad variable and what is wrong. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  ${issue.path.join('.')}: ${issue.code === 'invalid_type' ? 'is missing' : issue.message}`,
  );
  throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
}

const LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

/** LOG_LEVEL names the most detailed level shown. */
export const logLevels = (level: Env['LOG_LEVEL']) => LEVELS.slice(0, LEVELS.indexOf(level) + 1);
