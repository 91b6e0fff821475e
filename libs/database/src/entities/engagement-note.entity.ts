import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Side } from '@relais/domain';
import { Engagement } from './engagement.entity';

/** A check-in note on an engagement's timeline: where the work stands, written by either side. */
@Entity('engagement_notes')
@Index('IDX_engagement_notes_engagement', ['engagementId', 'createdAt'])
@Check('CHK_engagement_notes_side', `"side" IN ('host','provider')`)
export class EngagementNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'engagement_id' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'FK_engagement_notes_engagement' })
  engagement?: Engagement;

  @Column('varchar', { length: 8 })
  side: Side;

  @Column('uuid', { name: 'author_id' })
  authorId: string;

  @Column('text')
  body: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
