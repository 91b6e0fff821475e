/**
 * Imports needs or offers from a CSV or JSON file, with the same rules as the API's
 * POST /organizations/:id/imports (see the README):
 *   npm run import -- --org <organization id> --as person@example.org --kind offers --file offers.csv [--mode valid] [--draft] [--no-wait]
 * An operator runs it without an account of their own; the postings are written in the name of
 * `--as`, who must be a member of the organization (a posting always has an author who can edit it).
 * Then it waits for the worker to match the published postings (`--no-wait` to skip).
 */
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { loadEnv } from '@relais/config';
import { dataSourceOptions, Membership, Organization, User } from '@relais/database';
import { progressLine } from '@relais/search';
import { ApiError } from '../apps/api/src/http/api-error';
import { IMPORT_KINDS, IMPORT_MODES, type ImportKind, type ImportMode } from '../apps/api/src/imports/import-rows';
import { PostingImporter, type ImportSource, type ImportView } from '../apps/api/src/imports/posting-importer';

const USAGE = 'Usage: npm run import -- --org <organization id> --as <member e-mail> --kind needs|offers --file <file.csv|file.json> [--mode all|valid] [--draft] [--no-wait]';
/** Waiting stops when no posting got matched for this long (is the worker running?). */
const STALL_MS = 120_000;

type Options = { org: string; as: string; kind: ImportKind; mode: ImportMode; file: string; publish: boolean; wait: boolean };

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const index = argv.indexOf(`--${name}`);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const [org, as, kind, file, mode = 'all'] = ['org', 'as', 'kind', 'file', 'mode'].map(value);
  if (!org || !as || !file || !IMPORT_KINDS.includes(kind as ImportKind) || !IMPORT_MODES.includes(mode as ImportMode)) throw new Error(USAGE);
  return { org, as: as.toLowerCase(), kind: kind as ImportKind, mode: mode as ImportMode, file, publish: !argv.includes('--draft'), wait: !argv.includes('--no-wait') };
}

async function readSource(file: string): Promise<ImportSource> {
  // npm runs scripts from the project's folder: a relative path is the caller's.
  const text = await readFile(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8');
  if (file.toLowerCase().endsWith('.json')) {
    try {
      return { format: 'json', rows: JSON.parse(text) as unknown };
    } catch (error) {
      throw new Error(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { format: 'csv', text };
}

/** The member whose name the postings carry. */
async function author(dataSource: DataSource, organizationId: string, email: string): Promise<string> {
  if (!(await dataSource.getRepository(Organization).existsBy({ id: organizationId }))) throw new Error(`No organization has the id ${organizationId}`);
  const user = await dataSource.getRepository(User).findOneBy({ email });
  if (!user) throw new Error(`No account uses ${email}`);
  if (!(await dataSource.getRepository(Membership).existsBy({ organizationId, userId: user.id }))) throw new Error(`${email} is not a member of this organization`);
  return user.id;
}

function printRefused(view: Pick<ImportView, 'refused'>): void {
  for (const row of view.refused ?? []) {
    const place = 'line' in row ? `line ${row.line}` : `row ${row.row}`;
    for (const problem of row.problems) console.log(`  ${place}: ${problem.path} ${problem.reason}`);
  }
}

async function waitForMatching(importer: PostingImporter, view: ImportView): Promise<void> {
  let matched = -1;
  let changedAt = Date.now();
  for (;;) {
    const current = (await importer.find(view.organizationId, view.id))?.matched ?? 0;
    if (current !== matched) {
      matched = current;
      changedAt = Date.now();
      const line = progressLine('matched', matched, view.importedCount);
      if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
      else console.log(line);
    }
    if (matched >= view.importedCount) break;
    if (Date.now() - changedAt > STALL_MS) {
      console.log(`\nNo posting matched in ${STALL_MS / 1000} s: is the worker running? The import is kept; follow it with GET /api/organizations/${view.organizationId}/imports/${view.id}`);
      return;
    }
    await sleep(1000);
  }
  if (process.stdout.isTTY) process.stdout.write('\n');
}

/** The exit code: 1 when the file was refused. */
async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const { DATABASE_URL } = loadEnv({ JWT_SECRET: 'x'.repeat(32), ...process.env });
  const dataSource = await new DataSource(dataSourceOptions(DATABASE_URL)).initialize();
  try {
    const userId = await author(dataSource, options.org, options.as);
    const importer = new PostingImporter(dataSource);
    const view = await importer.run(
      { organizationId: options.org, userId, kind: options.kind, mode: options.mode, publish: options.publish, source: await readSource(options.file) },
      (step, count) => console.log(step === 'validated' ? `${count} rows validated` : `${count} ${options.kind} written${options.publish ? ' and published' : ' as drafts'}`),
    );
    if (view.refusedCount) {
      console.log(`Rows refused: ${view.refusedCount}`);
      printRefused(view);
    }
    console.log(`Import ${view.id}`);
    if (options.publish && options.wait && view.importedCount) await waitForMatching(importer, view);
    return 0;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    console.error(error.message);
    for (const problem of error.details ?? []) console.error(`  ${problem.path.replace(/^lines\.(\d+)\.?/, 'line $1: ').replace(/^rows\.(\d+)\.?/, 'row $1: ')} ${problem.reason}`);
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
