import { catalogEntries, createSkillExtractor, type ExtractOptions, type ExtractedSkill, type SkillExtractor } from '@relais/skill-extraction';
import { readCatalog } from './catalog';
import { readSolidarityLabels } from './solidarity-labels';

const EXTRACTED = { limit: 3, minConfidence: 0.5 };

/**
 * The skills matching works with: those the poster picked, plus the catalog skills their title
 * and description name (posters often pick few, or close but different ones). The stored
 * posting is not changed. Adding them always, not only to postings with few skills, scored
 * better on the evaluation's tuning half (nDCG@10 0.785 against 0.772).
 */
export class TextSkills {
  /** Built on first use (about a second for the whole catalog), then kept. */
  private extractor: SkillExtractor | null = null;
  private broader: Map<string, string[]> | null = null;

  /** Catalog skills (ESCO and the project's solidarity labels) that a free text names. */
  extract(text: string, options?: ExtractOptions): ExtractedSkill[] {
    this.load();
    return this.extractor!.extract(text, options);
  }

  of(posting: { title: string; description: string; skills: string[] }): string[] {
    const found = this.extract(`${posting.title}\n${posting.description}`, EXTRACTED).map((skill) => skill.id);
    return [...new Set([...posting.skills, ...found])];
  }

  /**
   * What stage 1 of matching compares between a need and an offer: these skills and their direct
   * broader skills or groups, so that related skills (the scorer's partial credit) meet too.
   * At most MAX_MATCH_KEYS, the posting's own skills first.
   */
  matchKeys(posting: { title: string; description: string; skills: string[] }): string[] {
    const skills = this.of(posting);
    const keys = [...new Set([...skills, ...skills.flatMap((id) => this.broader!.get(id) ?? [])])];
    return keys.slice(0, MAX_MATCH_KEYS);
  }

  private load(): void {
    if (this.extractor) return;
    const catalog = readCatalog();
    this.extractor = createSkillExtractor(catalogEntries(catalog, readSolidarityLabels()));
    this.broader = new Map(catalog.map((skill) => [skill.id, skill.broader]));
  }
}

/** Search filters take at most 50 values. */
export const MAX_MATCH_KEYS = 50;
