import { stemEnglish, stemFrench } from './stemmer';
import { foldWord } from './tokenizer';

const fr = (word: string) => stemFrench(foldWord(word));
const en = (word: string) => stemEnglish(foldWord(word));

describe('stemFrench', () => {
  it.each([
    [['comptabilité', 'comptabilités', 'comptable', 'comptables'], 'comptabl'],
    [['développeur', 'développeurs', 'développeuse', 'développement', 'développer', 'développé'], 'developp'],
    [['hydraulique', 'hydrauliques', 'hydraulicien', 'hydraulicienne'], 'hydraul'],
    [['formation', 'formations', 'formateur', 'formatrice', 'former', 'formée'], 'form'],
    [['programmation', 'programmer', 'programmeur', 'programme'], 'programm'],
    [['coopérative', 'coopératives', 'coopératif'], 'cooperatif'],
    [['directeur', 'directrice', 'direction'], 'direct'],
    [['journaliste', 'journalisme', 'journalistes'], 'journalist'],
    [['journaux', 'journal'], 'journal'],
    [['gestion', 'gestions'], 'gestion'],
    [['eau', 'eaux'], 'eau'],
    [['forage', 'forages'], 'forag'],
    [['site', 'sites'], 'site'],
  ])('%j -> %s', (words, stem) => {
    expect(words.map(fr)).toEqual(words.map(() => stem));
  });

  it.each([
    ['gestion', 'gestation'],
    ['coopérative', 'coopération'],
    ['animation', 'animisme'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(fr(a)).not.toBe(fr(b));
  });
});

describe('stemEnglish', () => {
  it.each([
    [['accounting', 'accountant', 'accountants', 'accounts', 'account'], 'account'],
    [['developer', 'developers', 'developing', 'developed', 'development', 'develop'], 'develop'],
    [['programming', 'programmer', 'programs', 'program'], 'program'],
    [['hydraulic', 'hydraulics'], 'hydraulic'],
    [['engineer', 'engineers', 'engineering'], 'engineer'],
    [['manage', 'manager', 'managing', 'managed', 'management'], 'manag'],
    [['organise', 'organize', 'organisation', 'organizations', 'organising', 'organiser'], 'organis'],
    [['operate', 'operating', 'operator', 'operation'], 'oper'],
    [['supervise', 'supervisor', 'supervision', 'supervising'], 'supervis'],
    [['study', 'studies', 'studied', 'studying'], 'study'],
    [['plan', 'plans', 'planning', 'planned', 'planner'], 'plan'],
    [['security', 'secure'], 'secur'],
    [['borehole', 'boreholes'], 'borehol'],
    [['journalist', 'journalism'], 'journalist'],
  ])('%j -> %s', (words, stem) => {
    expect(words.map(en)).toEqual(words.map(() => stem));
  });

  it.each([
    ['engineer', 'engine'],
    ['statement', 'stats'],
    ['gestion', 'gestation'],
    ['care', 'car'],
    ['cooperative', 'cooperation'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(en(a)).not.toBe(en(b));
  });

  it('leaves words of three letters or fewer alone', () => {
    expect(['web', 'ict', 'gis', 'bus'].map(en)).toEqual(['web', 'ict', 'gis', 'bus']);
  });
});
