import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CatalogSkill } from './catalog';

/** The fifteen fields the solidarity labels are grouped by (one per entry). */
export const SOLIDARITY_DOMAINS = [
  'finance_accounting',
  'fundraising',
  'project_management',
  'water_sanitation',
  'agriculture',
  'health',
  'education_training',
  'it_web',
  'communication',
  'law',
  'human_resources',
  'logistics',
  'construction',
  'renewable_energy',
  'cooperative_governance',
] as const;

export type SolidarityDomain = (typeof SOLIDARITY_DOMAINS)[number];

/**
 * Extra labels for one ESCO skill, in the words associations and companies use
 * ("tenue des comptes", "plaidoyer", "latrines"): ESCO has few French alternative labels.
 * Labels are lower case and never repeat the skill's own ESCO primary label.
 */
export type SolidarityLabels = {
  /** ESCO concept id, present in the skills catalog. */
  id: string;
  domain: SolidarityDomain;
  fr: string[];
  en: string[];
};

/** Curated by hand; shipped next to the catalog (the build copies libs/skills-catalog/data). */
export const SOLIDARITY_LABELS_FILE = path.join(__dirname, '..', 'data', 'solidarity-labels.json');

const isDomain = (value: unknown): value is SolidarityDomain =>
  typeof value === 'string' && (SOLIDARITY_DOMAINS as readonly string[]).includes(value);

const isLabelList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((label) => typeof label === 'string');

/** Reads the file and fails fast, naming the entry, when its shape is wrong. */
export function readSolidarityLabels(file = SOLIDARITY_LABELS_FILE): SolidarityLabels[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected an array of entries`);
  return parsed.map((entry: Record<string, unknown>, index) => {
    const { id, domain, fr, en } = entry ?? {};
    if (typeof id !== 'string' || !isDomain(domain) || !isLabelList(fr) || !isLabelList(en)) {
      throw new Error(`${file}: entry ${index} must be { id, domain (one of SOLIDARITY_DOMAINS), fr: string[], en: string[] }`);
    }
    return { id, domain, fr, en };
  });
}

/** The catalog with the solidarity labels added to each skill's alternative labels (no repeats). */
export function withSolidarityLabels(catalog: CatalogSkill[], labels: SolidarityLabels[] = readSolidarityLabels()): CatalogSkill[] {
  const extra = new Map(labels.map((entry) => [entry.id, entry]));
  const merged = (own: string[], added: string[] = []) => [...new Set([...own, ...added])];
  return catalog.map((skill) => {
    const entry = extra.get(skill.id);
    return entry
      ? { ...skill, altLabelsFr: merged(skill.altLabelsFr, entry.fr), altLabelsEn: merged(skill.altLabelsEn, entry.en) }
      : skill;
  });
}
