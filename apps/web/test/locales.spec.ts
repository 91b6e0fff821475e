/** Every text exists in French and in English: the two files of each namespace have the same keys. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '../src');
const namespaces = [
  { name: 'common', dir: path.join(SRC, 'lib/locales') },
  ...readdirSync(path.join(SRC, 'features')).map((feature) => ({ name: feature, dir: path.join(SRC, 'features', feature, 'locales') })),
];

/** Keys as paths; plural forms (`_one`, `_other`, `_zero`) count as one key, since languages pluralise differently. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

/** `errors.reasons` is keyed by the API's English sentences: English rewrites only a few of them. */
const compared = (key: string) => !key.startsWith('errors.reasons.');

const read = (dir: string, language: string) => JSON.parse(readFileSync(path.join(dir, `${language}.json`), 'utf8')) as unknown;

describe('translation files', () => {
  it.each(namespaces)('$name has the same keys in French and English', ({ dir }) => {
    const fr = [...new Set(keys(read(dir, 'fr')))].filter(compared).sort();
    const en = [...new Set(keys(read(dir, 'en')))].filter(compared).sort();
    expect({ onlyFrench: fr.filter((k) => !en.includes(k)), onlyEnglish: en.filter((k) => !fr.includes(k)) }).toEqual({
      onlyFrench: [],
      onlyEnglish: [],
    });
  });
});
