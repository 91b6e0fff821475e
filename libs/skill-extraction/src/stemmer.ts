/**
 * Light stemmers for French and English, written for matching free text against skill labels.
 * They are not linguistically exact: they only need to send a word and its usual variants
 * (plural, feminine, verb, agent noun, action noun) to the same key, and to be applied the same
 * way to labels and to text. Input is a folded word (lower case, no accents: see `foldWord`).
 *
 * Each stemmer runs three steps:
 *  1. inflection: plural (-s, -x, -aux → -al; -ies → -y, -es after s/x/z/ch/sh), and in French
 *     -ée → -e; in English -ing / -ed / -ied, then a doubled final consonant is undoubled
 *     (planning → plan) and -at gets its -e back (operating → operate).
 *  2. one derivational suffix: only the LONGEST matching suffix of the table is considered, and
 *     it is removed (or replaced) only if at least `min` letters remain before it; otherwise the
 *     word keeps it (so "element" is not cut by -ment, "station" not by -tion).
 *  3. a final mute -e is dropped from words of 5 letters or more (gestionnaire, manage, code stays).
 *
 * Examples: comptabilité, comptable, comptables → comptabl; développeur, développement,
 * développer → developp; hydraulique, hydraulicien → hydraul; accounting, accountant, accounts
 * → account; developer, developing, development → develop; programming, programmer → program.
 */

type SuffixRule = { suffix: string; replacement: string; min: number };

const rules = (table: Array<[string, string, number]>): SuffixRule[] =>
  table.map(([suffix, replacement, min]) => ({ suffix, replacement, min })).sort((a, b) => b.suffix.length - a.suffix.length);

const FRENCH_SUFFIXES = rules([
  ['issement', '', 3], // établissement, assainissement
  ['ement', '', 3], // développement, enseignement
  ['ment', '', 5], // 5: document, not "docu"
  ['abilite', 'abl', 2], // comptabilité ~ comptable
  ['ibilite', 'ibl', 2],
  ['icite', '', 4], // électricité ~ électrique
  ['ite', '', 4], // qualité, sécurité
  ['ation', '', 3], // formation, programmation
  ['ateur', '', 3], // formateur
  ['atrice', '', 3], // formatrice
  ['ution', 'u', 3], // contribution ~ contribuer
  ['ition', '', 3], // composition ~ composer
  ['tion', 't', 3], // direction ~ directeur, protection
  ['stion', 'stion', 0], // gestion, question: not "gest" like gestation
  ['sion', 's', 3], // diffusion ~ diffuser
  ['icienne', '', 3], // technicienne ~ technique
  ['icien', '', 3], // hydraulicien ~ hydraulique
  ['ienne', '', 3],
  ['ien', '', 3], // gardien ~ garder
  ['ique', '', 3],
  ['isme', 'ist', 3], // journalisme ~ journaliste
  ['euse', '', 3], // vendeuse ~ vendeur ~ vendre
  ['eur', '', 3], // développeur ~ développer
  ['rice', '', 3], // directrice ~ directeur
  ['ive', 'if', 3], // active ~ actif; coopérative stays apart from coopération
  ['elle', 'el', 3], // professionnelle ~ professionnel
  ['ance', '', 4], // gouvernance ~ gouverner
  ['ence', '', 4],
  ['ante', '', 4], // enseignante ~ enseigner
  ['ant', '', 4],
  ['er', '', 3], // infinitive: gérer, développer
  ['ir', '', 4], // assainir, fournir
]);

const ENGLISH_SUFFIXES = rules([
  ['isation', 'is', 3], // organisation ~ organise (z spelled s first)
  ['iser', 'is', 3],
  ['ise', 'is', 3],
  ['ational', '', 3], // educational ~ educate
  ['ation', '', 3], // evaluation ~ evaluate, implementation ~ implement
  ['ator', '', 3], // operator ~ operate
  ['ate', '', 3],
  ['ability', 'abl', 2], // accountability ~ accountable
  ['ibility', 'ibl', 2],
  ['ivity', '', 3], // activity ~ active
  ['ity', '', 3], // security ~ secure
  ['ically', 'ic', 3],
  ['ical', 'ic', 3], // technical ~ technician
  ['ician', 'ic', 3],
  ['ial', '', 4], // financial ~ finance
  ['ement', '', 5], // management ~ manager; 5: statement, element stay
  ['ment', '', 5], // development ~ develop; 5: document stays
  ['ness', '', 3],
  ['tion', 't', 3], // construction ~ construct
  ['stion', 'stion', 0], // question, and French gestion: not "gest" like gestation
  ['sion', 's', 3], // supervision ~ supervise
  ['ance', '', 4], // governance ~ govern
  ['ence', '', 4],
  ['ant', '', 4], // accountant ~ account
  ['ism', 'ist', 3], // journalism ~ journalist
  ['ive', '', 3], // productive ~ product
  ['ier', 'y', 3], // supplier ~ supply
  ['er', '', 3], // developer ~ develop (not after e: engineer, volunteer)
  ['or', '', 4], // supervisor, editor
  ['ly', '', 4],
]);

/** Final consonants that are doubled before -ing / -ed / -er in English (planning, programmer). */
const UNDOUBLED = new Set(['b', 'd', 'g', 'm', 'n', 'p', 'r', 't']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

function applySuffixRule(word: string, table: SuffixRule[]): { word: string; cut: boolean } {
  const rule = table.find((r) => word.endsWith(r.suffix));
  if (!rule || word.length - rule.suffix.length < rule.min) return { word, cut: false };
  return { word: word.slice(0, word.length - rule.suffix.length) + rule.replacement, cut: true };
}

function dropMuteE(word: string): string {
  return word.length >= 5 && word.endsWith('e') ? word.slice(0, -1) : word;
}

export function stemFrench(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('aux') && w.length > 4) w = w.slice(0, -3) + 'al';
  else if ((w.endsWith('s') || w.endsWith('x')) && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.endsWith('ee')) w = w.slice(0, -1);
  return dropMuteE(applySuffixRule(w, FRENCH_SUFFIXES).word);
}

function undouble(w: string): string {
  const last = w[w.length - 1];
  return w.length > 3 && last === w[w.length - 2] && UNDOUBLED.has(last) ? w.slice(0, -1) : w;
}

function englishInflection(word: string): string {
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (/(ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ied') && w.length > 4) return w.slice(0, -3) + 'y';
  const ending = w.endsWith('ing') ? 3 : w.endsWith('ed') ? 2 : 0;
  if (ending === 0 || w.length - ending < 3) return w;
  const stem = undouble(w.slice(0, -ending));
  // operat(ing) → operate, so that the -ate rule treats it like "operate"; not treat(ing).
  return stem.endsWith('at') && !VOWELS.has(stem[stem.length - 3]) ? stem + 'e' : stem;
}

export function stemEnglish(word: string): string {
  if (word.length <= 3) return word;
  const w = englishInflection(word.replace(/iz(e|es|ed|ing|er|ers|ation|ations)$/, 'is$1'));
  if (w.endsWith('eer')) return w; // engineer, volunteer, career: not "engine"
  const { word: cut, cut: changed } = applySuffixRule(w, ENGLISH_SUFFIXES);
  const stem = changed && w.endsWith('er') ? undouble(cut) : cut;
  return dropMuteE(stem);
}
