import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { freePort } from '@relais/testing';
import { withEnv } from './support/env';
import { TestApi } from './support/test-api';

/**
 * A TCP relay in front of the real PostgreSQL that can be frozen: bytes stop flowing both ways
 * and new connections wait, as when the server is paused (SIGSTOP) or the network stalls.
 */
async function freezableRelay(target: URL): Promise<{ port: number; freeze: () => void; thaw: () => void; close: () => Promise<void> }> {
  let frozen = false;
  const paused: Array<() => void> = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection({ host: target.hostname, port: Number(target.port || 5432) });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    const pipe = (from: Socket, to: Socket) =>
      from.on('data', (chunk) => {
        if (!frozen) to.write(chunk);
        else paused.push(() => to.write(chunk));
      });
    pipe(client, upstream);
    pipe(upstream, client);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    freeze: () => {
      frozen = true;
    },
    thaw: () => {
      frozen = false;
      for (const resume of paused.splice(0)) resume();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('PostgreSQL stalled', () => {
  let api: TestApi;
  let relay: Awaited<ReturnType<typeof freezableRelay>>;
  let restoreEnv: () => void;

  beforeAll(async () => {
    const real = new URL(process.env.DATABASE_URL!);
    relay = await freezableRelay(real);
    const through = new URL(real);
    through.hostname = '127.0.0.1';
    through.port = String(relay.port);
    restoreEnv = withEnv({ DATABASE_URL: through.toString(), DATABASE_TIMEOUT_MS: '1500' });
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
    expect(during.map((answer) => [answer.status, answer.body.code])).toEqual([
      [503, 'SERVICE_UNAVAILABLE'],
      [503, 'SERVICE_UNAVAILABLE'],
      [503, 'SERVICE_UNAVAILABLE'],
    ]);

    relay.thaw();
    await api.eventually(async () => (await api.call('GET', '/api/me', { token: user.token })).status === 200, 15_000);
    expect((await api.call('GET', '/api/health')).status).toBe(200);
  });
});
