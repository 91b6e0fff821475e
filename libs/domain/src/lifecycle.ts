import type { PostingStatus } from './vocabulary';

export type PostingAction = 'publish' | 'close';

/**
 * Needs and offers start as drafts, are published (open) to be matched, and are closed when
 * filled or withdrawn. A closed posting can be published again. Returns null when the action
 * makes no sense from the current status.
 */
export function nextStatus(current: PostingStatus, action: PostingAction): PostingStatus | null {
  if (action === 'publish') return current === 'open' ? null : 'open';
  return current === 'closed' ? null : 'closed';
}
