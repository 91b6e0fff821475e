import type { CatalogSkill } from '@relais/skills-catalog';
import type { SkillLabels } from './skill-index';

/** Labels added to catalog skills, e.g. solidarity-sector synonyms ("forage" for drilling wells). */
export type ExtraSkillLabels = { id: string; fr: string[]; en: string[] };

type CatalogLabels = Pick<CatalogSkill, 'id' | 'labelEn' | 'labelFr' | 'altLabelsEn' | 'altLabelsFr'>;

/**
 * Extractor entries from catalog rows: labelsFr = labelFr then altLabelsFr, labelsEn = labelEn
 * then altLabelsEn, then the extra labels given for that skill id (several lists may name the
 * same id). The extractor takes the first label of each language as the primary one, so an
 * extra label is an alternative, except for the few skills without a French label, where the
 * first French extra stands in for it. Extras naming an id absent from the catalog are ignored:
 * the extractor must only return ids that exist.
 */
export function catalogEntries(catalog: CatalogLabels[], extras: ExtraSkillLabels[] = []): SkillLabels[] {
  const extraByIds = new Map<string, { fr: string[]; en: string[] }>();
  for (const extra of extras) {
    const merged = extraByIds.get(extra.id) ?? { fr: [], en: [] };
    merged.fr.push(...extra.fr);
    merged.en.push(...extra.en);
    extraByIds.set(extra.id, merged);
  }
  return catalog.map((skill) => {
    const extra = extraByIds.get(skill.id);
    return {
      id: skill.id,
      labelsFr: [...(skill.labelFr ? [skill.labelFr] : []), ...skill.altLabelsFr, ...(extra?.fr ?? [])],
      labelsEn: [skill.labelEn, ...skill.altLabelsEn, ...(extra?.en ?? [])],
    };
  });
}
