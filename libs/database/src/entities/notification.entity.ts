import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Suggestion } from './suggestion.entity';
import { User } from './user.entity';

/** An in-app notification: one per suggestion and person, whatever replays happen. */
@Entity('notifications')
@Index('UQ_notifications_suggestion_user', ['suggestionId', 'userId'], { unique: true })
@Index('IDX_notifications_user_created', ['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notifications_user' })
  user?: User;

  @Column('uuid', { name: 'suggestion_id' })
  suggestionId: string;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_notifications_suggestion' })
  suggestion?: Suggestion;

  /** Which of the person's postings the suggestion is for. */
  @Column('varchar', { length: 5 })
  side: 'need' | 'offer';

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;

  /** Set when a daily digest e-mail included it. */
  @Column('timestamptz', { name: 'digested_at', nullable: true })
  digestedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
