export { ConfigError, envSchema, loadEnv, type Env } from './env.schema';
export { ConfigModule, ENV } from './config.module';
