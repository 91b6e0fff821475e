import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Side } from '@relais/domain';
import { Engagement } from './engagement.entity';

/**
 * One side's evaluation of a completed engagement: a rating of the other organization, what was
 * delivered, whether it would do it again. The rating counts on the other organization's public
 * profile; the comment shows there only if its author chose so (`showComment`).
 */
@Entity('evaluations')
@Index('UQ_evaluations_engagement_side', ['engagementId', 'side'], { unique: true })
@Index('IDX_evaluations_subject', ['subjectOrganizationId', 'createdAt'])
@Check('CHK_evaluations_side', `"side" IN ('host','provider')`)
@Check('CHK_evaluations_rating', `"rating" BETWEEN 1 AND 5`)
export class Evaluation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'engagement_id' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'FK_evaluations_engagement' })
  engagement?: Engagement;

  /** The side that evaluates; its organization, and the organization it rates (the other side). */
  @Column('varchar', { length: 8 })
  side: Side;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'subject_organization_id' })
  subjectOrganizationId: string;

  @Column('smallint')
  rating: number;

  @Column('text')
  delivered: string;

  @Column('boolean')
  again: boolean;

  @Column('text', { default: '' })
  comment: string;

  @Column('boolean', { name: 'show_comment', default: false })
  showComment: boolean;

  @Column('uuid', { name: 'author_id' })
  authorId: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
