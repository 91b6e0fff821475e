import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Supervised } from './supervisor';

/** A child that writes its pid to a file and then lives, or dies at once. */
const childScript = (pidFile: string, lifeMs: number) =>
  `require('fs').appendFileSync(${JSON.stringify(pidFile)}, process.pid + '\\n'); setTimeout(() => process.exit(3), ${lifeMs})`;

const pids = (file: string) => readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map(Number);

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(20);
  }
}

describe('Supervised', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'relais-supervisor-'));
  const lines: string[] = [];

  it('starts a child again after it is killed with SIGKILL, as a new process', async () => {
    const file = path.join(dir, 'killed.pids');
    const supervised = new Supervised('worker', process.execPath, ['-e', childScript(file, 60_000)], process.env, { firstDelayMs: 50, log: (l) => lines.push(l) });
    try {
      await until(() => {
        try {
          return pids(file).length === 1;
        } catch {
          return false;
        }
      });
      process.kill(pids(file)[0], 'SIGKILL');
      await until(() => pids(file).length === 2);
      expect(pids(file)[1]).not.toBe(pids(file)[0]);
      expect(supervised.restarts).toBe(1);
      expect(lines).toContain('worker stopped (SIGKILL): starting it again in 50 ms');
    } finally {
      await supervised.stop();
    }
  });

  it('waits longer after each quick death, and stops restarting once stopped', async () => {
    const file = path.join(dir, 'crashing.pids');
    lines.length = 0;
    const supervised = new Supervised('api', process.execPath, ['-e', childScript(file, 0)], process.env, {
      firstDelayMs: 40,
      maxDelayMs: 160,
      log: (l) => lines.push(l),
    });
    await until(() => lines.length >= 4);
    await supervised.stop();
    const count = pids(file).length;
    await sleep(400);

    expect(lines.slice(0, 4).map((l) => /in (\d+) ms/.exec(l)?.[1])).toEqual(['40', '80', '160', '160']);
    expect(lines[0]).toBe('api stopped (exit code 3): starting it again in 40 ms');
    expect(pids(file).length).toBe(count);
  });
});
