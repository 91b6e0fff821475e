import { z } from 'zod';
import { checkPeriod, MECHANISM_CODES, POSTING_STATUSES, WORK_MODES } from '@relais/domain';
import type { FieldProblem } from '../http/api-error';
import { paginationQuery } from '../http/pagination';
import { zCountry, zCsv, zLanguage, zSet, zText, zUuid } from '../http/validation';

/** Fields shared by needs and offers. Defaults are applied by the create schemas only, so a PATCH never resets a field it does not name. */
export const postingFields = {
  title: zText(5, 200),
  description: zText(20, 5000),
  skills: zSet(zUuid, 30),
  keywords: zSet(zText(1, 60), 20),
  languages: zSet(zLanguage, 10).min(1, 'must name at least one language'),
  effortDays: z.number().int('must be a whole number of days').positive('must be positive').max(3660),
};

/** The period rule of a need (startDate/endDate) or an offer (availableFrom/availableTo), as a field problem. */
export function periodProblem(start: string, end: string | null, effortDays: number, endField: string): FieldProblem | null {
  const problem = checkPeriod(start, end, effortDays);
  return problem && { path: problem.field === 'end' ? endField : 'effortDays', reason: problem.reason };
}

/** A posting's skills that are not in the catalog, each named by its place in the list. */
export const unknownSkillProblems = (ids: readonly string[], known: ReadonlySet<string>): FieldProblem[] =>
  ids.flatMap((id, index) => (known.has(id) ? [] : [{ path: `skills.${index}`, reason: 'is not a skill of the catalog' }]));

/** Listing filters; for offers, `country` keeps those whose person can go there (or anywhere). */
export const openPostingsQuery = paginationQuery
  .extend({
    q: z.string().trim().max(100).optional(),
    skills: zCsv(zUuid, 20).optional(),
    country: zCountry.optional(),
    mechanism: z.enum(MECHANISM_CODES).optional(),
    workMode: z.enum(WORK_MODES).optional(),
  })
  .strict();
export type OpenPostingsQuery = z.infer<typeof openPostingsQuery>;

export const organizationPostingsQuery = paginationQuery
  .extend({ status: z.enum(POSTING_STATUSES).optional() })
  .strict();
export type OrganizationPostingsQuery = z.infer<typeof organizationPostingsQuery>;
