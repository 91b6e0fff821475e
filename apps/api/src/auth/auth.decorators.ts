import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

export const IS_PUBLIC = 'relais:isPublic';

/** Anyone may call the route; a signed-in caller is still recognised. Routes are signed-in only by default. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export type AuthUser = { userId: string; sessionId: string; isPlatformAdmin: boolean };

export type AuthenticatedRequest = FastifyRequest & { authUser?: AuthUser };

/** The signed-in caller (routes that are not @Public always have one). */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser | undefined =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().authUser,
);
