import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { loadEnv, logLevels } from '@relais/config';
import { ESCO_ATTRIBUTION } from '@relais/skills-catalog';
import { AppModule } from './app.module';

/** Builds the HTTP app (used by main.ts and by the end-to-end tests). */
export async function createApp(): Promise<NestFastifyApplication> {
  const env = loadEnv();
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule,
    new FastifyAdapter({ bodyLimit: env.BODY_LIMIT_BYTES, trustProxy: true }),
    { logger: env.NODE_ENV === 'test' ? ['error', 'warn'] : logLevels(env.LOG_LEVEL) },
  );
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
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  return app;
}
