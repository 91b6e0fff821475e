import { z } from 'zod';
import { MECHANISM_CODES, WORK_MODES } from '@relais/domain';
import { zCountry, zIsoDate, zSet, zText } from '../../http/validation';
import { periodProblem, postingFields } from '../../postings/posting.dto';

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
    const problem = periodProblem(need.startDate, need.endDate, need.effortDays, 'endDate');
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.reason });
  });
export type CreateNeedBody = z.infer<typeof createNeedBody>;

/** Partial: the period is checked again once merged with the stored need. */
export const updateNeedBody = z.object(needFields).partial().strict();
export type UpdateNeedBody = z.infer<typeof updateNeedBody>;
