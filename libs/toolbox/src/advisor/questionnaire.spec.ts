import { LOCALES, ORGANIZATION_KINDS } from '@relais/domain';
import { advise } from './advise';
import { type AdvisorAnswers, type AnswerField, HOST_ACTION_TYPES, PERSON_STATUSES, TIME_USES } from './answers';
import { advisorQuestionnaire, isAsked } from './questionnaire';
import { FIELD_QUESTIONS } from './questions';
import { DECISION_TABLE } from './test/decision-table';

const fieldsOf = (question: { id: string; units?: { field: AnswerField }[] }): AnswerField[] =>
  question.units ? question.units.map((unit) => unit.field) : [question.id as AnswerField];

/** The answers a person walking the questionnaire would send: those of the questions asked. */
function walk(answers: AdvisorAnswers): AdvisorAnswers {
  const kept: AdvisorAnswers = {};
  for (const question of advisorQuestionnaire('en')) {
    if (!isAsked(question, kept)) continue;
    for (const field of fieldsOf(question)) if (answers[field] !== undefined) Object.assign(kept, { [field]: answers[field] });
  }
  return kept;
}

const outcomes = (answers: AdvisorAnswers) => advise(answers, 'en').map((item) => [item.code, item.eligible, item.route]);

describe('advisorQuestionnaire', () => {
  it.each(LOCALES)('asks for every answer the advisor reads, once, in %s', (locale) => {
    const questions = advisorQuestionnaire(locale);
    const fields = questions.flatMap(fieldsOf);
    expect([...fields].sort()).toEqual(Object.keys(FIELD_QUESTIONS).sort());
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
    for (const question of questions) expect(question.question.length).toBeGreaterThan(5);
  });

  it.each([
    ['providerKind', ORGANIZATION_KINDS],
    ['hostKind', ORGANIZATION_KINDS],
    ['personStatus', PERSON_STATUSES],
    ['timeUse', TIME_USES],
    ['hostActionType', HOST_ACTION_TYPES],
    ['hostGeneralInterest', [true, false]],
  ])('offers the whole vocabulary of %s, labelled differently in each language', (id, vocabulary) => {
    const [fr, en] = LOCALES.map((locale) => advisorQuestionnaire(locale).find((question) => question.id === id));
    expect(fr?.options?.map((option) => option.value)).toEqual([...vocabulary]);
    expect(en?.options?.map((option) => option.value)).toEqual([...vocabulary]);
    expect(new Set(fr?.options?.map((option) => option.label)).size).toBe(vocabulary.length);
    expect(fr?.options?.map((option) => option.label)).not.toEqual(en?.options?.map((option) => option.label));
  });

  it('makes each question depend only on questions asked before it', () => {
    const seen = new Set<AnswerField>();
    for (const question of advisorQuestionnaire('fr')) {
      for (const condition of question.askIf ?? []) expect([question.id, condition.field, seen.has(condition.field)]).toEqual([question.id, condition.field, true]);
      for (const field of fieldsOf(question)) seen.add(field);
    }
  });
});

describe('isAsked', () => {
  const [eeaApproval] = advisorQuestionnaire('en').filter((question) => question.id === 'hostEeaApproved');
  const disabled = advisorQuestionnaire('en').find((question) => question.id === 'disabled')!;

  it.each([
    ['nothing known', {}, true],
    ['a host seated in Belgium', { hostCountry: 'BE' }, true],
    ['a host seated in France', { hostCountry: 'FR' }, false],
    ['a host seated in Senegal', { hostCountry: 'SN' }, false],
  ])('asks about an EEA approval with %s: %s', (_label, answers, expected) => {
    expect(isAsked(eeaApproval, answers)).toBe(expected);
  });

  it.each([
    [20, false],
    [27, true],
    [30, true],
    [31, false],
  ])('asks about a disability at %i: %s', (age, expected) => {
    expect(isAsked(disabled, { age })).toBe(expected);
  });
});

describe('skipping the questions not asked', () => {
  it.each(DECISION_TABLE.map((row) => [row.label, row.answers]))('changes no advice: %s', (_label, answers) => {
    expect(outcomes(walk(answers))).toEqual(outcomes(answers));
  });

  it.each([
    ['a company employee whose host fails the abroad test', { providerKind: 'company', personStatus: 'private_employee', timeUse: 'working_time', destinationCountry: 'SN', hostCountry: 'FR', hostGeneralInterest: true, hostActionType: 'other' }],
    ['a civil servant lent abroad', { providerKind: 'local_authority', personStatus: 'civil_servant', timeUse: 'working_time', destinationCountry: 'SN', hostListedForSecondment: true, hostActionType: 'other', seniorityMonths: 40 }],
    ['a 28-year-old with a disability', { providerKind: 'association', personStatus: 'job_seeker', age: 28, disabled: true, durationMonths: 8, hoursPerWeek: 28, hostCivicServiceApproved: true, companyRealTaxRegime: true }],
    ['a student on unpaid leave', { providerKind: 'university', personStatus: 'student', timeUse: 'unpaid_leave', hostOnSolidarityLeaveList: true, approvedVsiSender: true, destinationCountry: 'DE' }],
  ] as [string, AdvisorAnswers][])('changes no advice for %s, even with answers to skipped questions', (_label, answers) => {
    expect(outcomes(walk(answers))).toEqual(outcomes(answers));
  });
});
