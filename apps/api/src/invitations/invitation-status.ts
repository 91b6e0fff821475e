import type { Invitation } from '@relais/database';

export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

/** What became of an invitation; an accepted or revoked one stays so even after its expiry date. */
export function invitationStatus(
  invitation: Pick<Invitation, 'acceptedAt' | 'revokedAt' | 'expiresAt'>,
  now: Date,
): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}
