import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const OUTBOX_EVENT_TYPES = [
  'need.published',
  'need.updated',
  'need.closed',
  'offer.published',
  'offer.updated',
  'offer.closed',
  'organization.updated',
  'suggestion.created',
  /** A proposal was sent (aggregate: the proposal). */
  'proposal.sent',
  /** A proposal was accepted, declined, withdrawn or expired. */
  'proposal.changed',
  /** A message was written in a proposal's thread (aggregate: the message). */
  'proposal.message',
  /** An engagement's terms or status changed (aggregate: the engagement; organization: the other side's, to be told). */
  'engagement.changed',
  /** A rendered e-mail (email_messages row, the aggregate) waits to be sent. */
  'email.rendered',
] as const;
export type OutboxEventType = (typeof OUTBOX_EVENT_TYPES)[number];

/**
 * Work to trigger after a write, stored in the write's own transaction. The worker's relay
 * moves unsent rows to the queues (job id = event id) and stamps sentAt.
 */
@Entity('outbox_events')
@Index('IDX_outbox_events_unsent', ['createdAt'], { where: 'sent_at IS NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { length: 40 })
  type: OutboxEventType;

  @Column('uuid', { name: 'aggregate_id' })
  aggregateId: string;

  /** The organization concerned; null for a message about a person's own account. */
  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId: string | null;

  @Column('jsonb', { default: () => "'{}'" })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;
}
