import type { MatchableNeed, MatchableOffer } from '../match-types';

/** Fresh objects per call: a need and an offer that match on every factor, to override. */
export const SKILL = {
  accounting: 'a0000000-0000-4000-8000-000000000001',
  auditing: 'a0000000-0000-4000-8000-000000000002',
  bookkeeping: 'a0000000-0000-4000-8000-000000000003',
  hydraulics: 'a0000000-0000-4000-8000-000000000004',
  gardening: 'a0000000-0000-4000-8000-000000000005',
  finance: 'a0000000-0000-4000-8000-0000000000f1', // a broader group
};

export function aNeed(overrides: Partial<MatchableNeed> = {}): MatchableNeed {
  return {
    id: 'need-1',
    skills: [SKILL.accounting, SKILL.auditing],
    languages: ['fr'],
    country: 'SN',
    city: 'Dakar',
    region: 'Bretagne',
    workMode: 'onsite',
    startDate: '2026-03-01',
    endDate: '2026-03-31',
    effortDays: 10,
    mechanisms: ['skills_sponsorship'],
    ...overrides,
  };
}

export function anOffer(overrides: Partial<MatchableOffer> = {}): MatchableOffer {
  return {
    id: 'offer-1',
    skills: [SKILL.accounting, SKILL.auditing],
    languages: ['fr'],
    availableFrom: '2026-01-01',
    availableTo: '2026-12-31',
    effortDays: 10,
    workModes: ['onsite'],
    countries: [],
    mechanisms: ['staff_loan', 'skills_sponsorship'],
    country: 'SN',
    region: null,
    city: 'Dakar',
    ...overrides,
  };
}
