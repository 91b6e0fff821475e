import { withEnv } from './support/env';
import { tcpRelay, through, type TcpRelay } from './support/tcp-relay';
import { TestApi } from './support/test-api';

describe('PostgreSQL stalled', () => {
  let api: TestApi;
  let relay: TcpRelay;
  let restoreEnv: () => void;

  beforeAll(async () => {
    const real = new URL(process.env.DATABASE_URL!);
    relay = await tcpRelay({ host: real.hostname, port: Number(real.port || 5432) });
    restoreEnv = withEnv({ DATABASE_URL: through(real.toString(), relay), DATABASE_TIMEOUT_MS: '1500' });
    api = await TestApi.start();
  });
  afterAll(async () => {
    relay.thaw();
    await api.close();
    await relay.close();
    restoreEnv();
  });

  it('signed-in and public requests answer 503 once the wait runs out, then work again when it answers', async () => {
    const user = await api.register('stall');
    expect((await api.call('GET', '/api/me', { token: user.token })).status).toBe(200);

    relay.freeze();
    const during = await Promise.all([
      api.call('GET', '/api/me', { token: user.token }),
      api.call('GET', '/api/organizations/00000000-0000-4000-8000-000000000001'),
      api.call('GET', '/api/health'),
    ]);
    expect(during.map((answer) => [answer.status, answer.body.code ?? answer.body.database])).toEqual([
      [503, 'SERVICE_UNAVAILABLE'],
      [503, 'SERVICE_UNAVAILABLE'],
      [503, 'down'],
    ]);

    relay.thaw();
    await api.eventually(async () => (await api.call('GET', '/api/me', { token: user.token })).status === 200, 15_000);
    expect((await api.call('GET', '/api/health')).status).toBe(200);
  });
});
