import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

export const ACCOUNT_TOKEN_PURPOSES = ['verify_email', 'reset_password'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * A one-time link sent by e-mail to prove the person holds the address: confirming it, or
 * choosing a new password. Only the token's sha256 is stored; a token works once, until it expires.
 */
@Entity('account_tokens')
@Check('CHK_account_tokens_purpose', `"purpose" IN ('verify_email','reset_password')`)
export class AccountToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_account_tokens_user')
  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_account_tokens_user' })
  user?: User;

  @Column('varchar', { length: 20 })
  purpose: AccountTokenPurpose;

  @Index('UQ_account_tokens_token_hash', { unique: true })
  @Column('char', { name: 'token_hash', length: 64 })
  tokenHash: string;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'used_at', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
