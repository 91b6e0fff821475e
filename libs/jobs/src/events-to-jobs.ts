import type { OutboxEventType } from '@relais/database';
import { JOBS, type JobName } from './queues';

/**
 * The work an outbox event triggers. A need or offer change is matched at once on its words (the
 * matching job syncs it to search first: a sync job besides would index it a second time, at the
 * moment matching searches), and embedded; once its embedding is new, it is matched again on its
 * meaning too. A closed one is removed from search and its suggestions marked stale by the same job.
 * The jobs of one event all take the event's id as job id: each must be on a queue of its own.
 */
/**
 * Jobs nobody waits for, queued behind the others: an organization's embedding (a backlog of
 * them, after an import or an upgrade, must not delay a posting's).
 */
export const BACKGROUND_JOBS: ReadonlySet<JobName> = new Set([JOBS.embedOrganization]);

export function jobsForEvent(type: OutboxEventType): JobName[] {
  switch (type) {
    case 'need.published':
    case 'need.updated':
      return [JOBS.matchNeed, JOBS.embedNeed];
    case 'need.closed':
      return [JOBS.matchNeed];
    case 'offer.published':
    case 'offer.updated':
      return [JOBS.matchOffer, JOBS.embedOffer];
    case 'offer.closed':
      return [JOBS.matchOffer];
    // Listed in the directory at once, then found by the meaning of its presentation too.
    case 'organization.updated':
      return [JOBS.syncOrganization, JOBS.embedOrganization];
    case 'suggestion.created':
      return [JOBS.notifySuggestion];
    // A proposal sent also gets its reminder and its expiry, as delayed jobs.
    case 'proposal.sent':
      return [JOBS.notifyProposal, JOBS.scheduleProposal];
    case 'proposal.changed':
      return [JOBS.notifyProposal];
    case 'proposal.message':
      return [JOBS.notifyMessage];
    // A change of an engagement's stage or dates (re)queues its checkpoints.
    case 'engagement.changed':
      return [JOBS.notifyEngagement, JOBS.scheduleEngagement];
    // Rendered in the write's own transaction (an invitation, whose token is kept nowhere else).
    case 'email.rendered':
      return [JOBS.sendEmail];
  }
}
