import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SkillType } from '@relais/domain';

/** ESCO's licence (CC BY 4.0, Commission Decision 2011/833/EU) asks every product to say this. */
export const ESCO_ATTRIBUTION = {
  en: 'This service uses the ESCO classification of the European Commission. Labels were selected and reformatted.',
  fr: 'Ce service utilise la classification ESCO de la Commission européenne. Les libellés ont été sélectionnés et remis en forme.',
};

export type CatalogSkill = {
  id: string;
  type: SkillType;
  labelEn: string;
  labelFr: string | null;
  altLabelsEn: string[];
  altLabelsFr: string[];
  /** Ids of the broader skills and skill groups in ESCO's hierarchy (for partial skill matches). */
  broader: string[];
};

/** The catalog file shipped with the project: one skill per line, tab-separated, gzipped. */
export const CATALOG_FILE = path.join(__dirname, '..', 'data', 'esco-skills.tsv.gz');
export const CATALOG_COLUMNS = ['id', 'type', 'label_en', 'label_fr', 'alt_labels_en', 'alt_labels_fr', 'broader'];

export function formatCatalog(skills: CatalogSkill[]): string {
  const lines = skills.map((s) =>
    [s.id, s.type, s.labelEn, s.labelFr ?? '', s.altLabelsEn.join('|'), s.altLabelsFr.join('|'), s.broader.join('|')].join(
      '\t',
    ),
  );
  return [CATALOG_COLUMNS.join('\t'), ...lines].join('\n') + '\n';
}

export function parseCatalog(text: string): CatalogSkill[] {
  const [header, ...lines] = text.trimEnd().split('\n');
  if (header !== CATALOG_COLUMNS.join('\t')) throw new Error('Unexpected skills catalog header');
  return lines.map((line) => {
    const [id, type, labelEn, labelFr, altEn, altFr, broader] = line.split('\t');
    return {
      id,
      type: type as SkillType,
      labelEn,
      labelFr: labelFr || null,
      altLabelsEn: altEn ? altEn.split('|') : [],
      altLabelsFr: altFr ? altFr.split('|') : [],
      broader: broader ? broader.split('|') : [],
    };
  });
}

export function readCatalog(file = CATALOG_FILE): CatalogSkill[] {
  return parseCatalog(gunzipSync(readFileSync(file)).toString('utf8'));
}
