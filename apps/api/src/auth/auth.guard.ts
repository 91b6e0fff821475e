import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from '../http/api-error';
import { IS_PUBLIC, type AuthenticatedRequest } from './auth.decorators';
import { SessionsService } from './sessions.service';

/** Global guard: recognises the bearer token's session, and refuses anonymous calls to non-public routes. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : null;
    if (token) request.authUser = (await this.sessions.authenticate(token)) ?? undefined;

    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic || request.authUser) return true;
    throw new ApiError('UNAUTHENTICATED', token ? 'Your session has ended: sign in again' : 'Sign in to do this');
  }
}
