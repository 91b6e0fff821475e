import fastifyCookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { loadEnv, logLevels } from '@relais/config';
import { ESCO_ATTRIBUTION } from '@relais/skills-catalog';
import { AppModule } from './app.module';
import { SESSION_COOKIE } from './auth/session-cookies';
import { refuseNulCharacters } from './http/nul-characters';
import { decodeText } from './imports/csv';
import { keepPersonalAnswersPrivate } from './http/private-answers';
import { addSecurityHeaders } from './http/security-headers';
import { serveWebApp, webAppDir } from './web-app/web-app';

/**
 * Actions such as POST /needs/:id/publish take no body, yet many clients still send
 * `content-type: application/json`: an empty body then means "no body", not malformed JSON.
 * Anything else goes through Fastify's own parser (with its prototype-poisoning guards).
 */
function acceptEmptyJsonBodies(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') done(null, undefined);
    else parseJson(request, body.toString(), done);
  });
}

/** Signed agreements are uploaded as the raw body (application/pdf), up to their own size limit. */
function acceptPdfBodies(app: NestFastifyApplication, limit: number): void {
  app.getHttpAdapter().getInstance().addContentTypeParser('application/pdf', { parseAs: 'buffer', bodyLimit: limit }, (_request, body, done) => done(null, body));
}

/**
 * Bulk imports: the file is the body, CSV (decoded from UTF-8, or Windows-1252 as older
 * spreadsheets write it) or JSON, up to the upload limit rather than the API's usual body limit.
 */
function acceptImportBodies(app: NestFastifyApplication, limit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: limit }, (_request, body, done) => done(null, decodeText(body as Buffer)));
  fastify.addHook('onRoute', (route) => {
    if (route.url === '/api/organizations/:id/imports' && route.method === 'POST') route.bodyLimit = limit;
  });
}

/** Builds the HTTP app (used by main.ts and by the end-to-end tests). */
export async function createApp(): Promise<NestFastifyApplication> {
  const env = loadEnv();
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ bodyLimit: env.BODY_LIMIT_BYTES, trustProxy: env.TRUST_PROXY }),
    // Body parsing is Fastify's own, set up below (Nest would register a second JSON parser).
    { logger: env.NODE_ENV === 'test' ? ['error', 'warn'] : logLevels(env.LOG_LEVEL), bodyParser: false },
  );
  acceptEmptyJsonBodies(app);
  acceptPdfBodies(app, env.UPLOAD_LIMIT_BYTES);
  acceptImportBodies(app, env.UPLOAD_LIMIT_BYTES);
  // Browsers carry the session in a cookie (see AuthGuard); the JWT signs it already.
  await app.register(fastifyCookie);
  await addSecurityHeaders(app, env);
  keepPersonalAnswersPrivate(app);
  refuseNulCharacters(app);
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Relais API')
      .setDescription(
        'Skills for international solidarity: needs, offers, organizations. ' +
          'Errors share one shape: { statusCode, code, message, details? }. ' +
          ESCO_ATTRIBUTION.en,
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .addCookieAuth(SESSION_COOKIE)
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  await serveWebApp(app, webAppDir(env));
  return app;
}
