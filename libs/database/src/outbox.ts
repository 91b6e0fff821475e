import type { EntityManager } from 'typeorm';
import { OutboxEvent, type OutboxEventType } from './entities';

/** Records work to trigger; call it inside the transaction of the write that causes it. */
export async function addOutboxEvent(
  manager: EntityManager,
  event: { type: OutboxEventType; aggregateId: string; organizationId: string; payload?: Record<string, unknown> },
): Promise<void> {
  const row = manager.create(OutboxEvent, { ...event, payload: event.payload ?? {} });
  await manager.save(row);
}
