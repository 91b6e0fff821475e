import { COUNTRY_CODES, ORGANIZATION_KINDS, type OrganizationKind } from '@relais/domain';
import { ToolboxInputError } from '../errors';
import {
  checkObject, checkOptionalBoolean, checkOptionalChoice, checkOptionalDate, checkOptionalNumber,
} from '../input-checks';
import { FIELD_QUESTIONS } from './questions';

/** What the advisor asks. Every answer is optional: undefined means "not known". */

export const PERSON_STATUSES = [
  'private_employee', // employee under a private-law contract (company, association…)
  'civil_servant', // fonctionnaire
  'public_contract_agent', // non-tenured public agent
  'student',
  'retiree',
  'self_employed',
  'job_seeker',
  'no_activity',
] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** Whose time the mission uses. */
export const TIME_USES = ['working_time', 'unpaid_leave', 'paid_holiday', 'free_time', 'study'] as const;
export type TimeUse = (typeof TIME_USES)[number];

/** Kinds of action abroad the 2017 territoriality doctrine accepts for sponsorship, plus `other`. */
export const HOST_ACTION_TYPES = [
  'humanitarian', // emergency or basic needs + social insertion (health, water, education, training, disability, women's rights)
  'development_with_humanitarian', // inseparable from humanitarian action, local, not run by a for-profit
  'environment', // climate, biodiversity, deforestation
  'french_culture', // French culture, language, science
  'research', // research used in France/EEA
  'other',
] as const;
export type HostActionType = (typeof HOST_ACTION_TYPES)[number];

export type AdvisorAnswers = {
  providerKind?: OrganizationKind;
  personStatus?: PersonStatus;
  timeUse?: TimeUse;
  /** Length of the mission: in calendar days or in months (give one; months win if both). */
  durationDays?: number;
  durationMonths?: number;
  /** First day of the mission, YYYY-MM-DD. */
  startDate?: string;
  /** Where the mission takes place, ISO 3166-1 alpha-2. */
  destinationCountry?: string;
  hostKind?: OrganizationKind;
  /** Country of the host's seat, ISO 3166-1 alpha-2. */
  hostCountry?: string;
  /** Host is a general-interest body in the sense of CGI 238 bis (non-profit, disinterested, open, eligible field). */
  hostGeneralInterest?: boolean;
  /** Host seated elsewhere in the EU/EEA holds an approval or can prove equivalence. */
  hostEeaApproved?: boolean;
  hostActionType?: HostActionType;
  /** Abroad test of 2017: the French host controls the programme from France… */
  programmeControlledFromFrance?: boolean;
  /** …funds the actions directly (not a mere relay)… */
  fundsActionsDirectly?: boolean;
  /** …and can justify the expenses. */
  canJustifyExpenses?: boolean;
  hostHumanitarian?: boolean;
  /** Host is on the list of the arrêté of 16/07/1996 (or an international organisation France belongs to). */
  hostOnSolidarityLeaveList?: boolean;
  /** Host runs a solidarity-holiday programme (Planète Urgence type). */
  hostRunsSolidarityHolidayProgramme?: boolean;
  hostCivicServiceApproved?: boolean;
  hostForeignLocalAuthority?: boolean;
  /** Host is among the bodies a civil servant can be seconded to (CGFP L512-8). */
  hostListedForSecondment?: boolean;
  /** The sending association holds the Foreign Ministry's VSI approval. */
  approvedVsiSender?: boolean;
  seniorityMonths?: number;
  age?: number;
  disabled?: boolean;
  hoursPerWeek?: number;
  /** Provider company taxed (IR/IS) under a real regime: not micro, not exempt. */
  companyRealTaxRegime?: boolean;
  /** Employer within the 3DS experiment: State, commune > 3 500 inhabitants, département, région, EPCI with own taxation, public hospital. */
  publicEmployerInExperiment?: boolean;
  previousVsiMonths?: number;
  nationalOrResidentOfDestination?: boolean;
};

export type AnswerField = keyof AdvisorAnswers;

/** Average month length, to compare a duration given in days with limits in months. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Checked answers, with the duration available in both units. */
export type Answers = AdvisorAnswers & { months?: number; days?: number };

function checkCountry(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  const code = typeof value === 'string' ? value.toUpperCase() : '';
  if (!COUNTRY_CODES.has(code)) throw new ToolboxInputError(field, 'must be an ISO 3166-1 alpha-2 country code');
  return code;
}

/**
 * No mechanism lasts a century: a longer duration is a typing slip, and one around 1e9 days sent
 * the end-date arithmetic past the calendar (a 500).
 */
export const MAX_DURATION_MONTHS = 1200;

/** Validates the answers (throwing ToolboxInputError naming the field) and derives the duration in both units. */
export function checkAnswers(input: AdvisorAnswers): Answers {
  const raw = checkObject(input ?? {}, '(root)');
  const known = new Set<string>(Object.keys(FIELD_QUESTIONS));
  const unknownField = Object.keys(raw).find((key) => !known.has(key));
  if (unknownField) throw new ToolboxInputError(unknownField, 'is not a known field');
  const bool = (field: AnswerField) => checkOptionalBoolean(raw[field], field);
  const count = (field: AnswerField, max?: number) => checkOptionalNumber(raw[field], field, { min: 0, max });
  const answers: Answers = {
    providerKind: checkOptionalChoice(raw.providerKind, 'providerKind', ORGANIZATION_KINDS),
    personStatus: checkOptionalChoice(raw.personStatus, 'personStatus', PERSON_STATUSES),
    timeUse: checkOptionalChoice(raw.timeUse, 'timeUse', TIME_USES),
    durationDays: checkOptionalNumber(raw.durationDays, 'durationDays', { above: 0, max: Math.round(MAX_DURATION_MONTHS * DAYS_PER_MONTH), unit: 'days' }),
    durationMonths: checkOptionalNumber(raw.durationMonths, 'durationMonths', { above: 0, max: MAX_DURATION_MONTHS, unit: 'months' }),
    startDate: checkOptionalDate(raw.startDate, 'startDate'),
    destinationCountry: checkCountry(raw.destinationCountry, 'destinationCountry'),
    hostKind: checkOptionalChoice(raw.hostKind, 'hostKind', ORGANIZATION_KINDS),
    hostCountry: checkCountry(raw.hostCountry, 'hostCountry'),
    hostGeneralInterest: bool('hostGeneralInterest'),
    hostEeaApproved: bool('hostEeaApproved'),
    hostActionType: checkOptionalChoice(raw.hostActionType, 'hostActionType', HOST_ACTION_TYPES),
    programmeControlledFromFrance: bool('programmeControlledFromFrance'),
    fundsActionsDirectly: bool('fundsActionsDirectly'),
    canJustifyExpenses: bool('canJustifyExpenses'),
    hostHumanitarian: bool('hostHumanitarian'),
    hostOnSolidarityLeaveList: bool('hostOnSolidarityLeaveList'),
    hostRunsSolidarityHolidayProgramme: bool('hostRunsSolidarityHolidayProgramme'),
    hostCivicServiceApproved: bool('hostCivicServiceApproved'),
    hostForeignLocalAuthority: bool('hostForeignLocalAuthority'),
    hostListedForSecondment: bool('hostListedForSecondment'),
    approvedVsiSender: bool('approvedVsiSender'),
    seniorityMonths: count('seniorityMonths', 900),
    age: count('age', 130),
    disabled: bool('disabled'),
    hoursPerWeek: count('hoursPerWeek', 168),
    companyRealTaxRegime: bool('companyRealTaxRegime'),
    publicEmployerInExperiment: bool('publicEmployerInExperiment'),
    previousVsiMonths: count('previousVsiMonths', 900),
    nationalOrResidentOfDestination: bool('nationalOrResidentOfDestination'),
  };
  answers.months = answers.durationMonths ?? (answers.durationDays === undefined ? undefined : answers.durationDays / DAYS_PER_MONTH);
  answers.days = answers.durationDays ?? (answers.durationMonths === undefined ? undefined : answers.durationMonths * DAYS_PER_MONTH);
  return answers;
}
