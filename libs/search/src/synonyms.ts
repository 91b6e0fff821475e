import { foldText } from '@relais/domain';
import { readCatalog } from '@relais/skills-catalog';

/** The catalog fields synonyms are made of (a row of `readCatalog()` or of the skills table). */
export type SynonymSource = {
  labelEn: string;
  labelFr: string | null;
  altLabelsEn: readonly string[];
  altLabelsFr: readonly string[];
};

export type SynonymOptions = {
  /** Longest primary label (in words) kept as a key. */
  maxLabelWords?: number;
  /** Longest alternative label (in words) kept as a key; 0 leaves alternative labels out. */
  maxAltLabelWords?: number;
};

/**
 * Keys of at most two words (alternative labels: one): "project management", "énergie
 * solaire". Longer labels stay findable through the documents' `skillLabels`, which carry both
 * languages of every skill a posting is tagged with. The synonyms were chosen when Meilisearch
 * applied them to queries, where each key more slowed every search (5.0k keys with two words,
 * 11.6k with three); documents now carry them (SynonymExpansion), and the matching evaluation
 * is what would tell whether longer keys help.
 */
export const DEFAULT_SYNONYM_OPTIONS: Required<SynonymOptions> = { maxLabelWords: 2, maxAltLabelWords: 1 };

const wordCount = (text: string) => text.split(' ').filter(Boolean).length;

/**
 * French <-> English synonyms from the skills catalog. Each primary label maps to the primary
 * label of the other language. A short alternative label maps to the other language's primary
 * label only when it says one thing: not when it is also a primary label (that mapping wins),
 * nor when several skills share it ("electronics" is an alternative label of five skills, and
 * would turn into "composants de batteries"). Keys are folded (lower case, no accents) so that
 * spellings differing only by accents or case merge; values are lower-cased labels. Output is
 * sorted, so the same catalog always gives the same settings.
 */
export function buildSynonyms(
  catalog: Iterable<SynonymSource>,
  options: SynonymOptions = {},
): Record<string, string[]> {
  const { maxLabelWords, maxAltLabelWords } = { ...DEFAULT_SYNONYM_OPTIONS, ...options };
  const primary = new Map<string, Set<string>>();
  const alternative = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, from: string, to: string, maxWords: number) => {
    const key = foldText(from);
    const value = to.trim().replace(/\s+/g, ' ').toLowerCase();
    // One-letter keys ("r", "c") and bare numbers would turn common tokens into synonyms.
    if (key.length < 2 || /^\d+$/.test(key) || !value) return;
    if (wordCount(key) > maxWords || key === foldText(value)) return;
    const values = map.get(key) ?? new Set<string>();
    values.add(value);
    map.set(key, values);
  };
  for (const skill of catalog) {
    if (!skill.labelFr) continue; // nothing to translate to
    add(primary, skill.labelFr, skill.labelEn, maxLabelWords);
    add(primary, skill.labelEn, skill.labelFr, maxLabelWords);
    for (const alt of skill.altLabelsFr) add(alternative, alt, skill.labelEn, maxAltLabelWords);
    for (const alt of skill.altLabelsEn) add(alternative, alt, skill.labelFr, maxAltLabelWords);
  }
  for (const [key, values] of alternative) {
    if (values.size === 1 && !primary.has(key)) primary.set(key, values);
  }
  return Object.fromEntries([...primary.keys()].sort().map((key) => [key, [...(primary.get(key) ?? [])].sort()]));
}

/** The words Meilisearch sees in a text: letters and digits, folded (case and accents). */
const wordsOf = (text: string) => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A tree of synonyms word by word: `keys` are those whose synonym ends at this word. */
type Node = { next: Map<string, Node>; keys: string[] };
const node = (): Node => ({ next: new Map(), keys: [] });

/**
 * The synonyms applied to documents rather than to queries: a document naming "comptabilité"
 * carries "accounting", so that a query "accounting" finds it, as a query-time synonym
 * "accounting" → "comptabilité" would. Meilisearch 1.21 reads its whole synonyms map again for
 * each word group of a query: with the catalog's 5,000 synonyms, about 5 ms a word here, 50 ms
 * for a posting's 10-word stage-1 query against 3 ms without them; a document pays once, when
 * it is built (the words of its texts walked along this tree).
 */
export class SynonymExpansion {
  private readonly root = node();

  constructor(synonyms: Readonly<Record<string, readonly string[]>>) {
    for (const [key, values] of Object.entries(synonyms)) {
      for (const value of values) {
        let at = this.root;
        for (const word of wordsOf(value)) {
          const next = at.next.get(word) ?? node();
          at.next.set(word, next);
          at = next;
        }
        if (at !== this.root && !at.keys.includes(key)) at.keys.push(key);
      }
    }
  }

  /** The keys one of whose synonyms the texts contain (its words, in a row), each once, in order of appearance. */
  of(texts: readonly string[]): string[] {
    const found = new Set<string>();
    for (const text of texts) {
      const words = wordsOf(text);
      for (let start = 0; start < words.length; start++) {
        // Down the tree along the words from `start`: each node reached ends the synonyms of its keys.
        let at = this.root;
        for (let end = start; end < words.length; end++) {
          const next = at.next.get(words[end]);
          if (!next) break;
          for (const key of next.keys) found.add(key);
          at = next;
        }
      }
    }
    return [...found];
  }
}

let shipped: SynonymExpansion | null = null;

/** The expansion of the shipped catalog's synonyms, built on first use (about a second), then kept. */
export const catalogSynonyms = (): SynonymExpansion => (shipped ??= new SynonymExpansion(buildSynonyms(readCatalog())));
