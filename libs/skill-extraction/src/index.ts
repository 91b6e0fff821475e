export { catalogEntries, type ExtraSkillLabels } from './catalog-entries';
export {
  createSkillExtractor,
  DEFAULT_LIMIT,
  DEFAULT_MIN_CONFIDENCE,
  type ExtractedSkill,
  type ExtractOptions,
  type SkillExtractor,
} from './skill-extractor';
export type { SkillLabels } from './skill-index';
export { stemEnglish, stemFrench } from './stemmer';
export {
  ConceptSpace,
  deriveGlossary,
  formatGlossary,
  glossarySynonyms,
  guessLanguage,
  parseGlossary,
  TermRarity,
  textTerms,
  type AlignedLabels,
  type ConceptVector,
  type Glossary,
} from './interlingual';
export { tokenize, type Token } from './tokenizer';
