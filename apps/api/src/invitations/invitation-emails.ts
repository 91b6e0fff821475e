import type { EntityManager } from 'typeorm';
import { addOutboxEvent, EmailMessage, type Invitation } from '@relais/database';
import type { RenderedEmail } from '@relais/notifications';

const dedupePrefix = (invitationId: string) => `invitation:${invitationId}:`;

/**
 * Stores the rendered invitation e-mail and the event that has the worker send it, in the
 * invitation's own transaction: the link holds the token, which is kept nowhere else, so the
 * message cannot be rendered later. The worker's send-email job sends it (and blanks its body
 * once sent). The dedupe key names the token, so each token is mailed once.
 */
export async function storeInvitationEmail(manager: EntityManager, invitation: Invitation, email: RenderedEmail): Promise<void> {
  await dropUnsentInvitationEmails(manager, invitation.id);
  const { identifiers } = await manager.insert(EmailMessage, {
    dedupeKey: `${dedupePrefix(invitation.id)}${invitation.tokenHash.slice(0, 16)}`,
    // The address may have no account; and which account it has, if any, is not the inviter's business.
    userId: null,
    to: invitation.email,
    ...email,
    redactAfterSend: true,
  });
  await addOutboxEvent(manager, {
    type: 'email.rendered',
    aggregateId: String(identifiers[0].id),
    organizationId: invitation.organizationId,
  });
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
