import { createHash } from 'node:crypto';
import { guessLanguage, tokenize } from '@relais/skill-extraction';
import { Apertium } from './apertium';
import { SentenceEncoder } from './sentence-encoder';

/** Names the encoder and its weights: vectors of another encoder are not comparable. */
const ENCODER_ID = 'universal-sentence-encoder-lite@energetic-ai-0.2.0';

export type Embeddable = { title: string; description: string; keywords: readonly string[] };
export type Embedded = { textKey: string; vector: number[] };

/** A part of the text ended as a sentence, so that the encoder and the translator read parts apart. */
const sentence = (part: string) => (/[.!?…]$/.test(part) ? part : `${part}.`);

/** What the encoder reads of a posting: its title, description and keywords, as sentences. */
export const postingText = ({ title, description, keywords }: Embeddable): string =>
  [title, description, keywords.join(', ')]
    .map((part) => part.trim())
    .filter(Boolean)
    .map(sentence)
    .join(' ');

/**
 * An organization is embedded only when its presentation says something: a name alone, often a
 * proper noun or an acronym, is close "in meaning" to any other word the encoder does not know.
 */
export const MIN_PRESENTATION_LENGTH = 40;
export const hasPresentation = ({ description }: { description: string }) => description.trim().length >= MIN_PRESENTATION_LENGTH;
/** The same rule in SQL, on the organizations table aliased `alias`. */
export const hasPresentationSql = (alias: string) => `length(trim(${alias}.description)) >= ${MIN_PRESENTATION_LENGTH}`;

/** What the encoder reads of an organization: its name and presentation. */
export const presentationOf = ({ id, name, description }: { id: string; name: string; description: string }): Embeddable & { id: string } => ({
  id,
  title: name,
  description,
  keywords: [],
});

/**
 * Embeds postings (and organizations' presentations, read as postings). The encoder reads English: French text goes through Apertium first when it
 * is installed; without it, French text is embedded as written, and then no longer meets the
 * English texts that say the same (apps/eval/TUNING.md, "Matching on meaning").
 */
export class PostingEncoder {
  private constructor(
    private readonly encoder: SentenceEncoder,
    private readonly apertium: Apertium | null,
  ) {}

  static async load(): Promise<PostingEncoder> {
    return new PostingEncoder(await SentenceEncoder.load(), Apertium.available() ? new Apertium() : null);
  }

  get translator(): 'apertium' | 'none' {
    return this.apertium ? 'apertium' : 'none';
  }

  close(): Promise<void> {
    return this.encoder.close();
  }

  /** Which text and which encoder a vector comes from: when it changes, the posting is embedded again. */
  textKey(posting: Embeddable): string {
    return createHash('sha256').update(`${ENCODER_ID}\n${this.translator}\n${postingText(posting)}`).digest('hex');
  }

  async embed(postings: readonly Embeddable[]): Promise<Embedded[]> {
    const texts = await this.inEnglish(postings.map(postingText));
    const vectors = await this.encoder.embed(texts);
    return postings.map((posting, i) => ({ textKey: this.textKey(posting), vector: vectors[i] }));
  }

  /** A listing's query, read like a posting's text (French through Apertium). */
  async embedText(text: string): Promise<number[]> {
    const [english] = await this.inEnglish([text]);
    const [vector] = await this.encoder.embed([english]);
    return vector;
  }

  /** The texts, the French ones in English when Apertium can translate them. */
  private async inEnglish(texts: string[]): Promise<string[]> {
    if (!this.apertium) return texts;
    const french = texts.flatMap((text, i) => (guessLanguage(tokenize(text)) === 'fr' ? [i] : []));
    const translated = await this.apertium.frenchToEnglish(french.map((i) => texts[i]));
    const english = [...texts];
    french.forEach((i, j) => (english[i] = translated[j]));
    return english;
  }
}
