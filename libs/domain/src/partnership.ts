/**
 * The life of a partnership, from a suggestion to its evaluation, as two pure state machines:
 * a proposal (one side asks, the other answers) and, once accepted, an engagement. Each
 * transition names the sides allowed to make it; the services load the row, ask `decide`, and
 * write the new status with its outbox event in one transaction.
 */

/** The two organizations of a pair: the host (the need's) and the provider (the offer's). */
export type Side = 'host' | 'provider';

export const PROPOSAL_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn', 'expired'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export type ProposalAction = 'accept' | 'decline' | 'withdraw' | 'expire';

export const ENGAGEMENT_STATUSES = ['agreed', 'agreement_signed', 'under_way', 'completed', 'evaluated', 'cancelled'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];
export type EngagementAction = 'sign' | 'start' | 'complete' | 'evaluate' | 'cancel';

/** Why a transition is refused; the API answers 409 with it (403 for NOT_YOUR_SIDE). */
export type RefusalCode =
  /** The transition does not leave from this status (already answered, already cancelled...). */
  | 'INVALID_TRANSITION'
  /** The other side makes this transition (a proposer cannot accept its own proposal). */
  | 'NOT_YOUR_SIDE'
  /** This side has already done it (signed, evaluated): the other side's turn. */
  | 'ALREADY_DONE';

export type Decision<S> = { ok: true; status: S } | { ok: false; code: RefusalCode };

/** `null` as the actor: the platform itself (a deadline passing). */
type Actor = Side | null;

/**
 * Proposal: pending until the side that received it accepts or declines, the side that sent it
 * withdraws it, or its response deadline passes (the platform expires it). Every end is final.
 */
export function decideProposal(status: ProposalStatus, action: ProposalAction, actor: Actor, proposer: Side): Decision<ProposalStatus> {
  if (status !== 'pending') return { ok: false, code: 'INVALID_TRANSITION' };
  const recipient: Side = proposer === 'host' ? 'provider' : 'host';
  switch (action) {
    case 'accept':
      return actor === recipient ? { ok: true, status: 'accepted' } : { ok: false, code: 'NOT_YOUR_SIDE' };
    case 'decline':
      return actor === recipient ? { ok: true, status: 'declined' } : { ok: false, code: 'NOT_YOUR_SIDE' };
    case 'withdraw':
      return actor === proposer ? { ok: true, status: 'withdrawn' } : { ok: false, code: 'NOT_YOUR_SIDE' };
    case 'expire':
      return actor === null ? { ok: true, status: 'expired' } : { ok: false, code: 'NOT_YOUR_SIDE' };
  }
}

/** What both sides must each do once: sign the agreement, evaluate the partnership. */
export type EngagementMarks = { signed: readonly Side[]; evaluated: readonly Side[] };

/**
 * Engagement: agreed → agreement signed (once both sides have signed) → under way (either side
 * starts it) → completed (the host, who received the work, says it is done) → evaluated (once
 * both sides have evaluated). Either side may cancel before completion; a cancelled engagement
 * is final. A single signature or evaluation leaves the status as it is (`status` unchanged).
 */
export function decideEngagement(status: EngagementStatus, action: EngagementAction, actor: Side, marks: EngagementMarks): Decision<EngagementStatus> {
  switch (action) {
    case 'sign':
      if (status !== 'agreed') return { ok: false, code: 'INVALID_TRANSITION' };
      if (marks.signed.includes(actor)) return { ok: false, code: 'ALREADY_DONE' };
      return { ok: true, status: marks.signed.length === 1 ? 'agreement_signed' : 'agreed' };
    case 'start':
      return status === 'agreement_signed' ? { ok: true, status: 'under_way' } : { ok: false, code: 'INVALID_TRANSITION' };
    case 'complete':
      if (status !== 'under_way') return { ok: false, code: 'INVALID_TRANSITION' };
      return actor === 'host' ? { ok: true, status: 'completed' } : { ok: false, code: 'NOT_YOUR_SIDE' };
    case 'evaluate':
      if (status !== 'completed') return { ok: false, code: 'INVALID_TRANSITION' };
      if (marks.evaluated.includes(actor)) return { ok: false, code: 'ALREADY_DONE' };
      return { ok: true, status: marks.evaluated.length === 1 ? 'evaluated' : 'completed' };
    case 'cancel':
      return ['agreed', 'agreement_signed', 'under_way'].includes(status) ? { ok: true, status: 'cancelled' } : { ok: false, code: 'INVALID_TRANSITION' };
  }
}
