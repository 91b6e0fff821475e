import {
  catalogEntries,
  ConceptSpace,
  createSkillExtractor,
  glossarySynonyms,
  TermRarity,
  textTerms,
  type ConceptVector,
  type ExtractOptions,
  type ExtractedSkill,
  type Glossary,
  type SkillExtractor,
} from '@relais/skill-extraction';
import { readCatalog, type CatalogSkill } from './catalog';
import { readGlossary } from './glossary';
import { readSolidarityLabels, type SolidarityLabels } from './solidarity-labels';

const EXTRACTED = { limit: 3, minConfidence: 0.5 };

type PostingText = { title: string; description: string; skills: string[] };

/**
 * What matching and search read in a posting's text besides its fields:
 * - the catalog skills its title and description name, added to those the poster picked
 *   (posters often pick few, or close but different ones). The stored posting is not changed.
 *   Adding them always, not only to postings with few skills, scored better on the evaluation's
 *   tuning half (nDCG@10 0.785 against 0.772);
 * - its terms: English stems, French words translated through the glossary, so that a French
 *   text and an English one can be compared (see libs/skill-extraction's interlingual.ts);
 * - its concepts: the catalog skills those terms point to, on which two texts are compared.
 */
export class TextSkills {
  /**
   * Built on first use, then kept: the extractor alone (about a second) for `extract`, all of it
   * (one to two seconds) for what matching reads. The API only extracts: it holds the extractor alone.
   */
  private extractor: SkillExtractor | null = null;
  private loaded: {
    broader: Map<string, string[]>;
    related: Map<string, string[]>;
    glossary: Glossary;
    synonyms: Map<string, string[]>;
    rarity: TermRarity;
    concepts: ConceptSpace;
  } | null = null;
  private readonly readings = new Map<string, Reading>();

  /** Catalog skills (ESCO and the project's solidarity labels) that a free text names. */
  extract(text: string, options?: ExtractOptions): ExtractedSkill[] {
    this.extractor ??= createSkillExtractor(catalogEntries(readCatalog(), readSolidarityLabels()));
    return this.extractor.extract(text, options);
  }

  /** The posting's picked skills, then those its text names. */
  of(posting: PostingText): string[] {
    return this.read(posting).skills;
  }

  /**
   * What stage 1 of matching compares between a need and an offer: these skills and their direct
   * broader skills or groups, so that skills related through ESCO (the scorer's partial credit)
   * meet too; not the solidarity fields, which would make every posting of a field a candidate.
   * At most MAX_MATCH_KEYS, the posting's own skills first.
   */
  matchKeys(posting: PostingText): string[] {
    const { broader } = this.load();
    const skills = this.of(posting);
    const keys = [...new Set([...skills, ...skills.flatMap((id) => broader.get(id) ?? [])])];
    return keys.slice(0, MAX_MATCH_KEYS);
  }

  /**
   * The scorer's related skills: each catalog skill's direct broader skills or groups, and the
   * solidarity fields its labels were written for (`field:fundraising`...), so that two skills
   * of one field (crowdfunding and corporate giving) are related. Tuning half: nDCG@10 0.918
   * against 0.907 with ESCO's groups alone (apps/eval/TUNING.md).
   */
  skillRelations(): ReadonlyMap<string, readonly string[]> {
    return this.load().related;
  }

  /** What the search documents carry for stage 1 (see libs/search's FromText). */
  fromText(posting: PostingText): { matchSkills: string[]; terms: string[] } {
    return { matchSkills: this.matchKeys(posting), terms: this.terms(posting) };
  }

  /**
   * The title's and description's terms (English stems of the catalog's vocabulary), each once,
   * then their synonyms (glossarySynonyms: tuning half nDCG@10 0.900 against 0.888 without).
   * Names of languages are left out: postings say which languages they work in, which the
   * language factor already weighs, and the catalog's language skills make them look specific.
   */
  terms(posting: PostingText): string[] {
    return this.read(posting).terms;
  }

  /** The posting's MAX_SEARCH_TERMS most specific terms: stage 1's search among the other side's terms. */
  searchTerms(posting: PostingText): string[] {
    return this.load().rarity.rarest(this.terms(posting), MAX_SEARCH_TERMS);
  }

  /**
   * How much two postings' texts say the same thing, in [0, 1], whatever language each is
   * written in: the similarity of the catalog skills their terms point to (ConceptSpace).
   */
  textSimilarity(a: PostingText, b: PostingText): number {
    return ConceptSpace.similarity(this.read(a).concepts, this.read(b).concepts);
  }

  /**
   * Reads a posting's text once: matching reads each candidate's for every posting it is matched
   * against (about 1 ms a text, its concepts included), and search sync and both stages read the
   * posting's own.
   * The last READINGS_KEPT texts are kept, the least recently used dropped first.
   */
  private read(posting: PostingText): Reading {
    const key = `${posting.skills.join(' ')}\n${posting.title}\n${posting.description}`;
    const kept = this.readings.get(key);
    if (kept) {
      this.readings.delete(key);
      this.readings.set(key, kept);
      return kept;
    }
    const { glossary, synonyms, rarity, concepts } = this.load();
    const text = `${posting.title}\n${posting.description}`;
    const found = this.extract(text, EXTRACTED).map((skill) => skill.id);
    const terms = textTerms(text, glossary);
    const withSynonyms = [...new Set([...terms, ...terms.flatMap((term) => synonyms.get(term) ?? [])])];
    const known = rarity.known(withSynonyms).filter((term) => !LANGUAGE_TERMS.has(term));
    const reading = { skills: [...new Set([...posting.skills, ...found])], terms: known, concepts: concepts.vector(known) };
    this.readings.set(key, reading);
    if (this.readings.size > READINGS_KEPT) this.readings.delete(this.readings.keys().next().value!);
    return reading;
  }

  private load() {
    if (this.loaded) return this.loaded;
    const catalog = readCatalog();
    const glossary = readGlossary();
    const solidarityLabels = readSolidarityLabels();
    const entries = catalogEntries(catalog, solidarityLabels);
    // Each skill is a document of the terms of its English labels (the glossary translates into them).
    const documents = entries.map((entry) => textTerms(entry.labelsEn.join('\n'), glossary, 'en'));
    const rarity = new TermRarity(documents);
    this.extractor ??= createSkillExtractor(entries);
    this.loaded = {
      broader: new Map(catalog.map((skill) => [skill.id, skill.broader])),
      related: relatedSkills(catalog, solidarityLabels),
      glossary,
      synonyms: glossarySynonyms(glossary),
      rarity,
      concepts: new ConceptSpace(documents, rarity),
    };
    return this.loaded;
  }
}

type Reading = { skills: string[]; terms: string[]; concepts: ConceptVector };

/** Each skill's direct broader skills or groups, then its solidarity fields as groups of their own. */
function relatedSkills(catalog: CatalogSkill[], solidarityLabels: SolidarityLabels[]): Map<string, string[]> {
  const fields = new Map<string, Set<string>>();
  for (const { id, domain } of solidarityLabels) (fields.get(id) ?? fields.set(id, new Set()).get(id)!).add(`field:${domain}`);
  return new Map(catalog.map((skill) => [skill.id, [...skill.broader, ...(fields.get(skill.id) ?? [])]]));
}

/** English stems of the languages postings most often name (French ones translate into these). */
const LANGUAGE_TERMS = new Set(['english', 'french', 'spanish', 'portugues', 'arabic', 'german', 'italian', 'wolof', 'swahili', 'creol', 'malagasy', 'bilingual']);

/** Postings' readings kept in memory (about a kilobyte each, the text included). */
const READINGS_KEPT = 10_000;

/** Search filters take at most 50 values. */
export const MAX_MATCH_KEYS = 50;
/** Stage 1 runs one search per term: ten keeps the multi-search small (measured by `npm run bench:matching`). */
export const MAX_SEARCH_TERMS = 10;
