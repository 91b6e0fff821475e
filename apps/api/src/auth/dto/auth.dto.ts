import { z } from 'zod';
import { EMAIL_PREFERENCES, LOCALES } from '@relais/domain';
import { zText } from '../../http/validation';

const zEmail = z
  .email({ message: 'must be an e-mail address' })
  .max(254)
  .transform((value) => value.toLowerCase());

export const registerBody = z
  .object({
    email: zEmail,
    password: z.string().min(10, 'must be at least 10 characters long').max(200),
    displayName: zText(1, 120),
    locale: z.enum(LOCALES).default('fr'),
  })
  .strict();
export type RegisterBody = z.infer<typeof registerBody>;

export const loginBody = z.object({ email: zEmail, password: z.string().min(1).max(200) }).strict();
export type LoginBody = z.infer<typeof loginBody>;

export const updateMeBody = z
  .object({
    displayName: zText(1, 120).optional(),
    locale: z.enum(LOCALES).optional(),
    /** Suggestion e-mails: one each, one daily digest, or none (in-app notifications always arrive). */
    emailPreference: z.enum(EMAIL_PREFERENCES).optional(),
  })
  .strict();
export type UpdateMeBody = z.infer<typeof updateMeBody>;
