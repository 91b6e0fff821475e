import { DataSource, In } from 'typeorm';
import { PostingEmbedding, type EmbeddedKind, type Need, type Offer } from '@relais/database';
import type { PostingEncoder } from '@relais/semantic';

/**
 * Embeds those of `postings` whose stored vector is missing or comes from another text (or
 * another encoder), and stores the vectors; returns the ids embedded. The vectors of the others
 * are marked checked (`updatedAt`), so that a posting changed in other ways is not picked again.
 */
export async function embedStale(dataSource: DataSource, encoder: PostingEncoder, kind: EmbeddedKind, postings: readonly (Need | Offer)[]): Promise<string[]> {
  if (postings.length === 0) return [];
  const embeddings = dataSource.getRepository(PostingEmbedding);
  const stored = await embeddings.find({ select: { postingId: true, textKey: true }, where: { postingId: In(postings.map((p) => p.id)) } });
  const keys = new Map(stored.map((row) => [row.postingId, row.textKey]));
  const stale = postings.filter((posting) => keys.get(posting.id) !== encoder.textKey(posting));
  const checked = postings.filter((posting) => keys.has(posting.id) && !stale.includes(posting));
  if (checked.length) await embeddings.update({ postingId: In(checked.map((p) => p.id)) }, { updatedAt: new Date() });
  if (stale.length === 0) return [];
  const embedded = await encoder.embed(stale);
  const now = new Date();
  await embeddings.upsert(
    stale.map((posting, i) => ({ postingId: posting.id, kind, ...embedded[i], updatedAt: now })),
    ['postingId'],
  );
  return stale.map((posting) => posting.id);
}
