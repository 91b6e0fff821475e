import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Env } from '@relais/config';

/**
 * What the web app needs and nothing more: its own scripts, styles and API, the data: URI of its
 * icon. No framing (clickjacking), no plug-ins, forms posted to this site only.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The API documentation page (Swagger UI) starts itself with an inline script and inline styles. */
const DOCS_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

/**
 * Security headers on every answer: a content security policy, nosniff, no framing, no referrer
 * across sites, and HSTS when the product is reached over TLS (over plain http it would only
 * mislead).
 */
export async function addSecurityHeaders(app: NestFastifyApplication, env: Pick<Env, 'PUBLIC_URL'>): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: env.PUBLIC_URL.startsWith('https') ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      if (request.url.startsWith('/api/docs')) reply.header('content-security-policy', DOCS_POLICY);
      return payload;
    });
}
