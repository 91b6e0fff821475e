import { DataSource, In } from 'typeorm';
import { PostingEmbedding, type EmbeddedKind, type Need, type Offer } from '@relais/database';
import type { PostingEncoder } from '@relais/semantic';

/**
 * Embeds those of `postings` whose stored vector is missing or comes from another text (or
 * another encoder), and stores the vectors; returns the ids embedded.
 */
export async function embedStale(dataSource: DataSource, encoder: PostingEncoder, kind: EmbeddedKind, postings: readonly (Need | Offer)[]): Promise<string[]> {
  if (postings.length === 0) return [];
  const embeddings = dataSource.getRepository(PostingEmbedding);
  const stored = await embeddings.find({ select: { postingId: true, textKey: true }, where: { postingId: In(postings.map((p) => p.id)) } });
  const keys = new Map(stored.map((row) => [row.postingId, row.textKey]));
  const stale = postings.filter((posting) => keys.get(posting.id) !== encoder.textKey(posting));
  if (stale.length === 0) return [];
  const embedded = await encoder.embed(stale);
  await embeddings.upsert(
    stale.map((posting, i) => ({ postingId: posting.id, kind, ...embedded[i] })),
    ['postingId'],
  );
  return stale.map((posting) => posting.id);
}
