import { z } from 'zod';
import { EMAIL_PREFERENCES, LOCALES } from '@relais/domain';
import { zText } from '../../http/validation';
import { PASSWORD_MAX_LENGTH, passwordProblem } from '../password-rule';

const zEmail = z
  .email({ message: 'must be an e-mail address' })
  .max(254)
  .transform((value) => value.toLowerCase());

const zPassword = z.string().max(PASSWORD_MAX_LENGTH);
/** Opaque link tokens: anything else is simply unknown (410), not a bad request. */
const zToken = z.string().min(1).max(200);
/** A page of the web app to open after confirming the address (an invitation, for instance). */
const zNextPath = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\s]*$/, { message: 'must be a path of this site, starting with /' });

export const registerBody = z
  .object({
    email: zEmail,
    password: zPassword,
    displayName: zText(1, 120),
    locale: z.enum(LOCALES).default('fr'),
    next: zNextPath.optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const problem = passwordProblem(body.password, body);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.reason });
  });
export type RegisterBody = z.infer<typeof registerBody>;

export const loginBody = z.object({ email: zEmail, password: z.string().min(1).max(PASSWORD_MAX_LENGTH) }).strict();
export type LoginBody = z.infer<typeof loginBody>;

export const tokenBody = z.object({ token: zToken }).strict();
export type TokenBody = z.infer<typeof tokenBody>;

export const emailBody = z.object({ email: zEmail }).strict();
export type EmailBody = z.infer<typeof emailBody>;

export const verificationRequestBody = z.object({ email: zEmail, next: zNextPath.optional() }).strict();
export type VerificationRequestBody = z.infer<typeof verificationRequestBody>;

/** The new password's strength is checked against the account's address and name, which only the service knows. */
export const resetPasswordBody = z.object({ token: zToken, password: zPassword }).strict();
export type ResetPasswordBody = z.infer<typeof resetPasswordBody>;

export const changePasswordBody = z.object({ currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH), newPassword: zPassword }).strict();
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;

export const updateMeBody = z
  .object({
    displayName: zText(1, 120).optional(),
    locale: z.enum(LOCALES).optional(),
    /** Suggestion e-mails: one each, one daily digest, or none (in-app notifications always arrive). */
    emailPreference: z.enum(EMAIL_PREFERENCES).optional(),
  })
  .strict();
export type UpdateMeBody = z.infer<typeof updateMeBody>;

export const eraseBody = z.object({ password: z.string().min(1).max(PASSWORD_MAX_LENGTH) }).strict();
export type EraseBody = z.infer<typeof eraseBody>;
