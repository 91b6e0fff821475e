import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Side } from '@relais/domain';
import { Engagement } from './engagement.entity';

/**
 * A signed agreement one side uploaded (a PDF), for one version of the terms. The file itself
 * is in the file storage under `storageKey`; its digest lets anyone check it was not altered.
 */
@Entity('signed_copies')
@Index('IDX_signed_copies_engagement', ['engagementId', 'createdAt'])
@Check('CHK_signed_copies_side', `"side" IN ('host','provider')`)
export class SignedCopy {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'engagement_id' })
  engagementId: string;

  @ManyToOne(() => Engagement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'engagement_id', foreignKeyConstraintName: 'FK_signed_copies_engagement' })
  engagement?: Engagement;

  @Column('integer', { name: 'terms_version' })
  termsVersion: number;

  @Column('varchar', { length: 8 })
  side: Side;

  /** The document signed (a template kind such as `sponsorship_agreement`). */
  @Column('varchar', { name: 'document_kind', length: 40 })
  documentKind: string;

  @Column('uuid', { name: 'uploaded_by_id' })
  uploadedById: string;

  @Column('varchar', { name: 'storage_key', length: 200 })
  storageKey: string;

  @Column('integer')
  size: number;

  @Column('char', { length: 64 })
  sha256: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
