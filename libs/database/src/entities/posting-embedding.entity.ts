import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const EMBEDDED_KINDS = ['need', 'offer'] as const;
export type EmbeddedKind = (typeof EMBEDDED_KINDS)[number];

/**
 * The sentence embedding of a posting's text, computed by the worker after the posting is
 * published or changed. Kept apart from the posting so that nothing else loads 512 numbers per
 * row. `textKey` says which text and which encoder gave it: a change of either means embedding again.
 */
@Entity('posting_embeddings')
export class PostingEmbedding {
  /** The need's or offer's id. */
  @PrimaryColumn('uuid', { name: 'posting_id' })
  postingId: string;

  @Column('varchar', { length: 5 })
  kind: EmbeddedKind;

  @Column('char', { name: 'text_key', length: 64 })
  textKey: string;

  @Column('real', { array: true })
  vector: number[];

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
