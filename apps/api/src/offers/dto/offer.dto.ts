import { z } from 'zod';
import { MECHANISM_CODES, WORK_MODES } from '@relais/domain';
import { zCountry, zIsoDate, zSet } from '../../http/validation';
import type { FieldProblem } from '../../http/api-error';
import { periodProblem, postingFields } from '../../postings/posting.dto';

const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const PHONE = /(?:\+|\b0)\d(?:[\s.-]?\d){7,}/;

/** An offer describes a profile; contact details of a person do not belong in it. */
const withoutContactDetails = (schema: z.ZodString) =>
  schema.refine((text) => !EMAIL.test(text) && !PHONE.test(text), {
    message: 'must describe a profile without e-mail addresses or phone numbers',
  });

const zPay = z.number().int('must be a whole number of euros').positive('must be positive').max(100_000);

const offerFields = {
  ...postingFields,
  title: withoutContactDetails(postingFields.title),
  description: withoutContactDetails(postingFields.description),
  availableFrom: zIsoDate,
  availableTo: zIsoDate.nullable(),
  workModes: zSet(z.enum(WORK_MODES), WORK_MODES.length).min(1, 'must name at least one work mode'),
  /** Countries the person can travel to; empty means anywhere. */
  countries: zSet(zCountry, 50),
  mechanisms: zSet(z.enum(MECHANISM_CODES), MECHANISM_CODES.length).min(1, 'must name at least one mechanism'),
  /** Optional gross monthly pay band in euros, for the tax estimate of skills sponsorship; both or neither. */
  grossMonthlyPayMin: zPay.nullable(),
  grossMonthlyPayMax: zPay.nullable(),
};

export const createOfferBody = z
  .object({
    ...offerFields,
    skills: offerFields.skills.default([]),
    keywords: offerFields.keywords.default([]),
    availableTo: offerFields.availableTo.default(null),
    countries: offerFields.countries.default([]),
    grossMonthlyPayMin: offerFields.grossMonthlyPayMin.default(null),
    grossMonthlyPayMax: offerFields.grossMonthlyPayMax.default(null),
  })
  .strict()
  .superRefine((offer, ctx) => {
    const problem =
      periodProblem(offer.availableFrom, offer.availableTo, offer.effortDays, 'availableTo') ??
      payBandProblem(offer.grossMonthlyPayMin, offer.grossMonthlyPayMax);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.reason });
  });

/** Both ends of the pay band or neither, the lower one first. */
export function payBandProblem(min: number | null, max: number | null): FieldProblem | null {
  if ((min === null) !== (max === null)) {
    return { path: min === null ? 'grossMonthlyPayMin' : 'grossMonthlyPayMax', reason: 'must be given with the other end of the band' };
  }
  if (min !== null && max !== null && min > max) return { path: 'grossMonthlyPayMax', reason: 'must not be below grossMonthlyPayMin' };
  return null;
}
export type CreateOfferBody = z.infer<typeof createOfferBody>;

export const updateOfferBody = z.object(offerFields).partial().strict();
export type UpdateOfferBody = z.infer<typeof updateOfferBody>;
