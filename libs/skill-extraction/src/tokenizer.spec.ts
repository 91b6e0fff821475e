import { foldWord, isStopWord, tokenize } from './tokenizer';

describe('foldWord', () => {
  it.each([
    ['Comptabilité', 'comptabilite'],
    ['ÉLÈVE', 'eleve'],
    ['Œuvre', 'oeuvre'],
    ['e\u0301quipe', 'equipe'],
  ])('%s -> %s', (word, folded) => expect(foldWord(word)).toBe(folded));
});

describe('isStopWord', () => {
  it.each([
    ['de', true],
    ['des', true],
    ['the', true],
    ['of', true],
    ['l', true],
    ['2025', true],
    ['comptabilite', false],
    ['web', false],
    ['3d', false],
  ])('%s -> %s', (word, stop) => expect(isStopWord(word)).toBe(stop));
});

describe('tokenize', () => {
  it('splits elisions and hyphens and keeps the words as written with their offsets', () => {
    const tokens = tokenize("la comptabilité d'une coopérative, suivi-évaluation");
    expect(tokens.map((t) => [t.text, t.folded, t.stop])).toEqual([
      ['la', 'la', true],
      ['comptabilité', 'comptabilite', false],
      ['d', 'd', true],
      ['une', 'une', true],
      ['coopérative', 'cooperative', false],
      ['suivi', 'suivi', false],
      ['évaluation', 'evaluation', false],
    ]);
    expect(tokens[1]).toMatchObject({ start: 3, end: 15 });
  });

  it.each([
    ['gestion de projet', [false, false, false]],
    ["mise en place d'un budget", [false, false, false, false, false, false]],
    ['gestion, projet', [false, true]],
    ['gestion\nprojet', [false, true]],
    ['gestion (projet)', [false, true]],
    ['gestion – projet', [false, true]],
  ])('%j: punctuation and line breaks break phrases', (text, breaks) => {
    expect(tokenize(text).map((t) => t.breakBefore)).toEqual(breaks);
  });
});
