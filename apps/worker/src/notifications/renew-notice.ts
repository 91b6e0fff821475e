import type { DataSource } from 'typeorm';
import type { ProposalNotice } from '@relais/database';

/**
 * The one in-app notification of a thread or an engagement for each of `userIds`, made unread
 * again as of `at`. A replay of an older change leaves it as it is.
 */
export async function renewNotice(
  dataSource: DataSource,
  notice: { userIds: string[]; proposalId: string; event: Extract<ProposalNotice, 'message' | 'engagement' | 'checkpoint'>; organizationId: string; at: Date },
): Promise<void> {
  if (notice.userIds.length === 0) return;
  await dataSource.query(
    `INSERT INTO notifications (user_id, proposal_id, event, organization_id, created_at)
     SELECT unnest($1::uuid[]), $2, $3, $4, $5
     ON CONFLICT (proposal_id, event, user_id) WHERE proposal_id IS NOT NULL
     DO UPDATE SET read_at = NULL, created_at = EXCLUDED.created_at WHERE notifications.created_at < EXCLUDED.created_at`,
    [notice.userIds, notice.proposalId, notice.event, notice.organizationId, notice.at],
  );
}
