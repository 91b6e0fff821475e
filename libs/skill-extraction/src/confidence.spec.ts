import { labelConfidence, MIN_EVIDENCE, type LabelMatch } from './confidence';

const full: LabelMatch = { coverage: 1, evidence: 1, phrase: true, kind: 'primary' };

describe('labelConfidence', () => {
  it.each<[string, Partial<LabelMatch>, Partial<LabelMatch>]>([
    ['a phrase beats scattered words', { phrase: true }, { phrase: false }],
    ['a primary label beats an alternative one', { kind: 'primary' }, { kind: 'alternative' }],
    ['a multi-word alternative beats a one-word one', { kind: 'alternative' }, { kind: 'one-word-alternative' }],
    ['the whole label beats a part of it', { coverage: 1 }, { coverage: 0.6 }],
    ['more or rarer words beat fewer or more frequent ones', { evidence: 1.2 }, { evidence: 0.6 }],
    ['a rare word (borehole) beats a generic one (gestion)', { evidence: 0.93 }, { evidence: 0.45 }],
  ])('%s', (_, better, worse) => {
    expect(labelConfidence({ ...full, ...better })).toBeGreaterThan(labelConfidence({ ...full, ...worse }));
  });

  it.each([
    ['no evidence', { evidence: 0 }],
    ['one very frequent word (manage: 0.26)', { evidence: 0.26 }],
    ['just under the minimum evidence', { evidence: MIN_EVIDENCE - 0.01 }],
    ['nothing covered', { coverage: 0 }],
  ])('%s gives 0', (_, match) => {
    expect(labelConfidence({ ...full, ...match })).toBe(0);
  });

  it.each([
    { coverage: 1, evidence: 10, phrase: true, kind: 'primary' as const },
    { coverage: 1.2, evidence: 3, phrase: true, kind: 'primary' as const },
    { coverage: 0.01, evidence: 0.41, phrase: false, kind: 'one-word-alternative' as const },
  ])('stays within [0, 1]: %j', (match) => {
    const confidence = labelConfidence(match);
    expect(confidence).toBeGreaterThanOrEqual(0);
    expect(confidence).toBeLessThanOrEqual(1);
  });
});
