import { foldText } from '@relais/domain';

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
 * Meilisearch 1.21 pays for synonyms at query time, per word group of the query, in
 * proportion to the size of the map; applying them takes under a second whatever the choice.
 * Measured with libs/search/bench/search-latency.ts (2000 needs and offers; p50 of a listing
 * search / of a stage-1 candidates search with a long text):
 *   no synonyms ~1 ms / 3 ms;  labels <= 1 word: 1.9k keys, 3 ms / 14 ms;
 *   labels <= 2 words: 5.0k keys, 6 ms / 40 ms;  labels <= 3 words: 11.6k keys, 15 ms / 117 ms.
 * Two words keeps "project management" or "énergie solaire" at a cost users do not notice.
 * Longer labels stay findable through the documents' `skillLabels`, which carry both
 * languages of every skill a posting is tagged with.
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
