import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/**
 * A rendered e-mail waiting to be sent (or sent). Rendering and sending are separate steps:
 * a failing SMTP server retries a cheap send. The dedupe key makes each e-mail exist once
 * (`suggestion:<suggestionId>:<userId>` or `digest:<userId>:<date>`).
 */
@Entity('email_messages')
@Index('UQ_email_messages_dedupe_key', ['dedupeKey'], { unique: true })
export class EmailMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { name: 'dedupe_key', length: 120 })
  dedupeKey: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_email_messages_user' })
  user?: User;

  @Column('varchar', { name: 'to_address', length: 254 })
  to: string;

  @Column('text')
  subject: string;

  @Column('text')
  text: string;

  @Column('text')
  html: string;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
