import { readCatalog } from '@relais/skills-catalog';
import { buildSynonyms, catalogSynonyms, SynonymExpansion, type SynonymSource } from './synonyms';

const skill = (labelEn: string, labelFr: string | null, altLabelsEn: string[] = [], altLabelsFr: string[] = []): SynonymSource => ({
  labelEn,
  labelFr,
  altLabelsEn,
  altLabelsFr,
});

describe('buildSynonyms', () => {
  it('maps French and English primary labels both ways, with folded keys', () => {
    expect(buildSynonyms([skill('accounting', 'Comptabilité')])).toEqual({
      accounting: ['comptabilité'],
      comptabilite: ['accounting'],
    });
  });

  it('maps short alternative labels to the primary label of the other language', () => {
    const synonyms = buildSynonyms([skill('accounting', 'comptabilité', ['bookkeeping', 'book keeping'], ['compta'])]);
    expect(synonyms.bookkeeping).toEqual(['comptabilité']);
    expect(synonyms.compta).toEqual(['accounting']);
    expect(synonyms['book keeping']).toBeUndefined(); // two words: over the default limit for alternatives
  });

  it('drops an alternative label shared by several skills, or that is also a primary label', () => {
    const synonyms = buildSynonyms([
      skill('battery components', 'composants de batteries', ['electronics']),
      skill('robot components', 'composants robotiques', ['electronics']),
      skill('electronics', 'électronique'),
      skill('cost accounting', 'comptabilité analytique', ['accounting']),
      skill('accounting', 'comptabilité'),
    ], { maxLabelWords: 1 });
    expect(synonyms.electronics).toEqual(['électronique']);
    expect(synonyms.accounting).toEqual(['comptabilité']);
  });

  it('merges values of keys that differ only by accents or case', () => {
    const synonyms = buildSynonyms([skill('accounting', 'Comptabilité'), skill('bookkeeping', 'comptabilite')]);
    expect(synonyms.comptabilite).toEqual(['accounting', 'bookkeeping']);
  });

  it.each([
    ['no French label', skill('accounting', null), {}],
    ['the same label in both languages', skill('Marketing', 'marketing'), {}],
    ['one-letter keys', skill('R', 'langage R', [], ['r']), { 'langage r': ['r'] }],
    ['numbers', skill('5S', '5S', ['5']), {}],
  ])('leaves out %s', (_case, row, expected) => {
    expect(buildSynonyms([row])).toEqual(expected);
  });

  it.each([
    [{ maxLabelWords: 1 }, ['comptabilite', 'accounting']],
    [{ maxLabelWords: 2 }, ['comptabilite', 'accounting', 'project management']],
    [{ maxLabelWords: 3 }, ['comptabilite', 'accounting', 'project management', 'gestion de projet']],
  ])('keeps primary labels up to %j words', (options, keys) => {
    const synonyms = buildSynonyms([skill('accounting', 'comptabilité'), skill('project management', 'gestion de projet')], options);
    expect(Object.keys(synonyms).sort()).toEqual([...keys].sort());
  });

  it('builds a bounded map from the shipped catalog', () => {
    const synonyms = buildSynonyms(readCatalog());
    const keys = Object.keys(synonyms).length;
    expect(keys).toBeGreaterThan(3000);
    expect(keys).toBeLessThan(6000);
    expect(synonyms.comptabilite).toContain('accounting');
    expect(synonyms.accounting).toContain('comptabilité');
  });
});

describe('SynonymExpansion', () => {
  const expansion = new SynonymExpansion({
    comptabilite: ['accounting'],
    bookkeeping: ['comptabilité'],
    'gestion de projet': ['project management'],
    'eau potable': ['drinking water', 'potable water'],
  });

  it('gives the keys whose synonym a text names, as a query-time synonym would find the text', () => {
    expect(expansion.of(['Tenue de la Comptabilité'])).toEqual(['bookkeeping']);
    expect(expansion.of(['Accounting and PROJECT management'])).toEqual(['comptabilite', 'gestion de projet']);
  });

  it('reads every text, gives each key once, and a key for each of its synonyms', () => {
    expect(expansion.of(['drinking water', 'potable-water, accounting', 'accounting'])).toEqual(['eau potable', 'comptabilite']);
  });

  it('only takes a synonym of several words when they come in a row, whole', () => {
    expect(expansion.of(['project planning and management', 'drinking', 'waters', 'accountings', ''])).toEqual([]);
  });

  it('expands with the shipped catalog', () => {
    expect(catalogSynonyms().of(['Comptable pour la comptabilité'])).toContain('accounting');
    expect(catalogSynonyms().of(['Senior accountant, accounting'])).toContain('comptabilite');
  });
});
