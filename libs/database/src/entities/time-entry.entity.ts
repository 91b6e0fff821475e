import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Engagement, type EffortUnit } from './engagement.entity';

export const TIME_ENTRY_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type TimeEntryStatus = (typeof TIME_ENTRY_STATUSES)[number];

/**
 * Time one person lent gave on one day, logged by the provider and approved (or rejected, with
 * a reason) by the host. Approved time is what a skills sponsorship is valued on.
 */
@Entity('time_entries')
@Index('IDX_time_entries_engagement', ['engagementId', 'day'])
@Check('CHK_time_entries_status', `"status" IN ('pending','approved','rejected')`)
@Check('CHK_time_entries_amount', `"amount" > 0 AND ("unit" = 'hours' AND "amount" <= 24 OR "unit" = 'days' AND "amount" <= 1)`)
export class TimeEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'engagement_id' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'FK_time_entries_engagement' })
  engagement?: Engagement;

  /** The name of one of the engagement's people. */
  @Column('varchar', { length: 120 })
  person: string;

  @Column('date')
  day: string;

  /** In the engagement's unit: at most 1 day, or 24 hours, per entry. */
  @Column('numeric', { precision: 5, scale: 2, transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  amount: number;

  @Column('varchar', { length: 5 })
  unit: EffortUnit;

  @Column('text', { default: '' })
  note: string;

  @Column('varchar', { length: 10, default: 'pending' })
  status: TimeEntryStatus;

  @Column('text', { name: 'reject_reason', nullable: true })
  rejectReason: string | null;

  @Column('uuid', { name: 'logged_by_id' })
  loggedById: string;

  @Column('uuid', { name: 'decided_by_id', nullable: true })
  decidedById: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
