import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ProposalStatus, Side } from '@relais/domain';
import { Suggestion } from './suggestion.entity';

export const DECLINE_REASONS = ['skills', 'dates', 'already_found', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/**
 * One side of a suggested pair asks the other to work together: the first step of a
 * partnership (libs/domain partnership.ts gives its transitions). At most one pending proposal
 * per pair (a partial unique index); the people's contact details are shown to the other side
 * only once it is accepted.
 */
@Entity('proposals')
@Index('UQ_proposals_pending_pair', ['needId', 'offerId'], { unique: true, where: `"status" = 'pending'` })
@Index('IDX_proposals_from', ['fromOrganizationId', 'status'])
@Index('IDX_proposals_to', ['toOrganizationId', 'status'])
@Index('IDX_proposals_suggestion', ['suggestionId', 'createdAt'])
@Check('CHK_proposals_status', `"status" IN ('pending','accepted','declined','withdrawn','expired')`)
@Check('CHK_proposals_side', `"proposer_side" IN ('host','provider')`)
@Check('CHK_proposals_decline_reason', `"decline_reason" IS NULL OR "decline_reason" IN ('skills','dates','already_found','other')`)
export class Proposal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'suggestion_id' })
  suggestionId: string;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_proposals_suggestion' })
  suggestion?: Suggestion;

  @Column('uuid', { name: 'need_id' })
  needId: string;

  @Column('uuid', { name: 'offer_id' })
  offerId: string;

  /** Which side sent it: the host (the need's organization) or the provider (the offer's). */
  @Column('varchar', { name: 'proposer_side', length: 8 })
  proposerSide: Side;

  @Column('uuid', { name: 'from_organization_id' })
  fromOrganizationId: string;

  @Column('uuid', { name: 'to_organization_id' })
  toOrganizationId: string;

  /** The member who sent it (null once that account is erased). */
  @Column('uuid', { name: 'created_by_id', nullable: true })
  createdById: string | null;

  @Column('text')
  message: string;

  @Column('varchar', { length: 10, default: 'pending' })
  status: ProposalStatus;

  /** The answer is due by then; the proposal expires after it. */
  @Column('timestamptz', { name: 'respond_by' })
  respondBy: Date;

  @Column('timestamptz', { name: 'answered_at', nullable: true })
  answeredAt: Date | null;

  /** The member who accepted, declined or withdrew it. */
  @Column('uuid', { name: 'answered_by_id', nullable: true })
  answeredById: string | null;

  @Column('varchar', { name: 'decline_reason', length: 20, nullable: true })
  declineReason: DeclineReason | null;

  @Column('text', { name: 'decline_text', nullable: true })
  declineText: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
