import type { MatchResult } from '@relais/matching';
import { worthSuggesting } from './relevance';

const result = (score: number, skills: number, text: number): MatchResult => ({
  score,
  mechanisms: ['skills_sponsorship'],
  reasons: [
    { factor: 'skills', weight: 0.35, value: skills, text: { fr: '', en: '' } },
    { factor: 'text', weight: 0.3, value: text, text: { fr: '', en: '' } },
  ],
});

describe('worthSuggesting', () => {
  it.each([
    ['no result (a hard constraint failed)', null, true, false],
    ['below the minimum score', result(0.29, 1, 1), true, false],
    ['at the minimum score', result(0.3, 1, 1), true, true],
    ['a shared skill', result(0.6, 0.5, 0), true, true],
    ['words in common only', result(0.4, 0, 0.2), true, true],
    ['too few words in common', result(0.4, 0, 0.04), true, false],
    ['practical but nothing in common', result(0.45, 0, 0), true, false],
    ['need without skills: the neutral skill value does not count', result(0.45, 0.5, 0), false, false],
    ['need without skills, words in common', result(0.45, 0.5, 0.3), false, true],
  ] as const)('%s', (_, match, needHasSkills, expected) => {
    expect(worthSuggesting(match, needHasSkills)).toBe(expected);
  });
});
