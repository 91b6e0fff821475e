import type { ToolboxMechanismCode } from '../../mechanism-codes';
import type { AdvisorAnswers } from '../answers';

/** One complete set of answers per row of the facts sheet's decision table (§11). */
const company = { providerKind: 'company', companyRealTaxRegime: true, personStatus: 'private_employee' } as const;
const abroadTest = { hostActionType: 'humanitarian', programmeControlledFromFrance: true, fundsActionsDirectly: true, canJustifyExpenses: true } as const;
const vsiVolunteer = { approvedVsiSender: true, age: 30, nationalOrResidentOfDestination: false, previousVsiMonths: 0 } as const;

/** A row: its label, complete answers, the mechanisms that must come out 'yes', and the route of the first. */
export type DecisionRow = { label: string; answers: AdvisorAnswers; expected: ToolboxMechanismCode[]; route?: string };

export const DECISION_TABLE: DecisionRow[] = [
  {
    label: '1. company employee, working time, 238 bis host in France → skills sponsorship',
    answers: { ...company, timeUse: 'working_time', durationDays: 10, destinationCountry: 'FR', hostKind: 'association', hostCountry: 'FR', hostGeneralInterest: true },
    expected: ['skills_sponsorship', 'staff_loan'],
    route: 'company',
  },
  {
    label: '1. same, abroad with the 2017 abroad test met → skills sponsorship',
    answers: { ...company, timeUse: 'working_time', durationMonths: 2, destinationCountry: 'SN', hostKind: 'association', hostCountry: 'FR', hostGeneralInterest: true, ...abroadTest },
    expected: ['skills_sponsorship', 'staff_loan'],
    route: 'company',
  },
  {
    label: '2. company employee, working time, host not 238 bis → staff loan at cost only',
    answers: { ...company, timeUse: 'working_time', durationDays: 30, destinationCountry: 'FR', hostKind: 'association', hostCountry: 'FR', hostGeneralInterest: false },
    expected: ['staff_loan'],
  },
  {
    label: '3. employee on unpaid leave ≤ 6 months, listed humanitarian association abroad → CSI',
    answers: { ...company, timeUse: 'unpaid_leave', durationMonths: 6, seniorityMonths: 12, destinationCountry: 'MG', hostKind: 'association', hostOnSolidarityLeaveList: true },
    expected: ['solidarity_leave'],
  },
  {
    label: '3. same, with an approved VSI sender → CSI + VSI',
    answers: { ...company, timeUse: 'unpaid_leave', durationMonths: 6, seniorityMonths: 30, destinationCountry: 'MG', hostKind: 'association', hostOnSolidarityLeaveList: true, ...vsiVolunteer },
    expected: ['solidarity_leave', 'vsi'],
  },
  {
    label: '4. company employee on paid leave, 2–4 weeks, NGO programme → solidarity holiday',
    answers: { ...company, timeUse: 'paid_holiday', durationDays: 14, age: 35, destinationCountry: 'BJ', hostKind: 'association', hostRunsSolidarityHolidayProgramme: true },
    expected: ['solidarity_holiday'],
  },
  {
    label: '5. volunteer with no job, full time, 1–2 years, approved sender, outside the EEA → VSI',
    answers: { providerKind: 'association', personStatus: 'job_seeker', timeUse: 'free_time', durationMonths: 24, destinationCountry: 'BF', ...vsiVolunteer },
    expected: ['vsi'],
  },
  {
    label: '6. young person 16–25, 24–35 h a week, 6–12 months, approved host → civic service',
    answers: { providerKind: 'association', personStatus: 'job_seeker', age: 20, durationMonths: 8, hoursPerWeek: 28, hostCivicServiceApproved: true, destinationCountry: 'SN' },
    expected: ['civic_service'],
  },
  {
    label: '7. local authority, civil servant, working time, ≤ 18 months, 238 bis a host → 3DS skills sponsorship',
    answers: { providerKind: 'local_authority', publicEmployerInExperiment: true, personStatus: 'civil_servant', timeUse: 'working_time', durationMonths: 12, startDate: '2026-03-01', hostKind: 'association', hostGeneralInterest: true, destinationCountry: 'FR' },
    expected: ['skills_sponsorship'],
    route: 'public_agent',
  },
  {
    label: '8. local authority with a foreign local authority, abroad → L1115-1 cooperation',
    answers: { providerKind: 'local_authority', hostKind: 'foreign_partner', hostForeignLocalAuthority: true, destinationCountry: 'ML', durationMonths: 24 },
    expected: ['decentralised_cooperation'],
  },
  {
    label: '9. university student, study, ≤ 6 months, any host → internship',
    answers: { providerKind: 'university', personStatus: 'student', timeUse: 'study', durationMonths: 6, destinationCountry: 'VN', hostKind: 'foreign_partner' },
    expected: ['internship'],
  },
  {
    label: '10. anyone on free time, general-interest host → volunteering',
    answers: { providerKind: 'association', personStatus: 'retiree', timeUse: 'free_time', durationDays: 20, hostKind: 'association', hostGeneralInterest: true, destinationCountry: 'TG' },
    expected: ['volunteering'],
  },
];

