/**
 * From an import file to postings ready to write: each row of a CSV file or a JSON array becomes
 * the body `POST /organizations/:id/needs` (or offers) takes, validated by the same schema, with
 * its problems named by the row's place in the file. Pure: the skills catalog is checked by the
 * caller, which reads the database.
 */
import { z } from 'zod';
import type { FieldProblem } from '../http/api-error';
import { issueProblems } from '../http/validation';
import { createNeedBody, type CreateNeedBody } from '../needs/dto/need.dto';
import { createOfferBody, type CreateOfferBody } from '../offers/dto/offer.dto';
import { unknownSkillProblems } from '../postings/posting.dto';
import { CsvSyntaxError, parseCsv } from './csv';

export const IMPORT_KINDS = ['needs', 'offers'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_MODES = ['all', 'valid'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const MAX_IMPORT_ROWS = 5000;

const SCHEMAS = { needs: createNeedBody, offers: createOfferBody } as const;
export type PostingBody<K extends ImportKind> = K extends 'needs' ? CreateNeedBody : CreateOfferBody;

/** Fields a CSV cell holds as a list: `a|b|c` or `a;b;c`. */
const LIST_FIELDS = new Set(['skills', 'keywords', 'languages', 'countries', 'workModes', 'mechanisms']);
const NUMBER_FIELDS = new Set(['effortDays', 'grossMonthlyPayMin', 'grossMonthlyPayMax']);

/**
 * Where a row is in the file, as a person finds it: the physical line of a CSV file (the header
 * is line 1), the 1-based place of an item in a JSON array.
 */
export type RowPlace = { line: number } | { row: number };
export type SourceRow = { place: RowPlace; fields: Record<string, unknown>; problems: FieldProblem[] };
export type RefusedRow = RowPlace & { problems: FieldProblem[] };
export type ValidRow<K extends ImportKind> = { place: RowPlace; body: PostingBody<K> };

/** A problem with the file as a whole (syntax, header, size): nothing of it can be imported. */
export class ImportFileError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => `${p.path} ${p.reason}`).join('; '));
  }
}

/** `lines.12.title` for a CSV row, `rows.3.title` for a JSON item. */
export const placePath = (place: RowPlace, path?: string): string =>
  ['line' in place ? `lines.${place.line}` : `rows.${place.row}`, path].filter(Boolean).join('.');

export const fieldsOf = (kind: ImportKind): string[] => Object.keys(SCHEMAS[kind].shape);

/** A cell's text as the field's value; an empty cell is an absent field (its default applies). */
function cellValue(field: string, text: string): { value?: unknown; problem?: string } {
  const cell = text.trim();
  if (cell === '') return {};
  if (LIST_FIELDS.has(field)) return { value: cell.split(/[|;]/).map((item) => item.trim()).filter(Boolean) };
  if (NUMBER_FIELDS.has(field)) {
    // "4 500" and "4,5" as spreadsheets write them in French; the schema then says what a whole number needs.
    const number = cell.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    return /^[+-]?\d+(\.\d+)?$/.test(number) ? { value: Number(number) } : { problem: 'must be a number' };
  }
  return { value: cell };
}

/** The rows of a CSV file whose header names the fields (case does not matter). */
export function csvRows(kind: ImportKind, text: string): SourceRow[] {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ImportFileError([{ path: `lines.${error.line}`, reason: error.reason }]);
    throw error;
  }
  const [header, ...data] = records;
  if (!header) throw new ImportFileError([{ path: 'lines.1', reason: 'must be a header naming the fields' }]);
  const known = new Map(fieldsOf(kind).map((field) => [field.toLowerCase(), field]));
  const columns = header.cells.map((name) => known.get(name.trim().toLowerCase()));
  const problems = header.cells.flatMap((name, index): FieldProblem[] => {
    const path = `lines.${header.line}.${name.trim() || index + 1}`;
    if (!columns[index]) return [{ path, reason: 'is not a known field' }];
    return columns.indexOf(columns[index]) < index ? [{ path, reason: 'names a column twice' }] : [];
  });
  if (problems.length) throw new ImportFileError(problems);
  return data.map(({ line, cells }) => {
    const row: SourceRow = { place: { line }, fields: {}, problems: [] };
    if (cells.length > columns.length) {
      row.problems.push({ path: 'cells', reason: `has ${cells.length} cells, more than the header's ${columns.length}` });
    }
    columns.forEach((field, index) => {
      const { value, problem } = cellValue(field!, cells[index] ?? '');
      if (problem) row.problems.push({ path: field!, reason: problem });
      else if (value !== undefined) row.fields[field!] = value;
    });
    return row;
  });
}

/** The items of a JSON array, each the body of one posting. */
export function jsonRows(body: unknown): SourceRow[] {
  if (!Array.isArray(body)) throw new ImportFileError([{ path: '(root)', reason: 'must be an array of postings' }]);
  return body.map((item: unknown, index) => {
    const place = { row: index + 1 };
    const isObject = typeof item === 'object' && item !== null && !Array.isArray(item);
    return isObject
      ? { place, fields: item as Record<string, unknown>, problems: [] }
      : { place, fields: {}, problems: [{ path: '(root)', reason: 'must be an object' }] };
  });
}

/** The row count rule, checked before any row is validated. */
export function checkRowCount(rows: SourceRow[]): void {
  if (rows.length === 0) throw new ImportFileError([{ path: 'rows', reason: 'must hold at least one posting' }]);
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new ImportFileError([{ path: 'rows', reason: `must hold at most ${MAX_IMPORT_ROWS} postings (this file has ${rows.length})` }]);
  }
}

/** Each row through the schema of `POST /organizations/:id/<kind>`: a body, or its problems. */
export function validateRows<K extends ImportKind>(kind: K, rows: SourceRow[]): { valid: ValidRow<K>[]; refused: RefusedRow[] } {
  const schema: z.ZodType = SCHEMAS[kind];
  const valid: ValidRow<K>[] = [];
  const refused: RefusedRow[] = [];
  for (const row of rows) {
    if (row.problems.some((p) => p.path === '(root)')) {
      refused.push({ ...row.place, problems: row.problems });
      continue;
    }
    const parsed = schema.safeParse(row.fields);
    // A cell that is not a number was left out of the fields: the schema must not also call it missing.
    const mapped = new Set(row.problems.map((p) => p.path));
    const problems = [...row.problems, ...(parsed.success ? [] : parsed.error.issues.flatMap(issueProblems).filter((p) => !mapped.has(p.path)))];
    if (problems.length) refused.push({ ...row.place, problems });
    else valid.push({ place: row.place, body: parsed.data as PostingBody<K> });
  }
  return { valid, refused };
}

/** Refuses the rows naming skills the catalog does not have (the same rule as one posting's). */
export function withoutUnknownSkills<K extends ImportKind>(
  rows: { valid: ValidRow<K>[]; refused: RefusedRow[] },
  known: ReadonlySet<string>,
): { valid: ValidRow<K>[]; refused: RefusedRow[] } {
  const valid: ValidRow<K>[] = [];
  const refused = [...rows.refused];
  for (const row of rows.valid) {
    const problems = unknownSkillProblems(row.body.skills, known);
    if (problems.length) refused.push({ ...row.place, problems });
    else valid.push(row);
  }
  refused.sort((a, b) => placeNumber(a) - placeNumber(b));
  return { valid, refused };
}

const placeNumber = (place: RowPlace) => ('line' in place ? place.line : place.row);

/** Field problems of refused rows as the API's error details (`lines.12.title`), the first `limit` of them. */
export function refusalDetails(refused: RefusedRow[], limit: number): { details: FieldProblem[]; total: number } {
  const all = refused.flatMap((row) => row.problems.map((p) => ({ path: placePath(row, p.path === '(root)' ? undefined : p.path), reason: p.reason })));
  return { details: all.slice(0, limit), total: all.length };
}
