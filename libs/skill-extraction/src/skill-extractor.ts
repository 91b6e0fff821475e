import { labelConfidence, MIN_EVIDENCE, type LabelMatch } from './confidence';
import { buildSkillIndex, type SkillIndex, type SkillLabels } from './skill-index';
import { findPhrase, viewText, type TextView } from './text-view';

export type ExtractOptions = {
  /** Most skills returned, best first (default 10). */
  limit?: number;
  /** Skills below this confidence are left out (default 0.3). */
  minConfidence?: number;
};

export type ExtractedSkill = {
  id: string;
  confidence: number;
  /** The words or phrases of the text, as written, that triggered the skill. */
  matched: string[];
};

export type SkillExtractor = {
  extract(text: string, options?: ExtractOptions): ExtractedSkill[];
};

export const DEFAULT_LIMIT = 10;
export const DEFAULT_MIN_CONFIDENCE = 0.3;

type BestLabel = { skill: number; label: number; confidence: number; phrase: { at: number; length: number } | null };

/**
 * Builds the indexes once (about a second for the whole ESCO catalog); `extract` then only
 * reads them. `extract` reuses two scratch arrays, which is safe because it is synchronous.
 */
export function createSkillExtractor(entries: SkillLabels[]): SkillExtractor {
  const index = buildSkillIndex(entries);
  const matchedWeight = new Float64Array(index.labelSkill.length);
  const touched = new Int32Array(index.labelSkill.length);

  return {
    extract(text, options = {}) {
      const limit = options.limit ?? DEFAULT_LIMIT;
      const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
      if (limit <= 0 || text.trim() === '') return [];
      const view = viewText(text, index);

      // Sum, for each label, the idf of its stems that occur in the text (each stem once).
      let touchedCount = 0;
      index.languages.forEach((language, l) => {
        for (const stem of view.positions[l].keys()) {
          const idf = language.idf[stem];
          for (const label of language.postings[stem]) {
            if (matchedWeight[label] === 0) touched[touchedCount++] = label;
            matchedWeight[label] += idf;
          }
        }
      });

      const best = new Map<number, BestLabel>();
      for (let i = 0; i < touchedCount; i++) {
        const label = touched[i];
        const weight = matchedWeight[label];
        matchedWeight[label] = 0;
        const found = scoreLabel(index, view, label, weight, minConfidence);
        if (!found) continue;
        const previous = best.get(found.skill);
        if (!previous || found.confidence > previous.confidence) best.set(found.skill, found);
      }

      return [...best.values()]
        .sort((a, b) => b.confidence - a.confidence || a.skill - b.skill)
        .slice(0, limit)
        .map((found) => ({
          id: index.skillIds[found.skill],
          confidence: Math.round(found.confidence * 1000) / 1000,
          matched: matchedWords(index, view, found),
        }));
    },
  };
}

function scoreLabel(index: SkillIndex, view: TextView, label: number, weight: number, minConfidence: number) {
  const language = index.labelLanguage[label];
  const evidence = weight / index.languages[language].logSkillCount;
  if (evidence < MIN_EVIDENCE) return null;
  const coverage = Math.min(1, weight / index.labelWeight[label]);
  const kind = labelKind(index, label);
  // Cheap bound first: the phrase search only runs for labels that could still make the cut.
  if (labelConfidence({ coverage, evidence, phrase: true, kind }) < minConfidence) return null;
  const phrase = findPhrase(index, label, view);
  const confidence = labelConfidence({ coverage, evidence, phrase: phrase !== null, kind });
  if (confidence < minConfidence || confidence === 0) return null;
  return { skill: index.labelSkill[label], label, confidence, phrase };
}

function labelKind(index: SkillIndex, label: number): LabelMatch['kind'] {
  if (index.labelPrimary[label] === 1) return 'primary';
  return index.stemStart[label + 1] - index.stemStart[label] === 1 ? 'one-word-alternative' : 'alternative';
}

/**
 * A phrase of several words as written at its first occurrence; otherwise every written form
 * of the matched words ("comptable", "comptabilité"), once each.
 */
function matchedWords(index: SkillIndex, view: TextView, found: BestLabel): string[] {
  if (found.phrase && found.phrase.length > 1) {
    const first = view.tokens[view.content[found.phrase.at]];
    const last = view.tokens[view.content[found.phrase.at + found.phrase.length - 1]];
    return [view.text.slice(first.start, last.end)];
  }
  const positions = view.positions[index.labelLanguage[found.label]];
  const words = new Map<string, string>();
  for (let k = index.stemStart[found.label]; k < index.stemStart[found.label + 1]; k++) {
    for (const position of positions.get(index.stems[k]) ?? []) {
      const token = view.tokens[view.content[position]];
      if (!words.has(token.folded)) words.set(token.folded, token.text);
    }
  }
  return [...words.values()];
}
