import { foldText } from './text';

describe('foldText', () => {
  it.each([
    ['Comptabilité', 'comptabilite'],
    ['  GESTION   de Projet ', 'gestion de projet'],
    ['Œuvre çà et là', 'œuvre ca et la'],
    ['hydraulique', 'hydraulique'],
  ])('%s -> %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});
