import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadEnv } from '@relais/config';
import { createApp } from './create-app';
import { SkillsService } from './skills/skills.service';

async function bootstrap(): Promise<void> {
  const env = loadEnv();
  const app = await createApp();
  await app.listen({ port: env.PORT, host: env.HOST });
  new Logger('Api').log(`Listening on ${env.PUBLIC_URL}/api (docs at ${env.PUBLIC_URL}/api/docs)`);
  // The skills catalog's text index loads on first use (about 1.5 s): load it now, not on a person's first keystrokes.
  setImmediate(() => void app.get(SkillsService).extract('comptabilité', 'fr', 1));
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
