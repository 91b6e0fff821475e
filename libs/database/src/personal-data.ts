import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AccountToken, EmailMessage, Invitation, Membership, Notification, Session, User } from './entities';

/** The name an erased account shows where its organization's records name it (postings it wrote). */
export const ERASED_NAME = 'Compte supprimé / Deleted account';

/**
 * Erases a person: what identifies them goes (address, name, password, sessions, memberships,
 * notifications, e-mails, links, invitations to their address); the row stays, anonymized,
 * because the organization's postings and statistics name it as their author.
 */
export async function eraseAccount(manager: EntityManager, userId: string): Promise<void> {
  const user = await manager.findOneByOrFail(User, { id: userId });
  await manager.delete(Session, { userId });
  await manager.delete(Membership, { userId });
  await manager.delete(Notification, { userId });
  await manager.delete(EmailMessage, { userId });
  // E-mails to the address before it had an account (invitations) name it too.
  await manager.delete(EmailMessage, { to: user.email });
  await manager.delete(AccountToken, { userId });
  await manager.delete(Invitation, { email: user.email });
  await manager.update(User, { id: userId }, {
    email: `erased-${userId}@erased.invalid`,
    displayName: ERASED_NAME,
    // Nothing can sign in with a password nobody knows.
    passwordHash: `erased:${randomBytes(32).toString('hex')}`,
    emailVerifiedAt: null,
    isPlatformAdmin: false,
    erasedAt: new Date(),
  });
}

/**
 * The notifications a person received as a member of the organization: they leave with them
 * (a notification is about the side the recipient belongs to).
 */
export async function dropNotificationsAbout(manager: EntityManager, userId: string, organizationId: string): Promise<void> {
  await manager.query(
    `DELETE FROM notifications n USING suggestions s
     WHERE n.suggestion_id = s.id AND n.user_id = $1
       AND ((n.side = 'need' AND s.need_id IN (SELECT id FROM needs WHERE organization_id = $2))
         OR (n.side = 'offer' AND s.offer_id IN (SELECT id FROM offers WHERE organization_id = $2)))`,
    [userId, organizationId],
  );
}
