import type { EntityManager } from 'typeorm';
import { EmailMessage, queueEmail, type Invitation } from '@relais/database';
import type { RenderedEmail } from '@relais/notifications';

const dedupePrefix = (invitationId: string) => `invitation:${invitationId}:`;

/**
 * Queues the rendered invitation e-mail in the invitation's own transaction (the link holds the
 * token, kept nowhere else). The worker's send-email job sends it and blanks its body once sent.
 * The dedupe key names the token, so each token is mailed once.
 */
export async function storeInvitationEmail(manager: EntityManager, invitation: Invitation, email: RenderedEmail): Promise<void> {
  await dropUnsentInvitationEmails(manager, invitation.id);
  await queueEmail(
    manager,
    {
      dedupeKey: `${dedupePrefix(invitation.id)}${invitation.tokenHash.slice(0, 16)}`,
      // The address may have no account; and which account it has, if any, is not the inviter's business.
      userId: null,
      to: invitation.email,
      ...email,
      redactAfterSend: true,
    },
    invitation.organizationId,
  );
}

/** A message not sent yet carries an earlier token, which no longer works: the send job then finds it gone. */
export async function dropUnsentInvitationEmails(manager: EntityManager, invitationId: string): Promise<void> {
  await manager
    .createQueryBuilder()
    .delete()
    .from(EmailMessage)
    .where('dedupe_key LIKE :prefix AND sent_at IS NULL', { prefix: `${dedupePrefix(invitationId)}%` })
    .execute();
}
