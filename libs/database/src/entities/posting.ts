import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MechanismCode, PostingStatus } from '@relais/domain';

/**
 * Columns that needs and offers share. One level of inheritance for columns only: a need
 * and an offer are different things, posted and matched from opposite sides.
 */
export abstract class Posting {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('varchar', { length: 200 })
  title: string;

  @Column('text')
  description: string;

  /** Skill ids of the catalog. */
  @Column('uuid', { array: true, default: () => "'{}'" })
  skills: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  keywords: string[];

  /** ISO 639-1 codes. */
  @Column('varchar', { length: 2, array: true })
  languages: string[];

  @Column('integer', { name: 'effort_days' })
  effortDays: number;

  @Column('varchar', { length: 30, array: true })
  mechanisms: MechanismCode[];

  @Column('varchar', { length: 10, default: 'draft' })
  status: PostingStatus;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @Column('uuid', { name: 'created_by_id' })
  createdById: string;

  /** The bulk import that created it, if any (kept null when the import row is deleted). */
  @Column('uuid', { name: 'import_id', nullable: true })
  importId: string | null;

  /** When the worker last matched it (stored its suggestions): an import's progress counts these. */
  @Column('timestamptz', { name: 'matched_at', nullable: true })
  matchedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
