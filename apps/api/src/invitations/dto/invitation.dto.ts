import { z } from 'zod';
import { MEMBERSHIP_ROLES } from '@relais/domain';
import { zUuid } from '../../http/validation';

export const inviteBody = z
  .object({
    email: z
      .email({ message: 'must be an e-mail address' })
      .max(254)
      .transform((value) => value.toLowerCase()),
    role: z.enum(MEMBERSHIP_ROLES).default('member'),
  })
  .strict();
export type InviteBody = z.infer<typeof inviteBody>;

export const invitationParam = z.object({ id: zUuid, invitationId: zUuid });
export type InvitationParam = z.infer<typeof invitationParam>;

/** Tokens are 43 base64url characters; anything else is simply unknown (404), not a bad request. */
export const tokenParam = z.object({ token: z.string().max(200) });
export type TokenParam = z.infer<typeof tokenParam>;
