import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stemEnglish, stemFrench } from '@relais/skill-extraction';
import { readGlossary } from './glossary';
import { TextSkills } from './text-skills';

const posting = (title: string, description = '') => ({ title, description, skills: [] });

describe('TextSkills across languages', () => {
  const textSkills = new TextSkills();
  const similarity = (a: ReturnType<typeof posting>, b: ReturnType<typeof posting>) => textSkills.textSimilarity(a, b);

  it('reads a French text and an English one about the same job into shared terms', () => {
    const need = posting('Comptable pour mettre en place la comptabilité de la coopérative', 'Former la trésorière à la tenue des comptes.');
    const offer = posting('Accountant volunteer', 'Chartered accountant, sets up bookkeeping and trains treasurers.');
    const unrelated = posting('Web developer', 'Builds websites in React and Node.js.');
    expect(textSkills.terms(need)).toEqual(expect.arrayContaining(['account', 'train']));
    expect(similarity(need, offer)).toBeGreaterThan(0.2);
    expect(similarity(need, unrelated)).toBeLessThan(0.05);
  });

  it('finds a hydrogeologist whatever the language, and leaves language names out', () => {
    const french = posting('Hydrogéologue pour implanter deux forages', 'Étude de la nappe, en français et en anglais.');
    const english = posting('Hydrogeologist: groundwater studies and drilling supervision', 'Works in English and French.');
    expect(similarity(french, english)).toBeGreaterThan(0.3);
    expect(textSkills.terms(english)).not.toEqual(expect.arrayContaining(['english']));
    expect(textSkills.terms(french)).not.toEqual(expect.arrayContaining(['french']));
  });

  it('reads a changed text anew', () => {
    const before = posting('Comptable bénévole', 'Tenue des comptes.');
    const after = { ...before, description: 'Forage de puits et pompes solaires.' };
    expect(textSkills.terms(before)).toEqual(textSkills.terms({ ...before }));
    expect(textSkills.terms(after)).not.toEqual(textSkills.terms(before));
    expect(textSkills.terms(after)).toEqual(expect.arrayContaining(['well']));
    expect(textSkills.of({ ...before, skills: ['880c54f9-866e-4f37-b5fa-25ef8a7d49b6'] })[0]).toBe('880c54f9-866e-4f37-b5fa-25ef8a7d49b6');
  });

  it('searches with the most specific terms, at most ten', () => {
    const terms = textSkills.searchTerms(
      posting('Sage-femme formatrice', 'Soins obstétricaux et néonatals d’urgence, formation des infirmières, suivi des grossesses, gestion du matériel, rapports aux bailleurs.'),
    );
    expect(terms.length).toBeLessThanOrEqual(10);
    expect(terms).toContain('midwif');
    expect(terms).not.toContain('manag');
  });
});

describe('TextSkills.skillRelations', () => {
  const relations = new TextSkills().skillRelations();
  const CROWDFUNDING = '27ddcef9-8522-4699-b0e6-2e2b10fd6d13'; // a crowdfunding campaign
  const CORPORATE_SPONSORSHIP = '4617a4fb-87d7-4316-ae1e-7c9f7301c15b';
  const ACCOUNTING = '880c54f9-866e-4f37-b5fa-25ef8a7d49b6';

  it("gives each skill ESCO's broader groups, then the solidarity fields it was labelled for", () => {
    expect(relations.get(CROWDFUNDING)).toContain('field:fundraising');
    expect(relations.get(CORPORATE_SPONSORSHIP)).toContain('field:fundraising');
    expect(relations.get(ACCOUNTING)).toContain('field:finance_accounting');
    expect(relations.get(ACCOUNTING)).not.toContain('field:fundraising');
    expect(relations.get(ACCOUNTING)!.length).toBeGreaterThan(1); // its ESCO groups come first
  });
});

describe('the shipped glossary', () => {
  it('holds every hand-written addition (run `npm run glossary:derive` after editing them)', () => {
    const glossary = readGlossary();
    const additions = readFileSync(path.join(__dirname, '..', 'data', 'glossary-additions.tsv'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => line.split('\t'));
    expect(additions.length).toBeGreaterThan(20);
    for (const [french, english] of additions) {
      const expected = english ? english.split('|').flatMap((words) => words.split(' ').map((word) => stemEnglish(word.toLowerCase()))) : [];
      for (const word of french.split(' ')) {
        const stem = stemFrench(word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
        expect({ word, translations: glossary.get(stem) }).toEqual({ word, translations: expected });
      }
    }
  });
});
