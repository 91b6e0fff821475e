import type { EntityManager } from 'typeorm';

/**
 * Marks expired the pending proposals whose deadline has passed (PostgreSQL's clock) among those
 * `condition` selects (SQL on the proposals table, with $1... for `parameters`), and writes each
 * one's `proposal.changed` event in the same statement: nothing is expired without its event.
 * Called by the expiry job when the deadline comes, and before proposals are read or counted
 * (a lost job still expires on time for whoever looks). Returns how many expired.
 */
export async function expireOverdueProposals(manager: EntityManager, condition: string, parameters: unknown[]): Promise<number> {
  const rows: unknown[] = await manager.query(
    `WITH expired AS (
       UPDATE proposals SET status = 'expired', updated_at = now()
       WHERE status = 'pending' AND respond_by <= now() AND (${condition})
       RETURNING id, from_organization_id
     )
     INSERT INTO outbox_events (type, aggregate_id, organization_id)
     SELECT 'proposal.changed', id, from_organization_id FROM expired
     RETURNING id`,
    parameters,
  );
  return rows.length;
}
