import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OrganizationKind } from '@relais/domain';

@Entity('organizations')
@Check(
  'CHK_organizations_kind',
  `"kind" IN ('association','company','local_authority','university','network','foreign_partner')`,
)
@Index('IDX_organizations_kind_country', ['kind', 'country'])
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { length: 200 })
  name: string;

  @Column('varchar', { length: 20 })
  kind: OrganizationKind;

  /** ISO 3166-1 alpha-2. */
  @Column('char', { length: 2 })
  country: string;

  @Column('varchar', { length: 120, nullable: true })
  region: string | null;

  @Column('varchar', { length: 120, nullable: true })
  city: string | null;

  @Column('text', { default: '' })
  description: string;

  @Column('varchar', { length: 300, nullable: true })
  website: string | null;

  @Index('UQ_organizations_siren', { unique: true, where: 'siren IS NOT NULL' })
  @Column('char', { length: 9, nullable: true })
  siren: string | null;

  @Index('UQ_organizations_rna', { unique: true, where: 'rna IS NOT NULL' })
  @Column('char', { length: 10, nullable: true })
  rna: string | null;

  /** Declared able to receive skills sponsorship (organisme d'intérêt général). */
  @Column('boolean', { name: 'general_interest', default: false })
  generalInterest: boolean;

  /**
   * When a platform admin checked that the organization is who it says (its SIREN or RNA, its
   * website); null for an unverified one. Changing the name or an identifier ends it.
   */
  @Column('timestamptz', { name: 'verified_at', nullable: true })
  verifiedAt: Date | null;

  /** The admin who verified it; not part of any public view. */
  @Column('uuid', { name: 'verified_by_id', nullable: true, select: false })
  verifiedById?: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
