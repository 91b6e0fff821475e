import { DataSource, In } from 'typeorm';
import { TextEmbedding, type EmbeddedKind } from '@relais/database';
import type { Embeddable, PostingEncoder } from '@relais/semantic';

/**
 * Embeds those of `postings` (or organizations' presentations, see presentationOf) whose stored
 * vector is missing or comes from another text (or another encoder), and stores the vectors;
 * returns the ids embedded. The vectors of the others are marked checked (`updatedAt`), so that
 * a posting changed in other ways is not picked again. Times come from PostgreSQL's clock, the
 * one that stamps the postings' `updated_at`.
 */
export async function embedStale(
  dataSource: DataSource,
  encoder: PostingEncoder,
  kind: EmbeddedKind,
  postings: readonly (Embeddable & { id: string })[],
): Promise<string[]> {
  if (postings.length === 0) return [];
  const embeddings = dataSource.getRepository(TextEmbedding);
  const stored = await embeddings.find({ select: { subjectId: true, textKey: true }, where: { subjectId: In(postings.map((p) => p.id)) } });
  const keys = new Map(stored.map((row) => [row.subjectId, row.textKey]));
  const stale = postings.filter((posting) => keys.get(posting.id) !== encoder.textKey(posting));
  const checked = postings.filter((posting) => keys.has(posting.id) && !stale.includes(posting));
  if (checked.length) await embeddings.update({ subjectId: In(checked.map((p) => p.id)) }, { updatedAt: () => 'now()' });
  if (stale.length === 0) return [];
  const embedded = await encoder.embed(stale);
  await embeddings
    .createQueryBuilder()
    .insert()
    .values(stale.map((posting, i) => ({ subjectId: posting.id, kind, ...embedded[i], updatedAt: () => 'now()' })))
    .orUpdate(['kind', 'text_key', 'vector', 'updated_at'], ['subject_id'])
    .execute();
  return stale.map((posting) => posting.id);
}
