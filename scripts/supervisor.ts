import { spawn, type ChildProcess } from 'node:child_process';

export type SupervisorOptions = {
  /** The first pause before a restart; doubled after each quick death, up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** A child that ran this long is healthy again: its next restart waits only `firstDelayMs`. */
  healthyAfterMs?: number;
  log?: (line: string) => void;
};

/**
 * Keeps one child process running: when it dies, it is started again after a pause that grows
 * while it keeps dying quickly (a crash loop does not spin the machine). `stop` ends it for good.
 */
export class Supervised {
  private child: ChildProcess | null = null;
  private stopping = false;
  private delayMs: number;
  private timer: NodeJS.Timeout | null = null;
  restarts = 0;

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: string[],
    private readonly env: NodeJS.ProcessEnv,
    private readonly options: SupervisorOptions = {},
  ) {
    this.delayMs = options.firstDelayMs ?? 1000;
    this.start();
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  private start(): void {
    const startedAt = Date.now();
    const child = spawn(this.command, this.args, { env: this.env, stdio: 'inherit' });
    this.child = child;
    child.on('exit', (code, signal) => {
      if (this.stopping) return;
      const first = this.options.firstDelayMs ?? 1000;
      if (Date.now() - startedAt >= (this.options.healthyAfterMs ?? 60_000)) this.delayMs = first;
      this.log(`${this.name} stopped (${signal ?? `exit code ${code}`}): starting it again in ${this.delayMs} ms`);
      this.timer = setTimeout(() => {
        this.restarts++;
        this.start();
      }, this.delayMs);
      this.delayMs = Math.min(this.delayMs * 2, this.options.maxDelayMs ?? 30_000);
    });
  }

  /** Ends the child (SIGTERM) and stops restarting it. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((resolve) => child.once('exit', resolve).kill('SIGTERM'));
  }

  private log(line: string): void {
    (this.options.log ?? console.log)(line);
  }
}
