import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { TextEmbedding } from '@relais/database';

/** The stored sentence embeddings of postings and organizations (computed by EmbeddingService). */
@Injectable()
export class TextVectors {
  constructor(private readonly dataSource: DataSource) {}

  async of(subjectId: string): Promise<number[] | null> {
    return (await this.dataSource.getRepository(TextEmbedding).findOneBy({ subjectId }))?.vector ?? null;
  }

  /** Id -> vector, for those of `ids` that have one. */
  async ofMany(ids: readonly string[]): Promise<Map<string, number[]>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(TextEmbedding).findBy({ subjectId: In([...ids]) });
    return new Map(rows.map((row) => [row.subjectId, row.vector]));
  }
}
