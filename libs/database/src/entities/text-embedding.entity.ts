import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const EMBEDDED_KINDS = ['need', 'offer', 'organization'] as const;
export type EmbeddedKind = (typeof EMBEDDED_KINDS)[number];

/**
 * The sentence embedding of a posting's text or an organization's presentation, computed by the
 * worker after it is published or changed. Kept apart from the row so that nothing else loads
 * 512 numbers per row. `textKey` says which text and which encoder gave it: a change of either means embedding again.
 */
@Entity('text_embeddings')
export class TextEmbedding {
  /** The need's, offer's or organization's id. */
  @PrimaryColumn('uuid', { name: 'subject_id' })
  subjectId: string;

  @Column('varchar', { length: 12 })
  kind: EmbeddedKind;

  @Column('char', { name: 'text_key', length: 64 })
  textKey: string;

  @Column('real', { array: true })
  vector: number[];

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
