import { checkpoints } from './checkpoints';

describe('engagement checkpoints', () => {
  it('two days before the start, at the middle, on the last day', () => {
    expect(checkpoints('2026-03-02', '2026-03-27')).toEqual([
      { phase: 'start', day: '2026-02-28' },
      { phase: 'middle', day: '2026-03-14' },
      { phase: 'end', day: '2026-03-27' },
    ]);
  });

  it('no middle for an engagement of less than four days', () => {
    expect(checkpoints('2026-12-30', '2027-01-01').map((c) => c.phase)).toEqual(['start', 'end']);
  });
});
