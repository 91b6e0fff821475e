import { useEffect } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiProblem } from '../../lib/api/client';
import type { Page, PostingImport, RefusedRow } from '../../lib/api/types';

export type ImportKind = PostingImport['kind'];
export type ImportMode = PostingImport['mode'];
export type ImportForm = { kind: ImportKind; mode: ImportMode; publish: boolean; file: File };

/** The API's own limit (UPLOAD_LIMIT_BYTES by default): checked here to spare a long upload. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const importsKey = (organizationId: string) => ['organizations', organizationId, 'imports'] as const;

/** A .json file goes as JSON, anything else as CSV (Windows names a .csv file application/vnd.ms-excel). */
const contentType = (file: File) => (file.name.toLowerCase().endsWith('.json') ? 'application/json' : 'text/csv');

export function useImport(organizationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, mode, publish, file }: ImportForm) =>
      api<PostingImport>(`/organizations/${organizationId}/imports`, {
        method: 'POST',
        file: new Blob([file], { type: contentType(file) }),
        query: { kind, mode, publish },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: importsKey(organizationId) }),
  });
}

/** One import, polled every second while the worker is still matching its postings. */
export function useImportProgress(organizationId: string, imported: PostingImport | undefined) {
  const client = useQueryClient();
  const progress = useQuery({
    queryKey: [...importsKey(organizationId), imported?.id],
    queryFn: () => api<PostingImport>(`/organizations/${organizationId}/imports/${imported!.id}`),
    enabled: Boolean(imported?.published && imported.importedCount),
    initialData: imported,
    refetchInterval: (query) => {
      const data = query.state.data;
      return data && data.matched < data.importedCount ? 1000 : false;
    },
  });
  // Once done, the past imports show it done too.
  const done = progress.data && progress.data.matched >= progress.data.importedCount;
  useEffect(() => {
    if (done) void client.invalidateQueries({ queryKey: [...importsKey(organizationId), 'list'] });
  }, [client, done, organizationId]);
  return progress;
}

export const useImports = (organizationId: string, page: number) =>
  useQuery({
    queryKey: [...importsKey(organizationId), 'list', page],
    queryFn: () => api<Page<PostingImport>>(`/organizations/${organizationId}/imports`, { query: { page, pageSize: 10 } }),
    placeholderData: keepPreviousData,
    // Until every listed import is matched, its count moves.
    refetchInterval: (query) => (query.state.data?.items.some((item) => item.published && item.matched < item.importedCount) ? 2000 : false),
  });

/** One problem of the file, by the place a person finds it: line of a CSV file, row of a JSON array, or the file as a whole. */
export type PlacedProblem = { place: { line: number } | { row: number } | null; field: string; reason: string };

const PLACE = /^(lines|rows)\.(\d+)(?:\.(.*))?$/;

/** The refusal of a whole file (400, `details` paths `lines.12.title`), or the rows refused of an import made. */
export function placedProblems(source: ApiProblem | RefusedRow[]): PlacedProblem[] {
  if (Array.isArray(source)) {
    return source.flatMap((row) => row.problems.map((p) => ({ place: 'line' in row ? { line: row.line } : { row: row.row }, field: p.path === '(root)' ? '' : p.path, reason: p.reason })));
  }
  return source.details.map(({ path, reason }) => {
    const match = PLACE.exec(path);
    if (!match) return { place: null, field: path === '(root)' || path === 'rows' ? '' : path, reason };
    const number = Number(match[2]);
    return { place: match[1] === 'lines' ? { line: number } : { row: number }, field: match[3] ?? '', reason };
  });
}
