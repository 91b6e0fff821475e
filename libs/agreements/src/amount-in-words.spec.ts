import { amountInWords } from './amount-in-words';

describe('amounts in words', () => {
  it.each([
    [2676.86, 'deux mille six cent soixante-seize euros et quatre-vingt-six centimes'],
    [1, 'un euro'],
    [21, 'vingt et un euros'],
    [71, 'soixante et onze euros'],
    [80, 'quatre-vingts euros'],
    [81, 'quatre-vingt-un euros'],
    [91, 'quatre-vingt-onze euros'],
    [200, 'deux cents euros'],
    [201, 'deux cent un euros'],
    [1000, 'mille euros'],
    [80_000, 'quatre-vingt mille euros'],
    [200_000, 'deux cent mille euros'],
    [1_000_000, "un million d'euros"],
    [2_000_017.01, 'deux millions dix-sept euros et un centime'],
    [0.5, 'zéro euro et cinquante centimes'],
  ])('%s € in French', (amount, words) => {
    expect(amountInWords(amount, 'fr')).toBe(words);
  });

  it.each([
    [2676.86, 'two thousand six hundred and seventy-six euros and eighty-six cents'],
    [1, 'one euro'],
    [1_000_015, 'one million fifteen euros'],
  ])('%s € in English', (amount, words) => {
    expect(amountInWords(amount, 'en')).toBe(words);
  });

  it('refuses what it cannot write', () => {
    expect(() => amountInWords(-1, 'fr')).toThrow(RangeError);
    expect(() => amountInWords(Number.NaN, 'en')).toThrow(RangeError);
  });
});
