import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Where in a parsed value a string holds U+0000, as a field path (`keywords.2`); null if none. */
export function nulCharacterPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || '(root)' : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulCharacterPath(item, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulCharacterPath(key, [...path, key]) ?? nulCharacterPath(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * PostgreSQL cannot store U+0000 in text, and no person types it: a body, query or path that
 * holds one is refused as a field error before any route sees it (it used to end in a 500).
 */
export function refuseNulCharacters(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preHandler', async (request, reply) => {
      const path = nulCharacterPath(request.body) ?? nulCharacterPath(request.query) ?? nulCharacterPath(request.params);
      if (path === null) return;
      await reply.code(400).send({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'The request has invalid fields',
        details: [{ path, reason: 'must not contain a NUL character' }],
      });
    });
}
