import type { EntityManager } from 'typeorm';
import { EmailMessage, type OutboxEventType } from './entities';

export type NewOutboxEvent = { type: OutboxEventType; aggregateId: string; organizationId: string | null; payload?: Record<string, unknown> };

/** Records work to trigger; call it inside the transaction of the write that causes it. */
export function addOutboxEvent(manager: EntityManager, event: NewOutboxEvent): Promise<void> {
  return addOutboxEvents(manager, [event]);
}

/** Several events in one statement (a matching run's new suggestions, an import's postings). */
export async function addOutboxEvents(manager: EntityManager, events: NewOutboxEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((event) => ({ type: event.type, aggregate_id: event.aggregateId, organization_id: event.organizationId, payload: event.payload ?? {} }));
  await manager.query(
    `INSERT INTO outbox_events (type, aggregate_id, organization_id, payload)
     SELECT type, aggregate_id, organization_id, payload
       FROM jsonb_to_recordset($1::jsonb) AS r(type varchar(40), aggregate_id uuid, organization_id uuid, payload jsonb)`,
    [JSON.stringify(rows)],
  );
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
