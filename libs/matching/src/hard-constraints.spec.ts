import { hardConstraintFailures, sharedMechanisms } from './hard-constraints';
import { aNeed, anOffer } from './test/factories';
import type { MatchableNeed, MatchableOffer } from './match-types';

type Case = [string, Partial<MatchableNeed>, Partial<MatchableOffer>, string[]];

describe('hardConstraintFailures', () => {
  it.each<Case>([
    ['compatible pair', {}, {}, []],
    // mechanism
    ['one shared mechanism among several', { mechanisms: ['vsi', 'staff_loan'] }, {}, []],
    ['no shared mechanism', { mechanisms: ['vsi'] }, {}, ['mechanism']],
    ['offer with no mechanism', {}, { mechanisms: [] }, ['mechanism']],
    // dates
    ['availability ends on the first day', {}, { availableTo: '2026-03-01' }, []],
    ['availability starts on the last day', {}, { availableFrom: '2026-03-31', availableTo: null }, []],
    ['availability ends the day before', {}, { availableTo: '2026-02-28' }, ['dates']],
    ['availability starts the day after', {}, { availableFrom: '2026-04-01', availableTo: null }, ['dates']],
    ['open-ended availability started long ago', {}, { availableFrom: '2020-01-01', availableTo: null }, []],
    // language
    ['one shared language among several', { languages: ['en', 'fr'] }, { languages: ['fr', 'wo'] }, []],
    ['no shared language', { languages: ['en'] }, { languages: ['fr'] }, ['language']],
    // place: travelling
    ['onsite, offer goes anywhere', {}, { countries: [] }, []],
    ['onsite, offer goes to the country', {}, { countries: ['ML', 'SN'] }, []],
    ['onsite, offer goes elsewhere only', {}, { countries: ['ML'] }, ['place']],
    ['onsite, offer only remote', {}, { workModes: ['remote'] }, ['place']],
    ['onsite, offer hybrid can travel', {}, { workModes: ['hybrid'], countries: ['SN'] }, []],
    // place: at a distance
    ['remote need, remote offer that cannot travel there', { workMode: 'remote' }, { workModes: ['remote'], countries: ['ML'] }, []],
    ['hybrid need, hybrid offer that cannot travel there', { workMode: 'hybrid' }, { workModes: ['hybrid'], countries: ['ML'] }, []],
    ['remote need, onsite offer that can travel there', { workMode: 'remote' }, { workModes: ['onsite'] }, []],
    ['remote need, onsite offer that cannot travel there', { workMode: 'remote' }, { workModes: ['onsite'], countries: ['ML'] }, ['place']],
    // several at once, in a fixed order
    [
      'everything wrong',
      { mechanisms: ['vsi'], languages: ['en'] },
      { availableTo: '2026-01-31', workModes: ['remote'] },
      ['mechanism', 'dates', 'language', 'place'],
    ],
  ])('%s', (_name, need, offer, expected) => {
    expect(hardConstraintFailures(aNeed(need), anOffer(offer))).toEqual(expected);
  });
});

describe('sharedMechanisms', () => {
  it('lists the common codes in vocabulary order', () => {
    const need = aNeed({ mechanisms: ['volunteering', 'staff_loan', 'skills_sponsorship'] });
    const offer = anOffer({ mechanisms: ['volunteering', 'skills_sponsorship', 'vsi'] });
    expect(sharedMechanisms(need, offer)).toEqual(['skills_sponsorship', 'volunteering']);
  });
});
