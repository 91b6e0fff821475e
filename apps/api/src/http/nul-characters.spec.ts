import { nulCharacterPath } from './nul-characters';

describe('nulCharacterPath', () => {
  it.each([
    ['a clean body', { title: 'Comptable', keywords: ['a', 'b'] }, null],
    ['a top-level field', { displayName: 'Awa\u0000' }, 'displayName'],
    ['an item of a list', { keywords: ['puits', 'fo\u0000rage'] }, 'keywords.1'],
    ['a nested field', { people: [{ name: 'x', note: '\u0000' }] }, 'people.0.note'],
    ['a key', { ['a\u0000b']: 1 }, 'a\u0000b'],
    ['a bare string', 'x\u0000', '(root)'],
    ['numbers and nulls', { a: 1, b: null, c: true }, null],
  ])('%s', (_, value, expected) => {
    expect(nulCharacterPath(value)).toBe(expected);
  });
});
