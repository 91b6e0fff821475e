import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Proposal } from './proposal.entity';
import { Suggestion } from './suggestion.entity';
import { User } from './user.entity';

/**
 * What a proposal's notification tells: it arrived, its answer, its reminder, its expiry, or new
 * messages in its thread, or a change of the engagement it became (one notification per thread, or
 * engagement, and person, unread again at each change).
 */
export const PROPOSAL_NOTICES = ['received', 'accepted', 'declined', 'reminder', 'expired', 'message', 'engagement', 'checkpoint'] as const;
export type ProposalNotice = (typeof PROPOSAL_NOTICES)[number];

/**
 * An in-app notification, about a suggestion (one per suggestion and person) or a proposal (one
 * per proposal, event and person), whatever replays happen.
 */
@Entity('notifications')
@Index('UQ_notifications_suggestion_user', ['suggestionId', 'userId'], { unique: true })
@Index('UQ_notifications_proposal_event_user', ['proposalId', 'event', 'userId'], { unique: true, where: '"proposal_id" IS NOT NULL' })
@Index('IDX_notifications_user_created', ['userId', 'createdAt'])
@Check(
  'CHK_notifications_subject',
  `("suggestion_id" IS NOT NULL AND "side" IS NOT NULL AND "proposal_id" IS NULL AND "event" IS NULL) OR ("proposal_id" IS NOT NULL AND "event" IS NOT NULL AND "organization_id" IS NOT NULL AND "suggestion_id" IS NULL AND "side" IS NULL)`,
)
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notifications_user' })
  user?: User;

  @Column('uuid', { name: 'suggestion_id', nullable: true })
  suggestionId: string | null;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_notifications_suggestion' })
  suggestion?: Suggestion;

  /** Which of the person's postings the suggestion is for. */
  @Column('varchar', { length: 5, nullable: true })
  side: 'need' | 'offer' | null;

  @Column('uuid', { name: 'proposal_id', nullable: true })
  proposalId: string | null;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'FK_notifications_proposal' })
  proposal?: Proposal;

  @Column('varchar', { length: 10, nullable: true })
  event: ProposalNotice | null;

  /** For a proposal's news: the organization the person hears of it as a member of. */
  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId: string | null;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;

  /** Set when an e-mail included it: the daily digest, or the e-mail of a window's suggestions. */
  @Column('timestamptz', { name: 'digested_at', nullable: true })
  digestedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
