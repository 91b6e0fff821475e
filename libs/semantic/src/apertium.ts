import { spawn, spawnSync } from 'node:child_process';

/** A line no translation touches, between the texts of one batch. */
const SEPARATOR = '§§§';

/**
 * French to English through Debian's Apertium (French → Spanish → English), run as separate
 * processes. Words it does not know stay as they are. Optional: `available()` says whether the
 * language pairs are installed (`apt-get install apertium-fr-es apertium-eng-spa`).
 */
export class Apertium {
  static available(): boolean {
    const modes = spawnSync('apertium', ['-l'], { encoding: 'utf8' });
    return modes.status === 0 && /^\s*fr-es$/m.test(modes.stdout) && /^\s*spa-eng$/m.test(modes.stdout);
  }

  /** The texts in English, in order; one run of the two translators for the whole batch. */
  async frenchToEnglish(texts: readonly string[]): Promise<string[]> {
    if (texts.length === 0) return [];
    const input = texts.map((text) => text.replace(/\s+/g, ' ').replaceAll(SEPARATOR, ' ')).join(`\n${SEPARATOR}\n`);
    const output = await run(TRANSLATE, input);
    const translated = output.split(SEPARATOR).map((text) => text.trim());
    if (translated.length !== texts.length) throw new Error(`Apertium returned ${translated.length} texts for ${texts.length}`);
    return translated;
  }
}

/**
 * The two translators as a shell pipe, at a low priority: work people wait for (matching,
 * answers) comes first. `cat` first: the apertium script reads /dev/stdin, which cannot be
 * opened on the socket Node gives a child, but can on a pipe. (Kept running with NUL flushes
 * instead, the pipe would cost less per text, but Apertium 3.7's bilingual step does not flush.)
 */
const TRANSLATE = 'cat | nice -n 10 apertium -u fr-es | nice -n 10 apertium -u spa-eng';

function run(command: string, input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', command], { stdio: ['pipe', 'pipe', 'ignore'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`Apertium exited with ${code}`))));
    child.stdin.end(input);
  });
}
