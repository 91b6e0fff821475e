import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { MembershipRole } from '@relais/domain';
import { Organization } from './organization.entity';
import { User } from './user.entity';

/**
 * An invitation to join an organization, sent to an e-mail address that may have no account
 * yet. Only the SHA-256 of its token is kept: the token itself travels in the e-mail alone.
 * One open (neither accepted nor revoked) invitation per organization and address: inviting
 * the address again renews that one.
 */
@Entity('invitations')
@Index('UQ_invitations_token_hash', ['tokenHash'], { unique: true })
@Index('UQ_invitations_open_organization_email', ['organizationId', 'email'], {
  unique: true,
  where: 'accepted_at IS NULL AND revoked_at IS NULL',
})
@Check('CHK_invitations_role', `"role" IN ('admin','member')`)
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_invitations_organization' })
  organization?: Organization;

  /** Stored lower-cased, like users.email. */
  @Column('varchar', { length: 254 })
  email: string;

  @Column('varchar', { length: 10 })
  role: MembershipRole;

  /** Hex SHA-256 of the token. */
  @Column('char', { name: 'token_hash', length: 64 })
  tokenHash: string;

  /** Null once the inviter's account is gone: the organization invited, the invitation stays valid. */
  @Column('uuid', { name: 'invited_by_id', nullable: true })
  invitedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'FK_invitations_invited_by' })
  invitedBy?: User | null;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt: Date | null;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
