import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/**
 * A rendered e-mail waiting to be sent (or sent). Rendering and sending are separate steps:
 * a failing SMTP server retries a cheap send. The dedupe key makes each e-mail exist once
 * (`suggestion:<suggestionId>:<userId>`, `digest:<userId>:<date>` or
 * `invitation:<invitationId>:<first 16 hex digits of the token hash>`).
 */
@Entity('email_messages')
@Index('UQ_email_messages_dedupe_key', ['dedupeKey'], { unique: true })
export class EmailMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { name: 'dedupe_key', length: 120 })
  dedupeKey: string;

  /** The recipient's account; null for a message to an address that may have none (invitations). */
  @Column('uuid', { name: 'user_id', nullable: true })
  userId: string | null;

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

  /**
   * The body holds a one-time secret (an invitation link): once sent, the body is blanked, so
   * the secret is not left readable in the database.
   */
  @Column('boolean', { name: 'redact_after_send', default: false })
  redactAfterSend: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
