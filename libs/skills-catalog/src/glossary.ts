import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGlossary, type Glossary } from '@relais/skill-extraction';

/** Derived by `npm run glossary:derive` (with the hand-written glossary-additions.tsv); shipped next to the catalog. */
export const GLOSSARY_FILE = path.join(__dirname, '..', 'data', 'glossary-fr-en.tsv');

export function readGlossary(file = GLOSSARY_FILE): Glossary {
  return parseGlossary(readFileSync(file, 'utf8'));
}
