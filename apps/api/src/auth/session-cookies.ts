import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Env } from '@relais/config';

/** The session token, for browsers (scripts keep sending it as a Bearer token). */
export const SESSION_COOKIE = 'relais_session';
/** The double-submit CSRF token: readable by the page's script, which echoes it in CSRF_HEADER. */
export const CSRF_COOKIE = 'relais_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Methods that change nothing, so a cross-site request with them cannot do harm. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isSafeMethod = (method: string) => SAFE_METHODS.has(method.toUpperCase());

type CookieEnv = Pick<Env, 'PUBLIC_URL' | 'SESSION_TTL_HOURS'>;

function cookieOptions(env: CookieEnv, httpOnly: boolean): CookieSerializeOptions {
  return {
    httpOnly,
    sameSite: 'lax',
    path: '/',
    // Over plain http (local runs) a Secure cookie would never come back.
    secure: env.PUBLIC_URL.startsWith('https'),
    maxAge: env.SESSION_TTL_HOURS * 3600,
  };
}

export const newCsrfToken = () => randomBytes(32).toString('base64url');

/** Sets both cookies of a browser session; the answer holds a token, so no cache may keep it. */
export function setSessionCookies(reply: FastifyReply, token: string, env: CookieEnv): void {
  reply.setCookie(SESSION_COOKIE, token, cookieOptions(env, true));
  setCsrfCookie(reply, newCsrfToken(), env);
  reply.header('cache-control', 'no-store');
}

export function setCsrfCookie(reply: FastifyReply, value: string, env: CookieEnv): void {
  reply.setCookie(CSRF_COOKIE, value, cookieOptions(env, false));
}

export function clearSessionCookies(reply: FastifyReply, env: CookieEnv): void {
  const { maxAge: _maxAge, ...options } = cookieOptions(env, true);
  reply.clearCookie(SESSION_COOKIE, options);
  reply.clearCookie(CSRF_COOKIE, { ...options, httpOnly: false });
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Header and cookie must be equal; compared in constant time (hashing first gives equal lengths). */
export function csrfTokenMatches(request: FastifyRequest): boolean {
  const header = request.headers[CSRF_HEADER];
  const cookie = request.cookies[CSRF_COOKIE];
  if (typeof header !== 'string' || !header || !cookie) return false;
  return timingSafeEqual(digest(header), digest(cookie));
}
