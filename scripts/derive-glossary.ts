/**
 * Derives the French -> English glossary of stems that matching uses to compare texts written in
 * different languages (libs/skills-catalog/data/glossary-fr-en.tsv), from aligned labels: each
 * catalog skill's French and English labels, each solidarity-labels entry, and ESCO's occupations
 * (../shared/data/esco/occupations.csv.gz). Entries of glossary-additions.tsv (written by hand)
 * replace derived ones. Run by developers when a source changes; the product reads the result.
 *   npm run glossary:derive [-- path/to/esco/folder]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { deriveGlossary, formatGlossary, stemEnglish, stemFrench, tokenize, type AlignedLabels } from '@relais/skill-extraction';
import { parseCsv, readCatalog, readSolidarityLabels } from '@relais/skills-catalog';

const escoDir = process.argv[2] ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'data', 'esco');
// The sources, not the build's copies.
const dataDir = path.resolve(__dirname, '..', '..', 'libs', 'skills-catalog', 'data');
const GLOSSARY_FILE = path.join(dataDir, 'glossary-fr-en.tsv');
const GLOSSARY_ADDITIONS_FILE = path.join(dataDir, 'glossary-additions.tsv');

function occupationLabels(): AlignedLabels[] {
  const [, ...rows] = parseCsv(gunzipSync(readFileSync(path.join(escoDir, 'occupations.csv.gz'))).toString('utf8'));
  // id, uri, isco_group, label_en, alt_labels_en, label_fr, alt_labels_fr; French labels name both genders: "avocat/avocate".
  return rows.filter((row) => row[3] && row[5]).map((row) => ({ fr: row[5].replace(/\//g, ' '), en: row[3] }));
}

const skills: AlignedLabels[] = readCatalog().flatMap((skill) => (skill.labelFr ? [{ fr: skill.labelFr, en: skill.labelEn }] : []));
const solidarity: AlignedLabels[] = readSolidarityLabels().map((entry) => ({ fr: entry.fr.join(' '), en: entry.en.join(' ') }));
const occupations = occupationLabels();
const glossary = deriveGlossary([...skills, ...solidarity, ...occupations]);

const stems = (words: string, stem: (word: string) => string) => tokenize(words).filter((t) => !t.stop).map((t) => stem(t.folded));
let additions = 0;
for (const line of readFileSync(GLOSSARY_ADDITIONS_FILE, 'utf8').split('\n')) {
  if (line.trim() === '' || line.startsWith('#')) continue;
  const [french, english = ''] = line.split('\t');
  const translations = [...new Set(english.split('|').flatMap((words) => stems(words, stemEnglish)))];
  for (const stem of new Set(stems(french, stemFrench))) glossary.set(stem, translations);
  additions++;
}

writeFileSync(GLOSSARY_FILE, formatGlossary(glossary));
console.log(
  `${glossary.size} French stems from ${skills.length} skills, ${solidarity.length} solidarity entries, ${occupations.length} occupations and ${additions} additions written to ${GLOSSARY_FILE}`,
);
