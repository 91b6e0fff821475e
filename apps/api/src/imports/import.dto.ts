import { z } from 'zod';
import { paginationQuery } from '../http/pagination';
import { zUuid } from '../http/validation';
import { IMPORT_KINDS, IMPORT_MODES } from './import-rows';

/** The file is the body; what to do with it is in the query string. */
export const importQuery = z
  .object({
    kind: z.enum(IMPORT_KINDS),
    /** `all`: all or nothing (default); `valid`: import the valid rows and report the others. */
    mode: z.enum(IMPORT_MODES).default('all'),
    /** `true` (default): published at once (open, matched); `false`: drafts. */
    publish: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
  })
  .strict();
export type ImportQuery = z.infer<typeof importQuery>;

export const importsQuery = paginationQuery.strict();

export const importParam = z.object({ id: zUuid, importId: zUuid }).strict();
