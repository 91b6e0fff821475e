import { z } from 'zod';
import { MECHANISM_CODES, WORK_MODES } from '@relais/domain';
import { zCountry, zIsoDate, zSet, zText } from '../../http/validation';
import type { FieldProblem } from '../../http/api-error';
import { periodProblem, postingFields } from '../../postings/posting.dto';

/**
 * Bounded repetitions keep the test linear in the text's length: an unbounded `[^\s@]+@` tried
 * again from every position took 66 s on 261,000 characters without spaces, freezing the API.
 */
const EMAIL = /[^\s@]{1,64}@[^\s@.]{1,63}(?:\.[^\s@.]{1,63}){0,8}\.[a-z]{2,24}(?![a-z])/i;
const PHONE = /(?:\+|\b0)\d(?:[\s.-]?\d){7,}/;

export const hasContactDetails = (text: string) => EMAIL.test(text) || PHONE.test(text);

/**
 * An offer describes a profile; contact details of a person do not belong in it. A text over
 * its length limit is refused for that alone, before any pattern reads it.
 */
const withoutContactDetails = (schema: z.ZodString, maxLength: number) =>
  schema.refine((text) => text.length > maxLength || !hasContactDetails(text), {
    message: 'must describe a profile without e-mail addresses or phone numbers',
  });

const zPay = z.number().int('must be a whole number of euros').positive('must be positive').max(100_000);

const offerFields = {
  ...postingFields,
  title: withoutContactDetails(postingFields.title, 200),
  description: withoutContactDetails(postingFields.description, 5000),
  keywords: zSet(withoutContactDetails(zText(1, 60), 60), 20),
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
