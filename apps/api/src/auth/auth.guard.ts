import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { ENV, type Env } from '@relais/config';
import { ApiError } from '../http/api-error';
import { IS_PUBLIC, type AuthenticatedRequest } from './auth.decorators';
import { SessionsService } from './sessions.service';
import { CSRF_COOKIE, csrfTokenMatches, isSafeMethod, newCsrfToken, SESSION_COOKIE, setCsrfCookie } from './session-cookies';

function bearerToken(request: AuthenticatedRequest): string | null {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() || null : null;
}

/**
 * Global guard: recognises the session of the Bearer token, else of the session cookie, and
 * refuses anonymous calls to non-public routes. A browser's cookie travels with cross-site
 * requests too, so a change made on the strength of the cookie must also echo the CSRF cookie
 * in a header, which another site's page cannot read. Bearer calls (scripts) need no such proof.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const bearer = bearerToken(request);
    const cookie = bearer ? null : (request.cookies[SESSION_COOKIE] ?? null);
    const token = bearer ?? cookie;
    if (token) request.authUser = (await this.sessions.authenticate(token)) ?? undefined;
    if (request.authUser && cookie) this.checkCsrf(request, context.switchToHttp().getResponse<FastifyReply>());

    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    // An invalid or expired cookie on a public route is ignored: the caller is simply anonymous.
    if (isPublic || request.authUser) return true;
    throw new ApiError('UNAUTHENTICATED', token ? 'Your session has ended: sign in again' : 'Sign in to do this');
  }

  private checkCsrf(request: AuthenticatedRequest, reply: FastifyReply): void {
    // A lost CSRF cookie comes back with the next page load, so that "reload the page" helps.
    if (!request.cookies[CSRF_COOKIE]) setCsrfCookie(reply, newCsrfToken(), this.env);
    if (isSafeMethod(request.method) || csrfTokenMatches(request)) return;
    throw new ApiError('CSRF_FAILED', "The page's security token is missing or wrong: reload the page and try again");
  }
}
