import { progressLine } from './reindex-progress';

describe('progressLine', () => {
  it.each([
    [0, 1000, 'needs          [----------]    0/1000   0%'],
    [250, 1000, 'needs          [###-------]  250/1000  25%'],
    [1000, 1000, 'needs          [##########] 1000/1000 100%'],
    [1200, 1000, 'needs          [##########] 1200/1000 100%'],
    [0, 0, 'needs          [##########] 0/0 100%'],
  ])('%d of %d', (done, total, expected) => {
    expect(progressLine('needs', done, total, 10)).toBe(expected);
  });
});
