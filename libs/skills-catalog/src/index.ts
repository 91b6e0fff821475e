export {
  CATALOG_FILE,
  ESCO_ATTRIBUTION,
  formatCatalog,
  parseCatalog,
  readCatalog,
  type CatalogSkill,
} from './catalog';
export { catalogFromEscoCsv } from './esco';
export { parseCsv } from './csv';
export {
  readSolidarityLabels,
  SOLIDARITY_DOMAINS,
  withSolidarityLabels,
  type SolidarityDomain,
  type SolidarityLabels,
} from './solidarity-labels';
export { TextSkills } from './text-skills';
export { GLOSSARY_FILE, readGlossary } from './glossary';
