import { z } from 'zod';
import { MECHANISM_CODES, WORK_MODES } from '@relais/domain';
import { zCountry, zIsoDate, zSet } from '../../http/validation';
import { periodProblem, postingFields } from '../../postings/posting.dto';

const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const PHONE = /(?:\+|\b0)\d(?:[\s.-]?\d){7,}/;

/** An offer describes a profile; contact details of a person do not belong in it. */
const withoutContactDetails = (schema: z.ZodString) =>
  schema.refine((text) => !EMAIL.test(text) && !PHONE.test(text), {
    message: 'must describe a profile without e-mail addresses or phone numbers',
  });

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
};

export const createOfferBody = z
  .object({
    ...offerFields,
    skills: offerFields.skills.default([]),
    keywords: offerFields.keywords.default([]),
    availableTo: offerFields.availableTo.default(null),
    countries: offerFields.countries.default([]),
  })
  .strict()
  .superRefine((offer, ctx) => {
    const problem = periodProblem(offer.availableFrom, offer.availableTo, offer.effortDays, 'availableTo');
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.reason });
  });
export type CreateOfferBody = z.infer<typeof createOfferBody>;

export const updateOfferBody = z.object(offerFields).partial().strict();
export type UpdateOfferBody = z.infer<typeof updateOfferBody>;
