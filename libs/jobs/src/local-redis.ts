import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** True when a Redis server answers PING at this URL. */
export function redisAnswers(url: string, timeoutMs = 1000): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => done(data.toString().startsWith('+PONG') || data.toString().startsWith('-NOAUTH')));
  });
}

export const REDIS_INSTALL_HELP =
  'Redis is needed and none was found. Install it (Debian/Ubuntu: sudo apt-get install redis-server; ' +
  'Fedora: sudo dnf install redis; macOS: brew install redis) or set REDIS_URL to a running server.';

export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Starts a local `redis-server` (from the machine's packages) on a port, keeping its data in
 * `dir` when given (append-only file), or nothing on disk otherwise. Throws REDIS_INSTALL_HELP
 * when no redis-server is installed.
 */
export async function startLocalRedis(port: number, dir?: string): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!hasRedisServer()) throw new Error(REDIS_INSTALL_HELP);
  const persistence = dir ? ['--dir', dir, '--appendonly', 'yes', '--save', ''] : ['--save', '', '--appendonly', 'no'];
  if (dir) mkdirSync(dir, { recursive: true });
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', ...persistence], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 50 && !(await redisAnswers(url)); i++) await sleep(100);
  if (!(await redisAnswers(url))) throw new Error(`redis-server did not start on port ${port}`);
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
