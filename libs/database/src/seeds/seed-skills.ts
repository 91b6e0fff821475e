import type { DataSource } from 'typeorm';
import { foldText } from '@relais/domain';
import { readCatalog, type CatalogSkill } from '@relais/skills-catalog';
import { Skill } from '../entities';

const BATCH = 1000;

/** Folded primary label first, then alternative labels: one per line (the autocomplete ranks on line 1). */
const searchLines = (label: string | null, alternatives: string[]) =>
  [label ?? '', ...alternatives].map(foldText).join('\n');

const toRow = (skill: CatalogSkill) => ({
  ...skill,
  searchEn: searchLines(skill.labelEn, skill.altLabelsEn),
  // Skills without a French label stay findable in French through their English label.
  searchFr: searchLines(skill.labelFr ?? skill.labelEn, skill.altLabelsFr),
});

/** Loads the skills catalog; running it again updates rows in place. Reports progress per batch. */
export async function seedSkills(
  dataSource: DataSource,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<number> {
  const skills = readCatalog();
  for (let start = 0; start < skills.length; start += BATCH) {
    const rows = skills.slice(start, start + BATCH).map(toRow);
    await dataSource.getRepository(Skill).upsert(rows, { conflictPaths: ['id'] });
    onProgress(Math.min(start + BATCH, skills.length), skills.length);
  }
  return skills.length;
}
