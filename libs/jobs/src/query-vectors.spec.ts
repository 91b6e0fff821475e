import { hasWords, queryKey } from './query-vectors';

describe('listing queries read for their meaning', () => {
  it('are words of three letters or more, in any language', () => {
    expect(hasWords('website design')).toBe(true);
    expect(hasWords('refaire le site d’une école')).toBe(true);
    expect(hasWords('C++ ou R')).toBe(false);
  });

  it('are not codes, numbers or references, searched by their characters alone', () => {
    expect(hasWords('13fc5488')).toBe(false);
    expect(hasWords('2027')).toBe(false);
    expect(hasWords('a1b2-c3')).toBe(false);
  });

  it('are cached whatever their case and spacing', () => {
    expect(queryKey('  Website   Design ')).toBe('website design');
  });
});
