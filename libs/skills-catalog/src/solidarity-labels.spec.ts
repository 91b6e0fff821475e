import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readCatalog } from './catalog';
import { SOLIDARITY_DOMAINS, readSolidarityLabels } from './solidarity-labels';

const entries = readSolidarityLabels();
const catalog = new Map(readCatalog().map((skill) => [skill.id, skill]));
const allLabels = entries.flatMap((entry) => [...entry.fr, ...entry.en]);
const normalise = (label: string) => label.replace(/\u2019/g, "'").trim().toLowerCase();

describe('solidarity labels', () => {
  it('covers at least 300 skills', () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
  });

  it('uses only ids from the ESCO catalog', () => {
    expect(entries.filter((entry) => !catalog.has(entry.id)).map((entry) => entry.id)).toEqual([]);
  });

  it('lists each skill once', () => {
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  });

  it.each(SOLIDARITY_DOMAINS.map((domain) => [domain]))('covers %s with at least 10 skills', (domain) => {
    expect(entries.filter((entry) => entry.domain === domain).length).toBeGreaterThanOrEqual(10);
  });

  it('gives 2 to 8 labels per language', () => {
    const outOfRange = entries.filter((entry) =>
      [entry.fr, entry.en].some((labels) => labels.length < 2 || labels.length > 8),
    );
    expect(outOfRange.map((entry) => entry.id)).toEqual([]);
  });

  it('has no empty, untrimmed or upper-case labels', () => {
    const bad = allLabels.filter((label) => label.trim() === '' || label !== label.trim() || label !== label.toLowerCase());
    expect(bad).toEqual([]);
  });

  it('attaches no label to more than 3 skills', () => {
    const skillsByLabel = new Map<string, Set<string>>();
    for (const entry of entries) {
      for (const label of [...entry.fr, ...entry.en]) {
        skillsByLabel.set(label, (skillsByLabel.get(label) ?? new Set()).add(entry.id));
      }
    }
    const overused = [...skillsByLabel].filter(([, ids]) => ids.size > 3).map(([label]) => label);
    expect(overused).toEqual([]);
  });

  it("never repeats the skill's own primary label", () => {
    const repeats = entries.flatMap((entry) => {
      const skill = catalog.get(entry.id);
      if (!skill) return [];
      return [
        ...entry.fr.filter((label) => skill.labelFr !== null && normalise(label) === normalise(skill.labelFr)),
        ...entry.en.filter((label) => normalise(label) === normalise(skill.labelEn)),
      ];
    });
    expect(repeats).toEqual([]);
  });
});

describe('readSolidarityLabels', () => {
  const writeTemp = (content: unknown) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'solidarity-labels-')), 'labels.json');
    writeFileSync(file, JSON.stringify(content));
    return file;
  };

  it.each([
    [{ id: 'x' }, 'expected an array'],
    [[{ id: 'x', domain: 'astrology', fr: ['a', 'b'], en: ['c', 'd'] }], 'entry 0'],
    [[{ id: 'x', domain: 'law', fr: 'droit', en: ['c', 'd'] }], 'entry 0'],
  ])('rejects a malformed file (%#)', (content, message) => {
    expect(() => readSolidarityLabels(writeTemp(content))).toThrow(message);
  });
});
