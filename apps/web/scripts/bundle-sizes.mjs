// Prints the JavaScript each page loads (gzipped), from the Vite manifest of dist/web.
// The home page's first load must stay within 200 kB gzipped; the script fails past that.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = path.resolve(import.meta.dirname, '../../../dist/web');
const HOME_BUDGET = 200 * 1024;
const manifest = JSON.parse(readFileSync(path.join(DIST, '.vite/manifest.json'), 'utf8'));

const gzipped = new Map();
const sizeOf = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(DIST, file))).length);
  return gzipped.get(file);
};

/** A chunk and everything it imports statically (what the browser must load to run it). */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}
const total = (keys) => [...keys].reduce((sum, key) => sum + sizeOf(manifest[key].file), 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const entryKeys = closure(entry);
const pages = Object.keys(manifest).filter((key) => /\/pages\/[^/]+\.tsx$/.test(key));

const rows = pages.map((key) => {
  const own = [...closure(key)].filter((k) => !entryKeys.has(k));
  return { page: key.replace(/^src\/features\//, ''), own: total(own), firstLoad: total(new Set([...entryKeys, ...own])) };
});
rows.sort((a, b) => a.page.localeCompare(b.page));

console.log(`\nJavaScript per page, gzipped (shared entry: ${kb(total(entryKeys))})`);
console.log(`${'page'.padEnd(52)} ${'its own'.padStart(10)} ${'first load'.padStart(11)}`);
for (const row of rows) console.log(`${row.page.padEnd(52)} ${kb(row.own).padStart(10)} ${kb(row.firstLoad).padStart(11)}`);

const home = rows.find((row) => row.page.startsWith('home/pages/'));
if (home) {
  console.log(`Home page at first load: ${kb(home.firstLoad)} (budget ${kb(HOME_BUDGET)})`);
  if (home.firstLoad > HOME_BUDGET) {
    console.error('The home page loads more JavaScript than its budget.');
    process.exit(1);
  }
}
