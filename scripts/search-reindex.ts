/**
 * Rebuilds every Meilisearch index from PostgreSQL:  npm run build && node dist/scripts/search-reindex.js
 * First embeds the open postings and the organizations that have no vector yet, or one of
 * another text (see libs/semantic); `--no-embed` skips that step. Safe while the product runs: documents are
 * replaced in place by id and never dropped as a whole; afterwards, documents whose row is gone
 * (or no longer open) are deleted.
 */
import 'reflect-metadata';
import { DataSource, In, MoreThan, Raw, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from 'typeorm';
import { loadEnv } from '@relais/config';
import { TextSkills } from '@relais/skills-catalog';
import { dataSourceOptions, Need, Offer, Organization, TextEmbedding, Skill, type EmbeddedKind } from '@relais/database';
import { MIN_PRESENTATION_LENGTH, PostingEncoder, presentationOf, type Embeddable } from '@relais/semantic';
import { embedStale } from '../apps/worker/src/semantic/embed-stale';
import {
  INDEX_NAMES,
  needDocument,
  offerDocument,
  organizationDocument,
  progressLine,
  SearchIndex,
  skillDocument,
  type DocumentOf,
  type IndexName,
} from '@relais/search';

export type ReindexOptions = {
  batchSize?: number;
  /** Called after each batch; `finished` once the index is done (done may then differ from total). */
  onProgress?: (index: IndexName, done: number, total: number, finished: boolean) => void;
  /** Only these indexes (all by default). */
  indexes?: readonly IndexName[];
};
export type ReindexReport = Record<IndexName, { indexed: number; removed: number }>;

type Row = ObjectLiteral & { id: string; updatedAt?: Date };

/** How one index is read from PostgreSQL: which rows belong in it, and how a batch becomes documents. */
type Source<I extends IndexName, R extends Row> = {
  entity: EntityTarget<R>;
  where: FindOptionsWhere<R>;
  toDocuments: (rows: R[]) => Promise<DocumentOf[I][]>;
};

async function postingContext(dataSource: DataSource, rows: (Need | Offer)[]) {
  const organizations = await dataSource.getRepository(Organization).findBy({ id: In([...new Set(rows.map((r) => r.organizationId))]) });
  const skillIds = [...new Set(rows.flatMap((r) => r.skills))];
  const skills = skillIds.length
    ? await dataSource.getRepository(Skill).find({ select: { id: true, labelEn: true, labelFr: true }, where: { id: In(skillIds) } })
    : [];
  const organization = (id: string) => {
    const found = organizations.find((o) => o.id === id);
    if (!found) throw new Error(`Organization ${id} is missing`); // the foreign key forbids it
    return found;
  };
  const vectors = await vectorsOf(dataSource, rows);
  return { organization, skills, vector: (posting: Need | Offer) => vectors.get(posting.id) };
}

async function vectorsOf(dataSource: DataSource, rows: readonly { id: string }[]): Promise<Map<string, number[]>> {
  const embeddings = await dataSource.getRepository(TextEmbedding).findBy({ subjectId: In(rows.map((r) => r.id)) });
  return new Map(embeddings.map((row) => [row.subjectId, row.vector]));
}

function sources(dataSource: DataSource): { [I in IndexName]: Source<I, Row> } {
  const textSkills = new TextSkills();
  return {
    needs: {
      entity: Need,
      where: { status: 'open' },
      toDocuments: async (rows) => {
        const { organization, skills, vector } = await postingContext(dataSource, rows as Need[]);
        return (rows as Need[]).map((need) => needDocument(need, organization(need.organizationId), skills, { ...textSkills.fromText(need), vector: vector(need) }));
      },
    },
    offers: {
      entity: Offer,
      where: { status: 'open' },
      toDocuments: async (rows) => {
        const { organization, skills, vector } = await postingContext(dataSource, rows as Offer[]);
        return (rows as Offer[]).map((offer) => offerDocument(offer, organization(offer.organizationId), skills, { ...textSkills.fromText(offer), vector: vector(offer) }));
      },
    },
    organizations: {
      entity: Organization,
      where: {},
      toDocuments: async (rows) => {
        const vectors = await vectorsOf(dataSource, rows);
        return (rows as Organization[]).map((organization) => organizationDocument(organization, vectors.get(organization.id)));
      },
    },
    skills: { entity: Skill, where: {}, toDocuments: async (rows) => (rows as Skill[]).map(skillDocument) },
  } as { [I in IndexName]: Source<I, Row> };
}

const version = (row: Row) => row.updatedAt?.getTime() ?? 0;

/**
 * Batches sent to Meilisearch and not yet indexed, while the next ones are read and prepared.
 * Meilisearch indexes the tasks waiting in its queue as one batch, which costs far less than
 * one batch each: keep its queue full (100 batches of 500 are 50,000 documents queued at most).
 */
const IN_FLIGHT = 100;

async function reindexOne<I extends IndexName>(
  dataSource: DataSource,
  search: SearchIndex,
  index: I,
  source: Source<I, Row>,
  batchSize: number,
  onProgress: (done: number, total: number, finished: boolean) => void,
): Promise<{ indexed: number; removed: number }> {
  const repository = dataSource.getRepository<Row>(source.entity);
  const where = source.where as FindOptionsWhere<Row>;
  const rowsByIds = (ids: string[]) => repository.findBy({ ...where, id: In(ids) });
  // What the re-read after a batch needs of each row: its id and, where it has one, its version.
  const versionsByIds = (ids: string[]) =>
    repository.find({ select: repository.metadata.updateDateColumn ? { id: true, updatedAt: true } : { id: true }, where: { ...where, id: In(ids) } });
  // Rows written in bulk just before (a restore, an import) leave the planner's statistics
  // behind, and a page by id then costs a scan of the whole table: bring them up to date.
  await dataSource.query(`ANALYZE ${repository.metadata.tablePath}`);
  const total = await repository.countBy(where);
  const indexed = new Set<string>();
  let removed = 0;
  onProgress(0, total, false);

  // The documents there before: those whose row is gone are removed at the end. Listed while
  // the first batches are prepared (anything the API's sync adds meanwhile has its row).
  const before = (async () => {
    const ids: string[] = [];
    for await (const page of search.documentIds(index)) ids.push(...page);
    return ids;
  })();
  before.catch(() => undefined); // awaited below; until then a failure must not go unhandled

  const inFlight: Array<{ sent: Map<string, number>; written: () => Promise<void> }> = [];
  const settle = async () => {
    const { sent, written } = inFlight.shift()!;
    await written();
    sent.forEach((_, id) => indexed.add(id));
    // The API may have closed or changed a row between our read and our write, and its own
    // sync may have run in between: read the batch's versions again and settle what moved.
    const now = new Map((await versionsByIds([...sent.keys()])).map((row) => [row.id, version(row)]));
    const gone = [...sent.keys()].filter((id) => !now.has(id));
    const changed = [...sent].flatMap(([id, was]) => (now.has(id) && now.get(id) !== was ? [id] : []));
    await search.remove(index, gone);
    if (changed.length) await search.upsert(index, await source.toDocuments(await rowsByIds(changed)));
    removed += gone.length;
    onProgress(indexed.size, total, false);
  };
  for (let after: string | null = null; ; ) {
    const rows = await repository.find({
      where: { ...where, ...(after ? { id: MoreThan(after) } : {}) },
      order: { id: 'ASC' },
      take: batchSize,
    });
    if (!rows.length) break;
    after = rows[rows.length - 1].id;
    const sent = new Map(rows.map((row) => [row.id, version(row)]));
    inFlight.push({ sent, written: await search.startUpsert(index, await source.toDocuments(rows)) });
    if (inFlight.length >= IN_FLIGHT) await settle();
  }
  while (inFlight.length) await settle();

  // Documents of rows deleted, closed or unpublished since the last sync. Anything published
  // meanwhile is in the database and stays.
  const unknown = (await before).filter((id) => !indexed.has(id));
  for (let start = 0; start < unknown.length; start += batchSize) {
    const ids = unknown.slice(start, start + batchSize);
    const stillThere = new Set((await rowsByIds(ids)).map((row) => row.id));
    const stale = ids.filter((id) => !stillThere.has(id));
    await search.remove(index, stale);
    removed += stale.length;
  }
  onProgress(indexed.size, total, true);
  return { indexed: indexed.size, removed };
}

/** Applies the settings, then rebuilds the indexes one after the other. */
export async function reindexAll(dataSource: DataSource, search: SearchIndex, options: ReindexOptions = {}): Promise<ReindexReport> {
  const { batchSize = 500, onProgress = () => undefined, indexes = INDEX_NAMES } = options;
  await search.applySettings();
  const all = sources(dataSource);
  const report = {} as ReindexReport;
  for (const index of indexes) {
    report[index] = await reindexOne(dataSource, search, index, all[index], batchSize, (done, total, finished) =>
      onProgress(index, done, total, finished),
    );
  }
  return report;
}

/** What is embedded, and what the encoder reads of each. */
const EMBEDDED: Array<{ kind: EmbeddedKind; entity: typeof Need | typeof Offer | typeof Organization; where: object; read: (row: Row) => Embeddable & { id: string } }> = [
  { kind: 'need', entity: Need, where: { status: 'open' }, read: (row) => row as Need },
  { kind: 'offer', entity: Offer, where: { status: 'open' }, read: (row) => row as Offer },
  { kind: 'organization', entity: Organization, where: { description: Raw((column) => `length(trim(${column})) >= ${MIN_PRESENTATION_LENGTH}`) }, read: (row) => presentationOf(row as Organization) },
];

/**
 * Embeds the open needs and offers, and the organizations, whose vector is missing or of
 * another text, `batchSize` at a time; returns how many were embedded.
 */
export async function embedMissing(
  dataSource: DataSource,
  encoder: PostingEncoder,
  onProgress: (label: string, done: number, total: number, finished: boolean) => void = () => undefined,
  batchSize = 64,
): Promise<number> {
  let embedded = 0;
  for (const { kind, entity, where, read } of EMBEDDED) {
    const repository = dataSource.getRepository<Row>(entity);
    // Rows written in bulk just before (a restore, an import) leave the planner's statistics
  // behind, and a page by id then costs a scan of the whole table: bring them up to date.
  await dataSource.query(`ANALYZE ${repository.metadata.tablePath}`);
  const total = await repository.countBy(where);
    let done = 0;
    onProgress(`${kind} vectors`, 0, total, false);
    for (let after: string | null = null; ; ) {
      const rows: Row[] = await repository.find({ where: { ...where, ...(after ? { id: MoreThan(after) } : {}) }, order: { id: 'ASC' }, take: batchSize });
      if (!rows.length) break;
      after = rows[rows.length - 1].id;
      embedded += (await embedStale(dataSource, encoder, kind, rows.map(read))).length;
      done += rows.length;
      onProgress(`${kind} vectors`, done, total, false);
    }
    onProgress(`${kind} vectors`, done, total, true);
  }
  return embedded;
}

function printProgress(index: string, done: number, total: number, finished: boolean): void {
  const line = progressLine(index, done, total);
  if (process.stdout.isTTY) process.stdout.write(`\r${line}${finished ? '\n' : ''}`);
  else if (finished) console.log(line);
}

async function main(): Promise<void> {
  const env = loadEnv({ JWT_SECRET: 'x'.repeat(32), ...process.env });
  const dataSource = await new DataSource(dataSourceOptions(env.DATABASE_URL)).initialize();
  const search = new SearchIndex({ url: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY, indexPrefix: process.env.MEILI_INDEX_PREFIX ?? '' });
  try {
    const started = Date.now();
    if (!process.argv.includes('--no-embed')) {
      const encoder = await PostingEncoder.load();
      if (encoder.translator === 'none') console.log('Apertium is not installed: French texts are embedded as written (apt-get install apertium-fr-es apertium-eng-spa)');
      console.log(`${await embedMissing(dataSource, encoder, printProgress)} postings and organizations embedded`);
      await encoder.close();
    }
    const report = await reindexAll(dataSource, search, { onProgress: printProgress });
    for (const [index, { indexed, removed }] of Object.entries(report)) console.log(`${index}: ${indexed} indexed, ${removed} removed`);
    console.log(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await search.close();
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
