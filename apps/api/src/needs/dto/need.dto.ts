import { z } from 'zod';
import { checkPeriod, MECHANISM_CODES, POSTING_STATUSES, WORK_MODES } from '@relais/domain';
import { paginationQuery } from '../../http/pagination';
import { zCountry, zCsv, zIsoDate, zLanguage, zSet, zText, zUuid } from '../../http/validation';

/** Fields shared by needs and offers. Defaults are applied by the create schemas only, so a PATCH never resets a field it does not name. */
export const postingFields = {
  title: zText(5, 200),
  description: zText(20, 5000),
  skills: zSet(zUuid, 30),
  keywords: zSet(zText(1, 60), 20),
  languages: zSet(zLanguage, 10).min(1, 'must name at least one language'),
  effortDays: z.number().int('must be a whole number of days').positive('must be positive').max(3660),
};

const needFields = {
  ...postingFields,
  country: zCountry,
  city: zText(1, 120).nullable().optional(),
  workMode: z.enum(WORK_MODES),
  startDate: zIsoDate,
  endDate: zIsoDate,
  mechanisms: zSet(z.enum(MECHANISM_CODES), MECHANISM_CODES.length).min(1, 'must name at least one mechanism'),
};

export const createNeedBody = z
  .object({
    ...needFields,
    skills: needFields.skills.default([]),
    keywords: needFields.keywords.default([]),
    // A host that does not know which legal frame fits accepts them all; the toolbox helps choose.
    mechanisms: needFields.mechanisms.default([...MECHANISM_CODES]),
  })
  .strict()
  .superRefine((need, ctx) => {
    const problem = checkPeriod(need.startDate, need.endDate, need.effortDays);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field === 'end' ? 'endDate' : 'effortDays'], message: problem.reason });
  });
export type CreateNeedBody = z.infer<typeof createNeedBody>;

/** Partial: the period is checked again once merged with the stored need. */
export const updateNeedBody = z.object(needFields).partial().strict();
export type UpdateNeedBody = z.infer<typeof updateNeedBody>;

export const openNeedsQuery = paginationQuery
  .extend({
    q: z.string().trim().max(100).optional(),
    skills: zCsv(zUuid, 20).optional(),
    country: zCountry.optional(),
    mechanism: z.enum(MECHANISM_CODES).optional(),
    workMode: z.enum(WORK_MODES).optional(),
  })
  .strict();
export type OpenNeedsQuery = z.infer<typeof openNeedsQuery>;

export const organizationPostingsQuery = paginationQuery
  .extend({ status: z.enum(POSTING_STATUSES).optional() })
  .strict();
export type OrganizationPostingsQuery = z.infer<typeof organizationPostingsQuery>;
