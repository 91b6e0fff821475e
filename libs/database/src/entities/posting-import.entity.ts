import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from './organization.entity';

/** A row of an import file that was not imported: where it is in the file, and what was wrong. */
export type ImportRefusal = ({ line: number } | { row: number }) & { problems: Array<{ path: string; reason: string }> };

/**
 * One bulk import of needs or offers (CSV or JSON) by a member of the organization: how many
 * rows it held, how many became postings (`import_id` on each), and the rows refused.
 */
@Entity('imports')
@Index('IDX_imports_organization', ['organizationId', 'createdAt'])
@Check('CHK_imports_kind', `"kind" IN ('needs','offers')`)
@Check('CHK_imports_mode', `"mode" IN ('all','valid')`)
export class PostingImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_imports_organization' })
  organization?: Organization;

  @Column('varchar', { length: 6 })
  kind: 'needs' | 'offers';

  /** The member who imported (the postings' `created_by_id` too). */
  @Column('uuid', { name: 'created_by_id' })
  createdById: string;

  /** `all`: all or nothing; `valid`: the valid rows, the others reported. */
  @Column('varchar', { length: 5 })
  mode: 'all' | 'valid';

  /** Whether the postings were published (open, matched) or left as drafts. */
  @Column('boolean')
  published: boolean;

  @Column('integer', { name: 'row_count' })
  rowCount: number;

  @Column('integer', { name: 'imported_count' })
  importedCount: number;

  @Column('jsonb', { default: () => "'[]'" })
  refused: ImportRefusal[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
