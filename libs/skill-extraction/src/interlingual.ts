import { stemEnglish, stemFrench } from './stemmer';
import { tokenize, type Token } from './tokenizer';

/**
 * Comparing a French text with an English one. Each text becomes a set of "terms": English
 * stems, where the French words were first translated through a glossary of stems (derived from
 * the catalog's aligned French and English labels, see `deriveGlossary`). Two postings about
 * the same job then share terms whatever language each was written in ("comptabilité" and
 * "accounting" both give `account`).
 */

/** French stem -> its English stems, best first. */
export type Glossary = ReadonlyMap<string, readonly string[]>;

/** Function words that tell the languages apart (folded); the longest list wins. */
const FRENCH_MARKERS = new Set('le la les des du de et pour avec dans une un au aux sur nous notre nos est sont en par'.split(' '));
const ENGLISH_MARKERS = new Set('the and for with of to in a an on our we is are who by from'.split(' '));

/** 'fr' when the text has more French than English function words, else 'en'. */
export function guessLanguage(tokens: readonly Token[]): 'fr' | 'en' {
  let french = 0;
  let english = 0;
  for (const { folded } of tokens) {
    if (FRENCH_MARKERS.has(folded)) french++;
    if (ENGLISH_MARKERS.has(folded)) english++;
  }
  return french > english ? 'fr' : 'en';
}

/** Words a posting may use that say nothing about the work asked for. */
const content = (tokens: readonly Token[]) => tokens.filter((token) => !token.stop);

/**
 * The terms of a text, each once, in order of appearance: English stems. In French text a word
 * the glossary knows gives its English stems; any other word its English stem, as such words
 * are often technical words written the same in both languages (WordPress, audit).
 * `language` defaults to a guess from the text's function words.
 */
export function textTerms(text: string, glossary: Glossary, language?: 'fr' | 'en'): string[] {
  const tokens = tokenize(text);
  const french = (language ?? guessLanguage(tokens)) === 'fr';
  const terms = content(tokens).flatMap(({ folded }) => (french ? glossary.get(stemFrench(folded)) : undefined) ?? [stemEnglish(folded)]);
  return [...new Set(terms)];
}

/**
 * English stems that translate one same French word are taken as synonyms ("achat" gives
 * purchase and procurement): stem -> the others, so that an English text saying "procurement"
 * meets one saying "purchasing", as a French text saying "achat" meets both.
 */
export function glossarySynonyms(glossary: Glossary): Map<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const translations of glossary.values()) {
    for (const stem of translations) {
      for (const other of translations) {
        if (other !== stem) (synonyms.get(stem) ?? synonyms.set(stem, new Set()).get(stem)!).add(other);
      }
    }
  }
  return new Map([...synonyms].map(([stem, others]) => [stem, [...others]]));
}

/** A French label and an English label that name the same thing (a skill, an occupation). */
export type AlignedLabels = { fr: string; en: string };

const stemsOf = (text: string, stem: (word: string) => string) => new Set(content(tokenize(text)).map(({ folded }) => stem(folded)));

/** Translations kept: Dice coefficient at least this, seen together at least twice (or always together). */
export const MIN_DICE = 0.3;

/**
 * Learns stem translations from aligned labels: for a French stem f and an English stem e seen
 * in n(f) and n(e) label pairs, together in n(f,e), Dice = 2 n(f,e) / (n(f) + n(e)). Keeps, for
 * each French stem, the English stems with Dice ≥ MIN_DICE, seen together twice or more unless
 * Dice is 1, best first, at most two. Most aligned labels are short ("gérer un budget" / "manage
 * budgets"), so the right pair is the one that keeps coming back together.
 */
export function deriveGlossary(pairs: readonly AlignedLabels[]): Map<string, string[]> {
  const frenchCount = new Map<string, number>();
  const englishCount = new Map<string, number>();
  const together = new Map<string, Map<string, number>>();
  const increment = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const pair of pairs) {
    const french = stemsOf(pair.fr, stemFrench);
    const english = stemsOf(pair.en, stemEnglish);
    for (const f of french) {
      increment(frenchCount, f);
      const row = together.get(f) ?? new Map<string, number>();
      for (const e of english) increment(row, e);
      together.set(f, row);
    }
    for (const e of english) increment(englishCount, e);
  }
  const glossary = new Map<string, string[]>();
  for (const [f, row] of together) {
    const translations = [...row]
      .map(([e, count]) => ({ e, count, dice: (2 * count) / (frenchCount.get(f)! + englishCount.get(e)!) }))
      .filter(({ count, dice }) => dice >= MIN_DICE && (count >= 2 || dice === 1))
      .sort((a, b) => b.dice - a.dice || b.count - a.count || a.e.localeCompare(b.e))
      .slice(0, 2)
      .map(({ e }) => e);
    if (translations.length) glossary.set(f, translations);
  }
  return glossary;
}

/** Glossary entries as the shipped file has them: `french stem<TAB>english stem|english stem`. */
export function formatGlossary(glossary: Glossary): string {
  const lines = [...glossary].sort(([a], [b]) => a.localeCompare(b)).map(([f, es]) => `${f}\t${es.join('|')}`);
  return lines.join('\n') + '\n';
}

export function parseGlossary(text: string): Map<string, string[]> {
  return new Map(
    text
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => {
        const [french, english = ''] = line.split('\t');
        return [french, english.split('|').filter((stem) => stem !== '')];
      }),
  );
}

/**
 * The terms two texts are compared on, and how rare each is: ln(N / df) over N documents (the
 * catalog's skills, each with the terms of its labels). Terms no document has are not part of
 * the vocabulary: in French text they are mostly untranslated everyday words ("revoir",
 * "voulons"), which would make two French texts look alike for no reason.
 */
export class TermRarity {
  private readonly frequency = new Map<string, number>();
  private readonly logCount: number;

  constructor(documents: readonly string[][]) {
    for (const terms of documents) for (const term of new Set(terms)) this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1);
    this.logCount = Math.log(Math.max(1, documents.length));
  }

  /** The terms of the vocabulary, in their order. */
  known(terms: readonly string[]): string[] {
    return terms.filter((term) => this.frequency.has(term));
  }

  /** ln(N / df): 0 for a term every document has, ln(N) for one no document has. */
  weight(term: string): number {
    return this.logCount - Math.log(this.frequency.get(term) ?? 1);
  }

  /** The `count` rarest terms, rarest first (ties in text order): what a search for similar texts asks for. */
  rarest(terms: readonly string[], count: number): string[] {
    return terms
      .map((term, i) => ({ term, i, weight: this.weight(term) }))
      .sort((a, b) => b.weight - a.weight || a.i - b.i)
      .slice(0, count)
      .map(({ term }) => term);
  }
}

/**
 * A text's concept vector, of length 1: catalog skills (indexes, ascending) and their weights.
 * Typed arrays rather than a Map: matching keeps thousands of them (TextSkills' readings), and a
 * Map of 200 numbers takes about six times the memory.
 */
export type ConceptVector = { readonly skills: Int32Array; readonly weights: Float64Array };

/**
 * Texts compared through the catalog skills their words point to (explicit semantic analysis:
 * each skill is a concept, described by the terms of its labels). A text's vector holds, for
 * each skill, the sum over the text's terms of term rarity × the term's weight in that skill's
 * labels, keeping the `concepts` strongest. Two texts that use different words for one trade
 * ("crowdfunding" and "fundraising campaign", "photovoltaic" and "solar") point to the same
 * skills, and a French text meets an English one through the glossary's terms. Tuning half:
 * 200 concepts, nDCG@10 0.907 against 0.900 for the terms' own similarity (apps/eval/TUNING.md).
 */
export class ConceptSpace {
  /** term -> the skills (indexes) whose labels have it, and its weight in each one's labels (tf-idf, labels of length 1) */
  private readonly postings = new Map<string, { skills: Int32Array; weights: Float64Array }>();

  constructor(
    documents: readonly string[][],
    private readonly rarity: TermRarity,
    private readonly concepts = 200,
  ) {
    const rows = new Map<string, { skills: number[]; weights: number[] }>();
    documents.forEach((terms, skill) => {
      const distinct = [...new Set(terms)];
      const norm = Math.hypot(...distinct.map((term) => rarity.weight(term)));
      if (norm === 0) return;
      for (const term of distinct) {
        const row = rows.get(term) ?? rows.set(term, { skills: [], weights: [] }).get(term)!;
        row.skills.push(skill);
        row.weights.push(rarity.weight(term) / norm);
      }
    });
    for (const [term, row] of rows) this.postings.set(term, { skills: Int32Array.from(row.skills), weights: Float64Array.from(row.weights) });
  }

  vector(terms: readonly string[]): ConceptVector {
    const sums = new Map<number, number>();
    for (const term of new Set(terms)) {
      const weight = this.rarity.weight(term);
      const row = this.postings.get(term);
      if (!row) continue;
      for (let i = 0; i < row.skills.length; i++) sums.set(row.skills[i], (sums.get(row.skills[i]) ?? 0) + weight * row.weights[i]);
    }
    const strongest = [...sums].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, this.concepts);
    const norm = Math.hypot(...strongest.map(([, weight]) => weight));
    const kept = norm ? strongest.sort((a, b) => a[0] - b[0]) : [];
    return { skills: Int32Array.from(kept, ([skill]) => skill), weights: Float64Array.from(kept, ([, weight]) => weight / norm) };
  }

  /** Cosine of two concept vectors: 1 for texts pointing to the same skills alike, 0 for none in common. */
  static similarity(a: ConceptVector, b: ConceptVector): number {
    let sum = 0;
    // Both lists are in skill order: one pass over each.
    for (let i = 0, j = 0; i < a.skills.length && j < b.skills.length; ) {
      if (a.skills[i] < b.skills[j]) i++;
      else if (a.skills[i] > b.skills[j]) j++;
      else sum += a.weights[i++] * b.weights[j++];
    }
    return Math.min(1, sum);
  }
}
