import { stemEnglish, stemFrench } from './stemmer';
import { tokenize } from './tokenizer';

export type SkillLabels = { id: string; labelsFr: string[]; labelsEn: string[] };

export const LANGUAGES = [
  { code: 'fr', stem: stemFrench },
  { code: 'en', stem: stemEnglish },
] as const;

/** The stems of one language: ids, how specific each is, and which labels contain it. */
export type LanguageIndex = {
  stemIds: Map<string, number>;
  /** ln(N), N = number of skills with a label in this language; idf / ln(N) is a stem's specificity. */
  logSkillCount: number;
  /** ln(N / df), df = number of skills having the stem in a label of this language. */
  idf: Float64Array;
  /** Label numbers containing each stem (each label once). */
  postings: Int32Array[];
};

/**
 * All labels in flat typed arrays, so that an extraction allocates little. Label `l` has the
 * content stems `stems[stemStart[l] .. stemStart[l + 1])` in label order; `softBreak` marks the
 * stems preceded by punctuation in the label itself ("ear, nose and throat conditions"), where
 * the text may have punctuation too.
 */
export type SkillIndex = {
  skillIds: string[];
  languages: LanguageIndex[];
  labelSkill: Int32Array;
  labelLanguage: Uint8Array;
  labelPrimary: Uint8Array;
  /** Sum of the idf of the label's distinct stems. */
  labelWeight: Float64Array;
  stemStart: Int32Array;
  stems: Int32Array;
  softBreak: Uint8Array;
};

type LabelDraft = { skill: number; language: number; primary: boolean; stems: number[]; soft: boolean[] };

const ELISION = /^['’ʼ]/;

/**
 * The content stems of a label. A label with a lone letter that is not an elision ("C++",
 * "R:Base") gives none: texts never match one-letter words, so the rest of it would match alone.
 */
function labelStems(label: string, language: number, stemIds: Map<string, number>) {
  const stems: number[] = [];
  const soft: boolean[] = [];
  let pendingBreak = false;
  for (const token of tokenize(label)) {
    pendingBreak ||= token.breakBefore;
    if (token.folded.length === 1 && /\p{L}/u.test(token.folded) && !ELISION.test(label.slice(token.end))) {
      return { stems: [], soft: [] };
    }
    if (token.stop) continue;
    const stem = LANGUAGES[language].stem(token.folded);
    let id = stemIds.get(stem);
    if (id === undefined) stemIds.set(stem, (id = stemIds.size));
    stems.push(id);
    soft.push(pendingBreak);
    pendingBreak = false;
  }
  return { stems, soft };
}

/**
 * The first label of each language is the skill's primary label, the others are alternatives.
 * Labels with the same stems as an earlier label of the same skill and language are dropped.
 */
export function buildSkillIndex(entries: SkillLabels[]): SkillIndex {
  const stemIds = LANGUAGES.map(() => new Map<string, number>());
  const drafts: LabelDraft[] = [];
  const skillIds: string[] = [];
  const skillNumber = new Map<string, number>();

  for (const entry of entries) {
    let skill = skillNumber.get(entry.id);
    if (skill === undefined) skillNumber.set(entry.id, (skill = skillIds.push(entry.id) - 1));
    [entry.labelsFr, entry.labelsEn].forEach((labels, language) => {
      const seen = new Set<string>();
      labels.forEach((label, position) => {
        const { stems, soft } = labelStems(label, language, stemIds[language]);
        const key = stems.join(' ');
        if (stems.length === 0 || seen.has(key)) return;
        seen.add(key);
        drafts.push({ skill: skill!, language, primary: position === 0, stems, soft });
      });
    });
  }

  const languages = stemIds.map((ids, language) => languageIndex(ids, drafts, language));
  const stemStart = new Int32Array(drafts.length + 1);
  drafts.forEach((draft, l) => (stemStart[l + 1] = stemStart[l] + draft.stems.length));
  const stems = new Int32Array(stemStart[drafts.length]);
  const softBreak = new Uint8Array(stems.length);
  const labelWeight = new Float64Array(drafts.length);
  drafts.forEach((draft, l) => {
    stems.set(draft.stems, stemStart[l]);
    draft.soft.forEach((soft, i) => (softBreak[stemStart[l] + i] = soft ? 1 : 0));
    for (const stem of new Set(draft.stems)) labelWeight[l] += languages[draft.language].idf[stem];
  });

  return {
    skillIds,
    languages,
    labelSkill: Int32Array.from(drafts, (d) => d.skill),
    labelLanguage: Uint8Array.from(drafts, (d) => d.language),
    labelPrimary: Uint8Array.from(drafts, (d) => (d.primary ? 1 : 0)),
    labelWeight,
    stemStart,
    stems,
    softBreak,
  };
}

function languageIndex(stemIds: Map<string, number>, drafts: LabelDraft[], language: number): LanguageIndex {
  const skillsWithStem = Array.from({ length: stemIds.size }, () => new Set<number>());
  const labelsWithStem: number[][] = Array.from({ length: stemIds.size }, () => []);
  const skills = new Set<number>();
  drafts.forEach((draft, l) => {
    if (draft.language !== language) return;
    skills.add(draft.skill);
    for (const stem of new Set(draft.stems)) {
      skillsWithStem[stem].add(draft.skill);
      labelsWithStem[stem].push(l);
    }
  });
  const total = Math.max(skills.size, 2);
  const idf = Float64Array.from(skillsWithStem, (s) => Math.log(total / Math.max(s.size, 1)));
  return {
    stemIds,
    logSkillCount: Math.log(total),
    idf,
    postings: labelsWithStem.map((labels) => Int32Array.from(labels)),
  };
}
