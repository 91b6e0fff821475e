import type { EntityManager } from 'typeorm';
import { EmailMessage, OutboxEvent, type OutboxEventType } from './entities';

/** Records work to trigger; call it inside the transaction of the write that causes it. */
export async function addOutboxEvent(
  manager: EntityManager,
  event: { type: OutboxEventType; aggregateId: string; organizationId: string | null; payload?: Record<string, unknown> },
): Promise<void> {
  const row = manager.create(OutboxEvent, { ...event, payload: event.payload ?? {} });
  await manager.save(row);
}

export type QueuedEmail = Pick<EmailMessage, 'dedupeKey' | 'userId' | 'to' | 'subject' | 'text' | 'html' | 'redactAfterSend'>;

/**
 * Stores a rendered e-mail and the event that has the worker send it, in the caller's
 * transaction: a message whose link holds a one-time secret cannot be rendered later.
 */
export async function queueEmail(manager: EntityManager, message: QueuedEmail, organizationId: string | null): Promise<void> {
  const { identifiers } = await manager.insert(EmailMessage, message);
  await addOutboxEvent(manager, { type: 'email.rendered', aggregateId: String(identifiers[0].id), organizationId });
}
