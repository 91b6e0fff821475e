import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EmailPreference, Locale } from '@relais/domain';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. */
  @Index('UQ_users_email', { unique: true })
  @Column('varchar', { length: 254 })
  email: string;

  @Column('varchar', { length: 200, name: 'password_hash' })
  passwordHash: string;

  @Column('varchar', { length: 120, name: 'display_name' })
  displayName: string;

  @Column('varchar', { length: 2, default: 'fr' })
  locale: Locale;

  /** How suggestion e-mails reach this person: one each, one daily digest, or none. */
  @Column('varchar', { name: 'email_preference', length: 10, default: 'immediate' })
  emailPreference: EmailPreference;

  /** When the person proved they hold the address (its link opened); null until then. */
  @Column('timestamptz', { name: 'email_verified_at', nullable: true })
  emailVerifiedAt: Date | null;

  /** Platform operators (failed jobs, moderation); never set through the public API. */
  @Column('boolean', { name: 'is_platform_admin', default: false })
  isPlatformAdmin: boolean;

  /** The last sign-in; inactive accounts are warned, then anonymized (RETENTION_INACTIVE_DAYS). */
  @Column('timestamptz', { name: 'last_seen_at', nullable: true })
  lastSeenAt: Date | null;

  /** When the person was told their inactive account would be anonymized. */
  @Column('timestamptz', { name: 'retention_warned_at', nullable: true })
  retentionWarnedAt: Date | null;

  /** Set when the account was erased: the row stays (postings name their author), anonymized. */
  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
