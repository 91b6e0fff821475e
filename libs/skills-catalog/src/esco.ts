import { SKILL_TYPES, type SkillType } from '@relais/domain';
import type { CatalogSkill } from './catalog';
import { parseCsv } from './csv';

const splitLabels = (value: string, preferred: string) =>
  [...new Set(value.split('|').map((label) => label.trim()))].filter((label) => label && label !== preferred);

function skillType(escoType: string): SkillType {
  // ESCO says "skill/competence" or "knowledge"; a handful of rows have no type and are skills.
  return escoType === 'knowledge' ? SKILL_TYPES[1] : SKILL_TYPES[0];
}

/** skill id -> ids of its broader skills and groups, from ESCO's skill_broader.csv. */
function broaderBySkill(csv: string): Map<string, string[]> {
  const [header, ...rows] = parseCsv(csv);
  const [id, broaderId] = ['id', 'broader_id'].map((name) => header.indexOf(name));
  const map = new Map<string, string[]>();
  for (const row of rows) {
    if (!row[id] || !row[broaderId]) continue;
    map.set(row[id], [...(map.get(row[id]) ?? []), row[broaderId]]);
  }
  return map;
}

/** Maps ESCO's skills.csv and skill_broader.csv (see shared ESCO README) to catalog rows, sorted by id. */
export function catalogFromEscoCsv(csv: string, broaderCsv: string): CatalogSkill[] {
  const broader = broaderBySkill(broaderCsv);
  const [header, ...rows] = parseCsv(csv);
  const col = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`ESCO skills file has no "${name}" column`);
    return index;
  };
  const [id, type, labelEn, altEn, labelFr, altFr] = [
    'id',
    'skill_type',
    'label_en',
    'alt_labels_en',
    'label_fr',
    'alt_labels_fr',
  ].map(col);
  const clean = (value: string) => value.replace(/[\t\n\r]+/g, ' ').trim();
  return rows
    .filter((row) => row.length === header.length && row[id])
    .map((row) => ({
      id: row[id],
      type: skillType(row[type]),
      labelEn: clean(row[labelEn]),
      labelFr: clean(row[labelFr]) || null,
      altLabelsEn: splitLabels(clean(row[altEn]), clean(row[labelEn])),
      altLabelsFr: splitLabels(clean(row[altFr]), clean(row[labelFr])),
      broader: broader.get(row[id]) ?? [],
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
