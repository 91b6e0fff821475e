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
 * Meilisearch 1.21 reads the whole synonym map on every search of the index, so its size is
 * paid at query time, not when settings are applied. Measured on this catalog (server time
 * per search, 2 documents; applying the settings stays under 2 s in every case):
 *   primary labels <= 3 words: 10.5k keys, ~33 ms;  <= 2 words: 3.9k keys, ~6 ms;
 *   plus one-word alternative labels: 5.1k keys, ~9 ms;  every label <= 3 words: 47k keys, ~250 ms.
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
