import { ToolboxInputError } from '../errors';
import { TOOLBOX_MECHANISM_CODES, type ToolboxMechanismCode } from '../mechanism-codes';
import { advise } from './advise';
import type { AdvisorAnswers } from './answers';
import { DECISION_TABLE } from './test/decision-table';

const row = (prefix: string): AdvisorAnswers => DECISION_TABLE.find(({ label }) => label.startsWith(prefix))!.answers;
const verdictOf = (answers: AdvisorAnswers, code: ToolboxMechanismCode) => advise(answers, 'en').find((item) => item.code === code)!;

const csi = row('3. employee');
const holiday = row('4.');
const vsi = row('5.');
const civic = row('6.');
const publicAgent = row('7.');
const internship = row('9.');
const sponsorship = row('1. company');

describe('advise: limits', () => {
  const LIMITS: { label: string; code: ToolboxMechanismCode; answers: AdvisorAnswers; expected: 'yes' | 'no' | 'unknown'; rule?: string }[] = [
    { label: 'CSI with 12 months of seniority', code: 'solidarity_leave', answers: csi, expected: 'yes' },
    { label: 'CSI under 12 months of seniority', code: 'solidarity_leave', answers: { ...csi, seniorityMonths: 11 }, expected: 'no', rule: 'solidarity_leave.seniority' },
    { label: 'CSI of 6 months', code: 'solidarity_leave', answers: { ...csi, durationMonths: 6 }, expected: 'yes' },
    { label: 'CSI over 6 months', code: 'solidarity_leave', answers: { ...csi, durationMonths: 7 }, expected: 'no', rule: 'solidarity_leave.duration' },
    { label: 'CSI over 6 months given in days', code: 'solidarity_leave', answers: { ...csi, durationMonths: undefined, durationDays: 200 }, expected: 'no', rule: 'solidarity_leave.duration' },
    { label: 'CSI in France', code: 'solidarity_leave', answers: { ...csi, destinationCountry: 'FR' }, expected: 'no', rule: 'solidarity_leave.abroad' },
    { label: 'CSI in an overseas department', code: 'solidarity_leave', answers: { ...csi, destinationCountry: 'RE' }, expected: 'no', rule: 'solidarity_leave.abroad' },
    { label: 'CSI with a host off the 1996 list', code: 'solidarity_leave', answers: { ...csi, hostOnSolidarityLeaveList: false }, expected: 'no', rule: 'solidarity_leave.host_listed' },
    { label: 'CSI for a civil servant', code: 'solidarity_leave', answers: { ...csi, personStatus: 'civil_servant' }, expected: 'no', rule: 'solidarity_leave.employee' },
    { label: 'internship of 6 months', code: 'internship', answers: internship, expected: 'yes' },
    { label: 'internship over 6 months', code: 'internship', answers: { ...internship, durationMonths: 7 }, expected: 'no', rule: 'internship.duration' },
    { label: 'internship for a non-student', code: 'internship', answers: { ...internship, personStatus: 'private_employee' }, expected: 'no', rule: 'internship.student' },
    { label: '3DS mission ending on the last day', code: 'skills_sponsorship', answers: { ...publicAgent, startDate: '2027-06-28', durationMonths: undefined, durationDays: 183 }, expected: 'yes' },
    { label: '3DS mission starting after the end date', code: 'skills_sponsorship', answers: { ...publicAgent, startDate: '2027-12-28' }, expected: 'no', rule: 'skills_sponsorship.public.experiment_period' },
    { label: '3DS mission running past the end date', code: 'skills_sponsorship', answers: { ...publicAgent, startDate: '2027-06-01' }, expected: 'no', rule: 'skills_sponsorship.public.experiment_period' },
    { label: '3DS over 3 years', code: 'skills_sponsorship', answers: { ...publicAgent, startDate: '2023-01-10', durationMonths: 37 }, expected: 'no', rule: 'skills_sponsorship.public.duration' },
    { label: '3DS for a small commune', code: 'skills_sponsorship', answers: { ...publicAgent, publicEmployerInExperiment: false }, expected: 'no', rule: 'skills_sponsorship.public.employer_covered' },
    { label: '3DS for a contract agent', code: 'skills_sponsorship', answers: { ...publicAgent, personStatus: 'public_contract_agent' }, expected: 'no', rule: 'skills_sponsorship.public.civil_servant' },
    { label: 'sponsorship to a host without general interest', code: 'skills_sponsorship', answers: { ...sponsorship, hostGeneralInterest: false }, expected: 'no', rule: 'skills_sponsorship.host.general_interest' },
    { label: '3DS to a host without general interest', code: 'skills_sponsorship', answers: { ...publicAgent, hostGeneralInterest: false }, expected: 'no', rule: 'skills_sponsorship.host.general_interest' },
    { label: 'sponsorship by a micro company', code: 'skills_sponsorship', answers: { ...sponsorship, companyRealTaxRegime: false }, expected: 'no', rule: 'skills_sponsorship.company.real_tax_regime' },
    { label: 'sponsorship on paid holidays', code: 'skills_sponsorship', answers: { ...sponsorship, timeUse: 'paid_holiday' }, expected: 'no', rule: 'skills_sponsorship.company.working_time' },
    { label: 'sponsorship to a host seated outside the EEA', code: 'skills_sponsorship', answers: { ...sponsorship, hostCountry: 'SN' }, expected: 'no', rule: 'skills_sponsorship.host.seat' },
    { label: 'sponsorship to an unapproved EEA host', code: 'skills_sponsorship', answers: { ...sponsorship, hostCountry: 'BE', hostEeaApproved: false }, expected: 'no', rule: 'skills_sponsorship.host.seat' },
    { label: 'sponsorship abroad for an action of another kind', code: 'skills_sponsorship', answers: { ...row('1. same'), hostActionType: 'other' }, expected: 'no', rule: 'skills_sponsorship.abroad.action_type' },
    { label: 'sponsorship abroad through a mere relay', code: 'skills_sponsorship', answers: { ...row('1. same'), fundsActionsDirectly: false }, expected: 'no', rule: 'skills_sponsorship.abroad.direct_funding' },
    { label: 'VSI of 2 years', code: 'vsi', answers: vsi, expected: 'yes' },
    { label: 'VSI over 2 years', code: 'vsi', answers: { ...vsi, durationMonths: 25 }, expected: 'no', rule: 'vsi.contract_duration' },
    { label: 'VSI reaching 6 years in total', code: 'vsi', answers: { ...vsi, durationMonths: 12, previousVsiMonths: 60 }, expected: 'yes' },
    { label: 'VSI beyond 6 years in total', code: 'vsi', answers: { ...vsi, durationMonths: 13, previousVsiMonths: 60 }, expected: 'no', rule: 'vsi.cumulated_duration' },
    { label: 'VSI after 6 years already', code: 'vsi', answers: { ...vsi, durationMonths: undefined, previousVsiMonths: 72 }, expected: 'no', rule: 'vsi.cumulated_duration' },
    { label: 'VSI inside the EEA', code: 'vsi', answers: { ...vsi, destinationCountry: 'DE' }, expected: 'no', rule: 'vsi.outside_eea' },
    { label: 'VSI in France', code: 'vsi', answers: { ...vsi, destinationCountry: 'FR' }, expected: 'no', rule: 'vsi.outside_eea' },
    { label: 'VSI for a minor', code: 'vsi', answers: { ...vsi, age: 17 }, expected: 'no', rule: 'vsi.adult' },
    { label: 'VSI in the volunteer\'s own country', code: 'vsi', answers: { ...vsi, nationalOrResidentOfDestination: true }, expected: 'no', rule: 'vsi.not_national_or_resident' },
    { label: 'VSI without an approved sender', code: 'vsi', answers: { ...vsi, approvedVsiSender: false }, expected: 'no', rule: 'vsi.approved_sender' },
    { label: 'VSI on working time', code: 'vsi', answers: { ...vsi, timeUse: 'working_time' }, expected: 'no', rule: 'vsi.no_professional_activity' },
    { label: 'solidarity holiday of 13 days', code: 'solidarity_holiday', answers: { ...holiday, durationDays: 13 }, expected: 'no', rule: 'solidarity_holiday.duration' },
    { label: 'solidarity holiday of 4 weeks', code: 'solidarity_holiday', answers: { ...holiday, durationDays: 28 }, expected: 'yes' },
    { label: 'solidarity holiday of 29 days', code: 'solidarity_holiday', answers: { ...holiday, durationDays: 29 }, expected: 'no', rule: 'solidarity_holiday.duration' },
    { label: 'civic service at 16', code: 'civic_service', answers: { ...civic, age: 16 }, expected: 'yes' },
    { label: 'civic service at 15', code: 'civic_service', answers: { ...civic, age: 15 }, expected: 'no', rule: 'civic_service.age' },
    { label: 'civic service at 26', code: 'civic_service', answers: { ...civic, age: 26 }, expected: 'unknown' },
    { label: 'civic service at 26 with a disability', code: 'civic_service', answers: { ...civic, age: 26, disabled: true }, expected: 'yes' },
    { label: 'civic service at 26 without a disability', code: 'civic_service', answers: { ...civic, age: 26, disabled: false }, expected: 'no', rule: 'civic_service.age' },
    { label: 'civic service at 31', code: 'civic_service', answers: { ...civic, age: 31, disabled: true }, expected: 'no', rule: 'civic_service.age' },
    { label: 'civic service of 5 months', code: 'civic_service', answers: { ...civic, durationMonths: 5 }, expected: 'no', rule: 'civic_service.duration' },
    { label: 'civic service of 23 h a week', code: 'civic_service', answers: { ...civic, hoursPerWeek: 23 }, expected: 'no', rule: 'civic_service.weekly_hours' },
    { label: 'civic service of 36 h a week', code: 'civic_service', answers: { ...civic, hoursPerWeek: 36 }, expected: 'no', rule: 'civic_service.weekly_hours' },
    { label: 'civic service from a company', code: 'civic_service', answers: { ...civic, providerKind: 'company' }, expected: 'no', rule: 'civic_service.provider' },
    { label: 'volunteering for a company', code: 'volunteering', answers: { ...row('10.'), hostKind: 'company', hostGeneralInterest: undefined }, expected: 'no', rule: 'volunteering.host_general_interest' },
    { label: 'volunteering on working time', code: 'volunteering', answers: { ...row('10.'), timeUse: 'working_time' }, expected: 'no', rule: 'volunteering.own_time' },
    { label: 'cooperation with a French association', code: 'decentralised_cooperation', answers: { ...row('8.'), hostKind: 'association' }, expected: 'no', rule: 'decentralised_cooperation.host' },
  ];

  it.each(LIMITS)('$label → $expected', ({ code, answers, expected, rule }) => {
    const advice = verdictOf(answers, code);
    expect(advice.eligible).toBe(expected);
    if (rule) expect(advice.rules.map((item) => item.id)).toContain(rule);
  });

  it('notes what a yes still implies', () => {
    const short = verdictOf({ ...vsi, durationMonths: 8 }, 'vsi');
    expect(short.eligible).toBe('yes');
    expect(short.rules.find((rule) => rule.id === 'vsi.contract_duration')?.note).toMatch(/no State aid/);
    const long = verdictOf({ ...publicAgent, durationMonths: 20 }, 'skills_sponsorship');
    expect(long.eligible).toBe('yes');
    expect(long.rules.find((rule) => rule.id === 'skills_sponsorship.public.duration')?.note).toMatch(/renewal/);
  });
});

describe('advise: unknown answers give unknown, never a guess', () => {
  it('answers nothing → every mechanism unknown, with questions and no rule refused', () => {
    const advice = advise({}, 'en');
    expect(advice).toHaveLength(TOOLBOX_MECHANISM_CODES.length);
    for (const item of advice) {
      expect(item.eligible).toBe('unknown');
      expect(item.missing.length).toBeGreaterThan(0);
      expect(item.rules.some((rule) => rule.outcome === 'not_met')).toBe(false);
      expect(item.nextSteps[0]).toMatch(/^Answer: /);
    }
  });

  it.each([
    ['solidarity_leave', 'seniorityMonths'],
    ['solidarity_leave', 'durationMonths'],
    ['solidarity_leave', 'hostOnSolidarityLeaveList'],
    ['vsi', 'previousVsiMonths'],
    ['vsi', 'nationalOrResidentOfDestination'],
    ['civic_service', 'age'],
    ['skills_sponsorship', 'hostGeneralInterest'],
    ['skills_sponsorship', 'startDate'],
  ] as const)('%s without %s → unknown, asking for it', (code, field) => {
    const base = { solidarity_leave: csi, vsi, civic_service: civic, skills_sponsorship: field === 'startDate' ? publicAgent : sponsorship }[code];
    const answers: AdvisorAnswers = { ...base, [field]: undefined };
    if (field === 'durationMonths') delete answers.durationDays;
    const advice = verdictOf(answers, code);
    expect(advice.eligible).toBe('unknown');
    expect(advice.missing.map((item) => item.field)).toContain(field);
    expect(advice.missing.find((item) => item.field === field)?.question).toMatch(/\?$/);
  });

  it('asks only for the destination before the abroad test', () => {
    const advice = verdictOf({ ...sponsorship, destinationCountry: undefined }, 'skills_sponsorship');
    expect(advice.eligible).toBe('unknown');
    expect(advice.missing.map((item) => item.field)).toEqual(['destinationCountry']);
  });

  it('keeps both sponsorship routes open when the provider is unknown', () => {
    const advice = verdictOf({ hostGeneralInterest: true }, 'skills_sponsorship');
    expect(new Set(advice.rules.map((rule) => rule.route))).toEqual(new Set(['company', 'public_agent']));
  });

  it('leaves a contract agent\'s secondment unknown, with a note and nothing to ask', () => {
    const advice = verdictOf({ providerKind: 'local_authority', personStatus: 'public_contract_agent', timeUse: 'working_time', hostListedForSecondment: true }, 'public_secondment');
    expect(advice.eligible).toBe('unknown');
    expect(advice.missing).toEqual([]);
    expect(advice.rules.find((rule) => rule.id === 'public_secondment.civil_servant')?.note).toMatch(/Contract agent/);
  });
});

describe('advise: bad answers', () => {
  it.each([
    [{ durationDays: -3 }, 'durationDays'],
    [{ durationMonths: 0 }, 'durationMonths'],
    [{ seniorityMonths: Number.NaN }, 'seniorityMonths'],
    [{ age: -1 }, 'age'],
    [{ destinationCountry: 'XX' }, 'destinationCountry'],
    [{ hostCountry: 12 }, 'hostCountry'],
    [{ personStatus: 'boss' }, 'personStatus'],
    [{ providerKind: 'bank' }, 'providerKind'],
    [{ timeUse: 'weekend' }, 'timeUse'],
    [{ startDate: '2026-02-30' }, 'startDate'],
    [{ hostGeneralInterest: 'yes' }, 'hostGeneralInterest'],
    [{ favouriteColour: 'blue' }, 'favouriteColour'],
  ])('refuses %p (field %s)', (answers, field) => {
    expect(() => advise(answers as AdvisorAnswers, 'fr')).toThrow(ToolboxInputError);
    expect(() => advise(answers as AdvisorAnswers, 'fr')).toThrow(expect.objectContaining({ field }));
  });

  it('accepts lower-case country codes', () => {
    expect(verdictOf({ ...csi, destinationCountry: 'mg' }, 'solidarity_leave').eligible).toBe('yes');
  });
});

describe('advise: durations beyond any mechanism', () => {
  it.each([
    ['durationDays', { durationDays: 1e9, startDate: '2027-01-01' }],
    ['durationMonths', { durationMonths: 1e7, startDate: '2027-01-01' }],
  ])('refuses an absurd %s as a field error', (field, answers) => {
    expect(() => advise(answers as AdvisorAnswers, 'en')).toThrow(ToolboxInputError);
    try {
      advise(answers as AdvisorAnswers, 'en');
    } catch (error) {
      expect((error as ToolboxInputError).field).toBe(field);
    }
  });

  it('still answers for a long but possible duration', () => {
    expect(() => advise({ ...csi, durationMonths: 72, durationDays: undefined, startDate: '2027-01-01' }, 'en')).not.toThrow();
  });
});
