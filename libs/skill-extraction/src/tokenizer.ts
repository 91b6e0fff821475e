import { foldText } from '@relais/domain';

/**
 * French and English function words, folded. One list for both languages because a posting's
 * language is not known and posters mix them; words that matter in only one language and are
 * function words in the other ("pour", "the" ~ thé, "an") are lost in both, which costs little.
 * They are skipped for single-word matches and may sit between the words of a phrase.
 */
const STOP_WORDS = new Set(
  [
    // French
    'au aux avec ce ces cet cette ceci cela ca chez comme dans de des du elle elles en entre est et etre il ils je',
    'la le les leur leurs lui ma mais me mes moi mon ne ni nos notre nous on ou par pas plus pour qu que qui quoi',
    'sa sans se ses si son sont sur ta te tes toi ton tu un une vos votre vous afin ainsi aussi avons avez ont',
    'sera seront etait tres tout tous toute toutes dont lors',
    // English
    'an and are as at be been being but by can could do does for from has have he her his if in into is it its',
    'may me my not of on or our ours she should so such than that the their them then there these they this',
    'those to too up us was we were what when where which while who whom why will with would you your within',
    'without about over via per all any each other some also',
    // Words common in postings that name no skill but are rare in skill labels, where their idf
    // would make them count ("a lot" ~ "déverser des lots", "see" ~ "see performances").
    'bonjour bonsoir merci cordialement svp cherchons recherchons souhaitons voudrions aimerions pouvons',
    'pouvez sommes avons etes serait seraient quelqu quelque quelques beaucoup plusieurs bien bon bonne',
    'nouveau nouvelle mois semaine semaines ans annee annees jour jours fois bientot actuellement possible',
    'hello hi dear thanks thank please regards see get got lot lots want wants looking seeking someone',
    'somebody anyone very much many more most just good great new one two three year years month months',
    'week weeks day days soon asap currently possible able etc',
  ]
    .join(' ')
    .split(' '),
);

/** Word characters: letters with their combining marks (decomposed input) and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** What may separate the words of one phrase: spaces, apostrophes and hyphens, but not a line break. */
const PHRASE_GAP = /^[^\S\n]*(?:['’ʼ‐-][^\S\n]*)*$/u;

export type Token = {
  /** The word as written, for reporting what matched. */
  text: string;
  /** Folded: lower case, accents removed, ligatures expanded. */
  folded: string;
  start: number;
  end: number;
  /** True when punctuation or a line break separates this word from the previous one. */
  breakBefore: boolean;
  stop: boolean;
};

export function foldWord(word: string): string {
  return foldText(word).replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}

/** Stop words, one-letter words (elisions: l', d', c'...) and bare numbers carry no skill. */
export function isStopWord(folded: string): boolean {
  return folded.length < 2 || STOP_WORDS.has(folded) || /^\d+$/.test(folded);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const folded = foldWord(match[0]);
    tokens.push({
      text: match[0],
      folded,
      start,
      end: start + match[0].length,
      breakBefore: tokens.length > 0 && !PHRASE_GAP.test(text.slice(previousEnd, start)),
      stop: isStopWord(folded),
    });
    previousEnd = start + match[0].length;
  }
  return tokens;
}
