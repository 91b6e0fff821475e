import { ConceptSpace, deriveGlossary, formatGlossary, glossarySynonyms, guessLanguage, parseGlossary, TermRarity, textTerms } from './interlingual';
import { tokenize } from './tokenizer';

describe('guessLanguage', () => {
  it.each([
    ['Nous cherchons un comptable pour la coopérative de sel', 'fr'],
    ['We are looking for an accountant for the salt cooperative', 'en'],
    ['Comptable', 'en'], // no function word: English, the default
  ])('%s -> %s', (text, language) => {
    expect(guessLanguage(tokenize(text))).toBe(language);
  });
});

describe('textTerms', () => {
  const glossary = parseGlossary('comptabl\taccount\npuit\twell\nform\ttrain\nver\t\n');

  it('translates the French words the glossary knows and keeps the English stem of the others', () => {
    expect(textTerms('Formation à la comptabilité des puits (WordPress) pour la coopérative', glossary)).toEqual([
      'train',
      'account',
      'well',
      'wordpress',
      'cooperat',
    ]);
  });

  it('reads English text as English, whatever the glossary says', () => {
    expect(textTerms('Accounting and well drilling training for the cooperative', glossary)).toEqual(['account', 'well', 'drill', 'train', 'cooperat']);
  });

  it('drops a French word whose glossary entry is empty, and repeats no term', () => {
    expect(textTerms('Vers la comptabilité, la comptabilité et les comptables', glossary, 'fr')).toEqual(['account']);
  });
});

describe('deriveGlossary', () => {
  it('pairs the stems that keep coming back together in aligned labels', () => {
    const glossary = deriveGlossary([
      { fr: 'gérer la comptabilité', en: 'manage accounting' },
      { fr: 'comptabilité analytique', en: 'cost accounting' },
      { fr: 'normes de comptabilité', en: 'accounting standards' },
      { fr: 'gérer un budget', en: 'manage a budget' },
      { fr: 'gérer le personnel', en: 'manage staff' },
      { fr: 'analytique des données', en: 'data analysis' },
    ]);
    expect(glossary.get('comptabl')).toEqual(['account']);
    expect(glossary.get('ger')).toEqual(['manag']);
    // Seen with "cost" once, and elsewhere without it: not enough to tell.
    expect(glossary.get('analyt')).toBeUndefined();
  });

  it('keeps a pair seen only once when the two words are always together', () => {
    expect(deriveGlossary([{ fr: 'hydrogéologue', en: 'hydrogeologist' }]).get('hydrogeologu')).toEqual(['hydrogeologist']);
  });

  it('round-trips through the file format, empty translations included', () => {
    const glossary = new Map([
      ['puit', ['well']],
      ['ecol', ['school', 'primary']],
      ['ver', []],
    ]);
    const text = formatGlossary(glossary);
    expect(text).toBe('ecol\tschool|primary\npuit\twell\nver\t\n');
    expect(parseGlossary(`# comment\n${text}`)).toEqual(glossary);
  });
});

describe('glossarySynonyms', () => {
  it('pairs the English stems that translate one French word, both ways', () => {
    const synonyms = glossarySynonyms(parseGlossary('achat\tpurchas|procur\napprovisionn\tsupply|procur\npuit\twell\n'));
    expect(synonyms.get('purchas')).toEqual(['procur']);
    expect(synonyms.get('procur')?.sort()).toEqual(['purchas', 'supply']);
    expect(synonyms.has('well')).toBe(false);
  });
});

describe('TermRarity', () => {
  const rarity = new TermRarity([
    ['manag', 'budget'],
    ['manag', 'staff'],
    ['manag', 'account'],
    ['hydrogeologist', 'groundwat'],
  ]);

  it('weighs rare terms more and knows only the documents’ terms', () => {
    expect(rarity.weight('hydrogeologist')).toBeGreaterThan(rarity.weight('manag'));
    expect(rarity.weight('manag')).toBeCloseTo(Math.log(4 / 3));
    expect(rarity.known(['manag', 'revoir', 'budget'])).toEqual(['manag', 'budget']);
  });

  it('picks the rarest terms, in text order among equals', () => {
    expect(rarity.rarest(['manag', 'budget', 'staff', 'hydrogeologist'], 3)).toEqual(['budget', 'staff', 'hydrogeologist']);
  });
});

describe('ConceptSpace', () => {
  // Four skills, described by the terms of their labels.
  const documents = [
    ['solar', 'panel', 'instal'],
    ['photovoltaic', 'solar', 'system', 'design'],
    ['fundrais', 'campaign'],
    ['crowdfund', 'fundrais'],
  ];
  const space = new ConceptSpace(documents, new TermRarity(documents), 2);
  const similarity = (a: string[], b: string[]) => ConceptSpace.similarity(space.vector(a), space.vector(b));

  it('brings together texts using different words for the skills they point to', () => {
    expect(similarity(['photovoltaic'], ['solar', 'panel'])).toBeGreaterThan(0);
    expect(similarity(['crowdfund'], ['fundrais', 'campaign'])).toBeGreaterThan(0);
    expect(similarity(['crowdfund'], ['panel'])).toBe(0);
  });

  it('gives 1 for the same terms, 0 for terms no skill has, and more for closer texts', () => {
    expect(similarity(['solar', 'design'], ['design', 'solar'])).toBeCloseTo(1);
    expect(similarity(['revoir'], ['solar'])).toBe(0);
    expect(similarity(['photovoltaic', 'design'], ['solar', 'system'])).toBeGreaterThan(similarity(['photovoltaic', 'design'], ['panel']));
  });

  it('keeps only the strongest concepts, of length 1', () => {
    const vector = space.vector(['solar', 'fundrais', 'crowdfund']);
    expect(vector.skills).toHaveLength(2);
    expect(vector.skills[0]).toBeLessThan(vector.skills[1]);
    expect(Math.hypot(...vector.weights)).toBeCloseTo(1);
  });
});
