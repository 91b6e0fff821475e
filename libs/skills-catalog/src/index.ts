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
