import { Injectable } from '@nestjs/common';
import { catalogEntries, createSkillExtractor, type SkillExtractor } from '@relais/skill-extraction';
import { readCatalog, readSolidarityLabels } from '@relais/skills-catalog';

/** A poster who picked fewer skills than this gets the skills their text talks about added for matching. */
export const FEW_SKILLS = 2;
const EXTRACTED = { limit: 3, minConfidence: 0.5 };

/**
 * The skills matching works with: those the poster picked, plus, when they picked few, the
 * catalog skills their title and description name. The stored posting is not changed.
 */
@Injectable()
export class TextSkills {
  /** Built on first use (about a second for the whole catalog), then kept. */
  private extractor: SkillExtractor | null = null;

  of(posting: { title: string; description: string; skills: string[] }): string[] {
    if (posting.skills.length >= FEW_SKILLS) return posting.skills;
    this.extractor ??= createSkillExtractor(catalogEntries(readCatalog(), readSolidarityLabels()));
    const found = this.extractor.extract(`${posting.title}\n${posting.description}`, EXTRACTED).map((skill) => skill.id);
    return [...new Set([...posting.skills, ...found])];
  }
}
