/**
 * Derives the project's skills catalog from the ESCO export kept beside the project
 * (../shared/data/esco: skills.csv.gz and skill_broader.csv.gz). Run by developers when ESCO changes; the product
 * itself only reads the derived file.
 *   npm run skills:derive [-- path/to/esco/folder]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { catalogFromEscoCsv, formatCatalog } from '@relais/skills-catalog';

const escoDir = process.argv[2] ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'data', 'esco');
const read = (file: string) => gunzipSync(readFileSync(path.join(escoDir, file))).toString('utf8');
const skills = catalogFromEscoCsv(read('skills.csv.gz'), read('skill_broader.csv.gz'));
const target = path.resolve(__dirname, '..', '..', 'libs', 'skills-catalog', 'data', 'esco-skills.tsv.gz');
writeFileSync(target, gzipSync(formatCatalog(skills), { level: 9 }));
const withFrench = skills.filter((s) => s.labelFr).length;
console.log(`${skills.length} skills (${withFrench} with a French label) written to ${target}`);
