import { z } from 'zod';
import { DECLINE_REASONS } from '@relais/database';
import { PROPOSAL_STATUSES } from '@relais/domain';
import { paginationQuery } from '../http/pagination';

export const createProposalBody = z
  .object({
    message: z.string().trim().min(1, 'must not be empty').max(2000),
    /** Only for a person who is a member of both organizations of the pair: which one proposes. */
    side: z.enum(['host', 'provider']).optional(),
  })
  .strict();
export type CreateProposalBody = z.infer<typeof createProposalBody>;

export const declineProposalBody = z
  .object({
    reason: z.enum(DECLINE_REASONS),
    text: z.string().trim().max(1000).optional(),
  })
  .strict();
export type DeclineProposalBody = z.infer<typeof declineProposalBody>;

export const proposalsQuery = paginationQuery
  .extend({
    direction: z.enum(['received', 'sent']).default('received'),
    status: z.enum(PROPOSAL_STATUSES).optional(),
  })
  .strict();
export type ProposalsQuery = z.infer<typeof proposalsQuery>;

export const writeMessageBody = z
  .object({
    body: z.string().trim().min(1, 'must not be empty').max(4000),
    /** Only for a person who is a member of both organizations: which one writes. */
    side: z.enum(['host', 'provider']).optional(),
  })
  .strict();
export type WriteMessageBody = z.infer<typeof writeMessageBody>;

export const messagesQuery = paginationQuery.strict();
export type MessagesQuery = z.infer<typeof messagesQuery>;
