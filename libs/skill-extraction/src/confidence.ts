/**
 * How sure we are that a text asks for a skill, from how one of its labels was found.
 *
 *   confidence = kind × form × coverage^1.5 × strength
 *
 * - coverage = Σ idf(matched label words) / Σ idf(all label words), in [0, 1]: a label found
 *   whole scores 1; a label missing its rare words scores far less than one missing only
 *   "manage" or "gérer". idf(w) = ln(N / df(w)), N = skills with labels in the language,
 *   df(w) = skills having the word (after stemming) in one of those labels.
 * - strength = 1 − exp(−3 × (E − 0.3)), E = Σ specificity(matched words), where
 *   specificity(w) = idf(w) / ln(N) ∈ [0, 1]. Several words, or one rare word, give strong
 *   evidence; one generic word little. Below E = 0.4 there is no match at all: a label made of
 *   one very frequent word (manage, utiliser, gérer, design) never matches alone, and neither
 *   does a stray frequent word of a longer label.
 *   Catalog values, for scale: manage 0.26, gérer 0.32, gestion 0.45, project 0.49,
 *   accounting 0.57, comptabilité 0.69, web 0.70, hydraulique 0.76, borehole 0.93.
 * - form = 1 when the label's words found in the text (all, or only some) follow each other
 *   there in label order as one phrase (only stop words between them), 0.6 when scattered
 *   ("web ... site" is weak evidence for "site web").
 * - kind = 1 for the skill's primary label, 0.85 for an alternative label, 0.7 for a one-word
 *   alternative label (ESCO lists broader and narrower terms there: "hydraulics" is an
 *   alternative label of "robotic components", "Oracle" one of "database management systems").
 *
 * A skill's confidence is that of its best label.
 */
export const MIN_EVIDENCE = 0.4;
const EVIDENCE_FLOOR = 0.3;
const EVIDENCE_RATE = 3;
const SCATTERED = 0.6;
const ALTERNATIVE = 0.85;
const ONE_WORD_ALTERNATIVE = 0.7;

export type LabelMatch = {
  coverage: number;
  evidence: number;
  phrase: boolean;
  kind: 'primary' | 'alternative' | 'one-word-alternative';
};

export function labelConfidence(match: LabelMatch): number {
  if (match.evidence < MIN_EVIDENCE || match.coverage <= 0) return 0;
  const strength = 1 - Math.exp(-EVIDENCE_RATE * (match.evidence - EVIDENCE_FLOOR));
  const form = match.phrase ? 1 : SCATTERED;
  const kind = match.kind === 'primary' ? 1 : match.kind === 'alternative' ? ALTERNATIVE : ONE_WORD_ALTERNATIVE;
  return kind * form * Math.min(1, match.coverage) ** 1.5 * strength;
}
