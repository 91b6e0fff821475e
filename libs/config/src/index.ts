export { ConfigError, envSchema, loadEnv, logLevels, type Env } from './env.schema';
export { ConfigModule, ENV } from './config.module';
