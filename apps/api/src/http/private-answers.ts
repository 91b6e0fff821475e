import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AuthenticatedRequest } from '../auth/auth.decorators';

/**
 * An answer to a signed-in caller is theirs alone: no browser or shared cache may keep it (the
 * next person on a shared computer, or a proxy, would see it). Anonymous answers are the same
 * for everyone and keep their default caching.
 */
export function keepPersonalAnswersPrivate(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      if ((request as AuthenticatedRequest).authUser) reply.header('cache-control', 'no-store');
      return payload;
    });
}
