import { LANGUAGES, type SkillIndex } from './skill-index';
import { tokenize, type Token } from './tokenizer';

/** At most this many stop words between two words of a phrase ("mise en place de la ..."). */
const MAX_STOP_WORDS_IN_PHRASE = 3;

/** How a content word follows the previous one (ordered: a phrase link is also "near"). */
const Link = {
  None: 0,
  /** Only stop words between them, but punctuation or a line break too. */
  AcrossPunctuation: 1,
  /** Only spaces, apostrophes, hyphens and stop words between them. */
  Phrase: 2,
} as const;

/**
 * A text as the index sees it: its content words (stop words left out), how each follows the
 * previous one, and per language the stem id of each (−1 when no label has that stem) and the
 * positions of each stem.
 */
export type TextView = {
  text: string;
  tokens: Token[];
  /** Token number of each content word. */
  content: number[];
  link: Uint8Array;
  stems: Int32Array[];
  positions: Map<number, number[]>[];
};

export function viewText(text: string, index: SkillIndex): TextView {
  const tokens = tokenize(text);
  const content: number[] = [];
  const link: number[] = [];
  let stopWords = 0;
  let punctuation = false;
  tokens.forEach((token, t) => {
    punctuation ||= token.breakBefore;
    if (token.stop) {
      stopWords++;
      return;
    }
    const near = content.length > 0 && stopWords <= MAX_STOP_WORDS_IN_PHRASE;
    link.push(!near ? Link.None : punctuation ? Link.AcrossPunctuation : Link.Phrase);
    content.push(t);
    stopWords = 0;
    punctuation = false;
  });

  const stems = LANGUAGES.map(() => new Int32Array(content.length));
  const positions = LANGUAGES.map(() => new Map<number, number[]>());
  LANGUAGES.forEach(({ stem }, language) => {
    const ids = index.languages[language].stemIds;
    content.forEach((t, position) => {
      const id = ids.get(stem(tokens[t].folded)) ?? -1;
      stems[language][position] = id;
      if (id < 0) return;
      const list = positions[language].get(id);
      if (list) list.push(position);
      else positions[language].set(id, [position]);
    });
  });
  return { text, tokens, content, link: Uint8Array.from(link), stems, positions };
}

/**
 * Where the words of label `label` that occur in the text (all of them, or only some) follow
 * each other in the text as a phrase, in label order: consecutive among the content words, with
 * punctuation between two of them only where the label has some (or where a label word is
 * missing). Returns the content position of the first of them and their number, or null when
 * they are scattered. One word alone is a phrase.
 */
export function findPhrase(index: SkillIndex, label: number, view: TextView): { at: number; length: number } | null {
  const language = index.labelLanguage[label];
  const stems = view.stems[language];
  const positions = view.positions[language];
  const wanted: number[] = [];
  const soft: boolean[] = [];
  for (let k = index.stemStart[label]; k < index.stemStart[label + 1]; k++) {
    if (!positions.has(index.stems[k])) continue;
    soft.push(index.softBreak[k] === 1 || (wanted.length > 0 && !positions.has(index.stems[k - 1])));
    wanted.push(index.stems[k]);
  }
  if (wanted.length === 0) return null;
  candidates: for (const first of positions.get(wanted[0]) ?? []) {
    if (first + wanted.length > stems.length) return null;
    for (let k = 1; k < wanted.length; k++) {
      const needed = soft[k] ? Link.AcrossPunctuation : Link.Phrase;
      if (stems[first + k] !== wanted[k] || view.link[first + k] < needed) continue candidates;
    }
    return { at: first, length: wanted.length };
  }
  return null;
}
