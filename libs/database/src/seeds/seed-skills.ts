import type { DataSource } from 'typeorm';
import { readCatalog, withSolidarityLabels, type CatalogSkill } from '@relais/skills-catalog';
import { Skill } from '../entities';

const BATCH = 1000;

const toRow = ({ broader, ...skill }: CatalogSkill) => ({ ...skill, broaderIds: broader });

/**
 * Loads the skills catalog (ESCO plus the project's French and English labels for solidarity
 * work); running it again updates rows in place. Reports progress per batch.
 */
export async function seedSkills(
  dataSource: DataSource,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<number> {
  const skills = withSolidarityLabels(readCatalog());
  for (let start = 0; start < skills.length; start += BATCH) {
    const rows = skills.slice(start, start + BATCH).map(toRow);
    await dataSource.getRepository(Skill).upsert(rows, { conflictPaths: ['id'] });
    onProgress(Math.min(start + BATCH, skills.length), skills.length);
  }
  return skills.length;
}
