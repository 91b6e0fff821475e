import { ConfigError, loadEnv } from './env.schema';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/relais',
  JWT_SECRET: 'x'.repeat(32),
};

describe('loadEnv', () => {
  it('applies the documented defaults', () => {
    const env = loadEnv(valid);
    expect(env.PORT).toBe(3000);
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(env.SESSION_TTL_HOURS).toBe(168);
  });

  it.each([
    [{ ...valid, DATABASE_URL: undefined }, 'DATABASE_URL: is missing'],
    [{ ...valid, DATABASE_URL: 'mysql://x' }, 'DATABASE_URL: must start with postgres://'],
    [{ ...valid, JWT_SECRET: 'short' }, 'JWT_SECRET: must be at least 32 characters'],
    [{ ...valid, PORT: 'eighty' }, 'PORT:'],
    [{ ...valid, NODE_ENV: 'production' }, 'MEILI_MASTER_KEY: must be at least 16'],
  ])('names the bad variable (%#)', (source, expected) => {
    expect(() => loadEnv(source)).toThrow(ConfigError);
    expect(() => loadEnv(source)).toThrow(expected);
  });
});
