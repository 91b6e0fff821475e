import { z } from 'zod';
import { EFFORT_UNITS } from '@relais/database';
import { ENGAGEMENT_STATUSES, MECHANISM_CODES } from '@relais/domain';
import { paginationQuery } from '../http/pagination';
import { zIsoDate as day } from '../http/validation';


/** The version the change was made on: a change on an older one is refused (409 STALE_VERSION). */
const version = z.number().int().min(1);

/** Only for a person who is a member of both organizations: which one acts. */
const side = z.enum(['host', 'provider']).optional();

export const updateEngagementBody = z
  .object({
    version,
    side,
    mechanism: z.enum(MECHANISM_CODES).nullable().optional(),
    startDate: day.optional(),
    endDate: day.optional(),
    effort: z
      .object({ amount: z.number().int().min(1).max(20_000), unit: z.enum(EFFORT_UNITS) })
      .strict()
      .refine((effort) => effort.unit === 'hours' || effort.amount <= 3650, { message: 'at most 3650 days', path: ['amount'] })
      .optional(),
    people: z
      .array(
        z
          .object({
            name: z.string().trim().min(1, 'must not be empty').max(120),
            role: z.string().trim().max(120).default(''),
            // For skills sponsorship: what the agreement values the time lent from.
            grossMonthlyPay: z.number().positive().max(1_000_000).nullable().optional(),
            chargesRate: z.number().min(0).max(2).nullable().optional(),
          })
          .strict(),
      )
      .max(20)
      .optional(),
    workPlan: z
      .array(z.object({ title: z.string().trim().min(1, 'must not be empty').max(200), due: day.nullable().default(null), done: z.boolean().default(false) }).strict())
      .max(50)
      .optional(),
  })
  .strict()
  .refine((body) => !body.startDate || !body.endDate || body.endDate >= body.startDate, { message: 'must not be before startDate', path: ['endDate'] });
export type UpdateEngagementBody = z.infer<typeof updateEngagementBody>;

export const engagementActionBody = z.object({ version, side }).strict();
export type EngagementActionBody = z.infer<typeof engagementActionBody>;

/** POST /engagements/:id/evaluation: one side's evaluation of a completed engagement. */
export const evaluationBody = z
  .object({
    version,
    side,
    rating: z.number().int().min(1, 'from 1 to 5').max(5, 'from 1 to 5'),
    delivered: z.string().trim().min(1, 'say what was delivered').max(2000),
    again: z.boolean(),
    comment: z.string().trim().max(2000).default(''),
    /** The comment shows on the other organization's public profile only if its author chooses so. */
    showComment: z.boolean().default(false),
  })
  .strict();
export type EvaluationBody = z.infer<typeof evaluationBody>;

/** POST /engagements/:id/notes: a check-in note on the timeline. */
export const noteBody = z.object({ side, body: z.string().trim().min(1, 'must not be empty').max(4000) }).strict();
export type NoteBody = z.infer<typeof noteBody>;

/** POST /engagements/:id/time: a day's time of one person lent (the provider). */
export const timeEntryBody = z
  .object({
    side,
    person: z.string().trim().min(1, 'must not be empty').max(120),
    day,
    amount: z.number().positive().max(24).multipleOf(0.25, 'in quarters (0.25, 0.5…)'),
    note: z.string().trim().max(500).default(''),
  })
  .strict();
export type TimeEntryBody = z.infer<typeof timeEntryBody>;

/** POST /engagements/:id/time/:entryId/approve|reject (the host); a rejection says why. */
export const timeDecisionBody = z.object({ side, reason: z.string().trim().max(500).optional() }).strict();
export type TimeDecisionBody = z.infer<typeof timeDecisionBody>;

/** GET /engagements/:id/documents/:kind: the format and the language of the document. */
export const documentQuery = z.object({ format: z.enum(['pdf', 'docx']).default('pdf'), lang: z.enum(['fr', 'en']).default('fr') }).strict();
export type DocumentQuery = z.infer<typeof documentQuery>;

/** POST /engagements/:id/signed-copies (body: the PDF): which document, signed on which version, for which side. */
export const signedCopyQuery = z
  .object({ document: z.string().trim().min(1).max(40), version: z.coerce.number().int().min(1), side })
  .strict();
export type SignedCopyQuery = z.infer<typeof signedCopyQuery>;

export const engagementsQuery = paginationQuery.extend({ status: z.enum(ENGAGEMENT_STATUSES).optional() }).strict();
export type EngagementsQuery = z.infer<typeof engagementsQuery>;
