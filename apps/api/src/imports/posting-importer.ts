import { DataSource, In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { addOutboxEvents, Need, Offer, PostingImport, Skill } from '@relais/database';
import { ApiError, invalid } from '../http/api-error';
import {
  checkRowCount,
  csvRows,
  ImportFileError,
  jsonRows,
  refusalDetails,
  validateRows,
  withoutUnknownSkills,
  type ImportKind,
  type ImportMode,
  type RefusedRow,
  type ValidRow,
} from './import-rows';

export type ImportSource = { format: 'csv'; text: string } | { format: 'json'; rows: unknown };

export type ImportRequest = {
  organizationId: string;
  /** A member of the organization (the caller checks it): the postings' author. */
  userId: string;
  kind: ImportKind;
  mode: ImportMode;
  publish: boolean;
  source: ImportSource;
};

/** What a client sees of an import: `matched` of `importedCount` postings have been matched so far. */
export type ImportView = {
  id: string;
  organizationId: string;
  kind: ImportKind;
  mode: ImportMode;
  published: boolean;
  rowCount: number;
  importedCount: number;
  refusedCount: number;
  matched: number;
  createdAt: Date;
  refused?: RefusedRow[];
};

export type ImportStep = 'validated' | 'written';

/** The most problems a refusal lists; its message gives the total. */
export const MAX_LISTED_PROBLEMS = 200;
/** Rows per INSERT: well under PostgreSQL's 65,535 parameters with every column of a posting. */
const INSERT_BATCH = 500;

const ENTITY = { needs: Need, offers: Offer } as const;
const PUBLISHED_EVENT = { needs: 'need.published', offers: 'offer.published' } as const;

/**
 * Bulk import of needs or offers, without HTTP: the API's ImportsService and the
 * `npm run import` command both use it. Parses, validates every row (the same rules as one
 * posting), then writes the postings, the import and, for published postings, their outbox
 * events in one transaction, in batched inserts.
 */
export class PostingImporter {
  constructor(private readonly dataSource: DataSource) {}

  async run(request: ImportRequest, onStep: (step: ImportStep, count: number) => void = () => undefined): Promise<ImportView> {
    const { kind, mode } = request;
    const rows = this.sourceRows(request);
    const validated = validateRows(kind, rows);
    const checked = withoutUnknownSkills(validated, await this.knownSkills(validated.valid));
    onStep('validated', rows.length);
    if (mode === 'all' && checked.refused.length) {
      const { details, total } = refusalDetails(checked.refused, MAX_LISTED_PROBLEMS);
      const listed = total > details.length ? `; the first ${details.length} of ${total} problems are listed` : '';
      throw new ApiError('VALIDATION_FAILED', `${checked.refused.length} of ${rows.length} rows are invalid, nothing was imported${listed}`, details);
    }
    const saved = await this.dataSource.transaction((manager) => this.write(manager, request, rows.length, checked.valid, checked.refused));
    onStep('written', saved.importedCount);
    return toImportView(saved, 0, checked.refused);
  }

  /** An import of the organization, with how many of its postings the worker has matched. */
  async find(organizationId: string, id: string): Promise<ImportView | null> {
    const found = await this.dataSource.getRepository(PostingImport).findOneBy({ id, organizationId });
    return found && toImportView(found, (await this.matchedCounts([found])).get(found.id) ?? 0, found.refused);
  }

  /** For each import, how many of its postings were matched since it was written: one query per kind. */
  async matchedCounts(imports: PostingImport[]): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const kind of new Set(imports.map((i) => i.kind))) {
      const rows: Array<{ id: string; matched: number }> = await this.dataSource.query(
        `SELECT i.id, count(p.id)::int AS matched
           FROM imports i JOIN ${kind} p ON p.import_id = i.id AND p.matched_at >= i.created_at
          WHERE i.id = ANY($1) GROUP BY i.id`,
        [imports.filter((i) => i.kind === kind).map((i) => i.id)],
      );
      rows.forEach((row) => counts.set(row.id, row.matched));
    }
    return counts;
  }

  private sourceRows(request: ImportRequest) {
    try {
      const rows = request.source.format === 'csv' ? csvRows(request.kind, request.source.text) : jsonRows(request.source.rows);
      checkRowCount(rows);
      return rows;
    } catch (error) {
      if (error instanceof ImportFileError) throw invalid(error.problems);
      throw error;
    }
  }

  /** One query for the skills of every row. */
  private async knownSkills(rows: ValidRow<ImportKind>[]): Promise<Set<string>> {
    const ids = [...new Set(rows.flatMap((row) => row.body.skills))];
    if (!ids.length) return new Set();
    const found = await this.dataSource.getRepository(Skill).find({ select: { id: true }, where: { id: In(ids) } });
    return new Set(found.map((skill) => skill.id));
  }

  private async write(manager: EntityManager, request: ImportRequest, rowCount: number, valid: ValidRow<ImportKind>[], refused: RefusedRow[]): Promise<PostingImport> {
    const { organizationId, userId, kind, mode, publish } = request;
    const saved = await manager.save(
      manager.create(PostingImport, { organizationId, kind, mode, published: publish, createdById: userId, rowCount, importedCount: valid.length, refused }),
    );
    const publishedAt = publish ? new Date() : null;
    const status = publish ? 'open' : 'draft';
    const target: EntityTarget<ObjectLiteral> = ENTITY[kind];
    for (let start = 0; start < valid.length; start += INSERT_BATCH) {
      const batch = valid.slice(start, start + INSERT_BATCH).map((row) => ({ ...row.body, organizationId, status, publishedAt, createdById: userId, importId: saved.id }));
      const { identifiers } = await manager.insert(target, batch);
      if (!publish) continue;
      // Flagged bulk: the relay queues their jobs behind the work people wait for.
      await addOutboxEvents(
        manager,
        identifiers.map(({ id }) => ({ type: PUBLISHED_EVENT[kind], aggregateId: String(id), organizationId, payload: { bulk: true } })),
      );
    }
    return saved;
  }
}

export function toImportView(found: PostingImport, matched: number, refused?: RefusedRow[]): ImportView {
  return {
    id: found.id,
    organizationId: found.organizationId,
    kind: found.kind,
    mode: found.mode,
    published: found.published,
    rowCount: found.rowCount,
    importedCount: found.importedCount,
    refusedCount: found.refused.length,
    matched,
    createdAt: found.createdAt,
    ...(refused ? { refused } : {}),
  };
}
