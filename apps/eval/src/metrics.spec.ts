import { ndcgAt, precisionAt, recallAt, reciprocalRank, summarize } from './metrics';

const grades = new Map([
  ['a', 3],
  ['b', 2],
  ['c', 1],
]);

describe('ranking metrics', () => {
  it.each([
    ['perfect order', ['a', 'b', 'c', 'x', 'y'], 0.4, 1, 1, 1],
    ['relevant ones last', ['x', 'y', 'z', 'b', 'a'], 0.4, 1, 0.426, 0.25],
    ['nothing relevant', ['c', 'x'], 0, 0, 0.106, 0],
    ['empty ranking', [], 0, 0, 0, 0],
  ])('%s', (_label, ranking, p5, r10, ndcg, rr) => {
    expect(precisionAt(5, ranking, grades)).toBeCloseTo(p5, 3);
    expect(recallAt(10, ranking, grades)).toBeCloseTo(r10, 3);
    expect(ndcgAt(10, ranking, grades)).toBeCloseTo(ndcg, 2);
    expect(reciprocalRank(ranking, grades)).toBeCloseTo(rr, 3);
  });

  it('counts a need with nothing to find as fully recalled, and averages over needs', () => {
    expect(recallAt(10, ['x'], new Map())).toBe(1);
    expect(ndcgAt(10, ['x'], new Map())).toBe(1);
    expect(summarize([
      { ranking: ['a', 'b'], grades },
      { ranking: ['x', 'a'], grades },
    ])).toEqual({ precisionAt5: 0.3, recallAt10: 0.75, ndcgAt10: expect.any(Number), mrr: 0.75 });
  });
});
