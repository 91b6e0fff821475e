import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { PostingEmbedding } from '@relais/database';

/** The stored sentence embeddings of postings (computed by EmbeddingService). */
@Injectable()
export class PostingVectors {
  constructor(private readonly dataSource: DataSource) {}

  async of(postingId: string): Promise<number[] | null> {
    return (await this.dataSource.getRepository(PostingEmbedding).findOneBy({ postingId }))?.vector ?? null;
  }

  /** Posting id -> vector, for those of `ids` that have one. */
  async ofMany(ids: readonly string[]): Promise<Map<string, number[]>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(PostingEmbedding).findBy({ postingId: In([...ids]) });
    return new Map(rows.map((row) => [row.postingId, row.vector]));
  }
}
