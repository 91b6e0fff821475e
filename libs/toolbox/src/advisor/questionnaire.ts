import { type Locale, ORGANIZATION_KINDS, type OrganizationKind } from '@relais/domain';
import { EEA, FRENCH_OVERSEAS } from '../geography';
import { text as t, type Text } from '../text';
import { KNOWN_YEARS, valuesFor } from '../values/dated-values';
import { type AnswerField, HOST_ACTION_TYPES, type HostActionType, PERSON_STATUSES, type PersonStatus, TIME_USES, type TimeUse } from './answers';
import { FIELD_QUESTIONS } from './questions';
export { isAsked } from './is-asked';

/**
 * The advisor as a questionnaire: every answer it reads, in the order a person would give
 * them, with the possible answers labelled and the conditions under which a question matters.
 * Pure data for a client to walk step by step; "I don't know" is always possible and means
 * leaving the answer out.
 */

export type QuestionKind = 'choice' | 'boolean' | 'number' | 'date' | 'country' | 'duration';
export type AnswerValue = string | number | boolean;
export type QuestionOption = { value: string | boolean; label: string };

/**
 * Asked only when the earlier answer to `field` is unknown or passes every test given:
 * among `oneOf`, not among `noneOf`, within [`min`, `max`].
 */
export type AskCondition = { field: AnswerField; oneOf?: readonly AnswerValue[]; noneOf?: readonly AnswerValue[]; min?: number; max?: number };

export type AdvisorQuestion = {
  /** The answer field, or `duration` for the one question that fills durationDays or durationMonths. */
  id: string;
  kind: QuestionKind;
  question: string;
  /** choice and boolean. */
  options?: QuestionOption[];
  /** duration: the field each unit fills. */
  units?: { field: AnswerField; label: string }[];
  /** number: what is counted, and the bounds the advisor accepts. */
  unit?: string;
  min?: number;
  max?: number;
  /** Every condition must hold for the question to be asked; none means always asked. */
  askIf?: AskCondition[];
};

type Step = Omit<AdvisorQuestion, 'question' | 'options' | 'units' | 'unit'> & {
  question?: Text;
  options?: { value: string | boolean; label: Text }[];
  units?: { field: AnswerField; label: Text }[];
  unit?: Text;
};

const KIND_LABELS: Record<OrganizationKind, Text> = {
  association: t('Association', 'Association'),
  company: t('Entreprise', 'Company'),
  local_authority: t('Collectivité territoriale', 'Local authority'),
  university: t('Université ou école', 'University or school'),
  network: t('Réseau', 'Network'),
  foreign_partner: t("Partenaire à l'étranger", 'Partner abroad'),
};

const STATUS_LABELS: Record<PersonStatus, Text> = {
  private_employee: t('Salarié(e) de droit privé (entreprise, association…)', 'Employee under a private-law contract (company, association…)'),
  civil_servant: t('Fonctionnaire', 'Civil servant (tenured)'),
  public_contract_agent: t('Agent public contractuel', 'Non-tenured public agent'),
  student: t('Étudiant(e)', 'Student'),
  retiree: t('Retraité(e)', 'Retiree'),
  self_employed: t('Travailleur(se) indépendant(e)', 'Self-employed'),
  job_seeker: t("Demandeur(se) d'emploi", 'Job seeker'),
  no_activity: t('Sans activité professionnelle', 'No professional activity'),
};

const TIME_LABELS: Record<TimeUse, Text> = {
  working_time: t('Temps de travail rémunéré', 'Paid working time'),
  unpaid_leave: t('Congé sans solde', 'Unpaid leave'),
  paid_holiday: t('Congés payés ou RTT', 'Paid holiday or RTT days'),
  free_time: t('Temps libre', 'Free time'),
  study: t('Études (stage du cursus)', 'Studies (internship within a course)'),
};

const ACTION_LABELS: Record<HostActionType, Text> = {
  humanitarian: t(
    'Humanitaire : urgence, besoins essentiels, insertion (santé, eau, éducation, formation, handicap, droits des femmes)',
    "Humanitarian: emergency, basic needs, social insertion (health, water, education, training, disability, women's rights)",
  ),
  development_with_humanitarian: t("Développement indissociable de l'action humanitaire", 'Development inseparable from humanitarian action'),
  environment: t('Environnement (climat, biodiversité, déforestation)', 'Environment (climate, biodiversity, deforestation)'),
  french_culture: t('Diffusion de la culture, de la langue ou des sciences françaises', 'Spreading French culture, language or science'),
  research: t("Recherche valorisée en France ou dans l'EEE", 'Research used in France or the EEA'),
  other: t('Autre', 'Other'),
};

const choices = <T extends string>(values: readonly T[], labels: Record<T, Text>) => values.map((value) => ({ value, label: labels[value] }));
const YES_NO = [
  { value: true, label: t('Oui', 'Yes') },
  { value: false, label: t('Non', 'No') },
];
const MONTHS = t('mois', 'months');

/** Bounds over every year of the table, so that skipping a question is right whatever the mission's year. */
function civicServiceAges() {
  const rows = KNOWN_YEARS.map((year) => valuesFor(year).civicService);
  return {
    minAge: Math.min(...rows.map((row) => row.minAge)),
    maxAge: Math.min(...rows.map((row) => row.maxAge)),
    maxAgeDisabled: Math.max(...rows.map((row) => row.maxAgeDisabled)),
  };
}

/** Where the 2017 abroad test and the VSI apply: outside the EEA and outside France overseas. */
const WITHIN_EEA = [...EEA, ...FRENCH_OVERSEAS];

function steps(): Step[] {
  const ages = civicServiceAges();
  const company = { field: 'providerKind', oneOf: ['company'] } as const;
  const outsideEea = { field: 'destinationCountry', noneOf: WITHIN_EEA } as const;
  const onVsiTime = { field: 'timeUse', oneOf: ['free_time', 'unpaid_leave'] } as const;
  const civicServiceAge = { field: 'age', min: ages.minAge, max: ages.maxAgeDisabled } as const;
  const notForCivicService = ['company', 'foreign_partner'];
  const bool = (id: AnswerField, askIf?: AskCondition[]): Step => ({ id, kind: 'boolean', options: YES_NO, askIf });
  const count = (id: AnswerField, unit: Text, max: number, askIf?: AskCondition[]): Step => ({ id, kind: 'number', unit, min: 0, max, askIf });
  return [
    { id: 'providerKind', kind: 'choice', options: choices(ORGANIZATION_KINDS, KIND_LABELS) },
    bool('companyRealTaxRegime', [company]),
    bool('publicEmployerInExperiment', [{ field: 'providerKind', oneOf: ['local_authority', 'university'] }]),
    { id: 'personStatus', kind: 'choice', options: choices(PERSON_STATUSES, STATUS_LABELS) },
    count('seniorityMonths', MONTHS, 900, [{ field: 'personStatus', oneOf: ['private_employee'] }]),
    count('age', t('ans', 'years'), 130),
    bool('disabled', [{ field: 'age', min: ages.maxAge + 1, max: ages.maxAgeDisabled }]),
    { id: 'timeUse', kind: 'choice', options: choices(TIME_USES, TIME_LABELS) },
    {
      id: 'duration',
      kind: 'duration',
      question: t('Combien de temps la mission dure-t-elle ?', 'How long does the mission last?'),
      units: [
        { field: 'durationDays', label: t('jours', 'days') },
        { field: 'durationMonths', label: MONTHS },
      ],
    },
    { id: 'startDate', kind: 'date' },
    count('hoursPerWeek', t('heures par semaine', 'hours a week'), 168, [
      { field: 'providerKind', noneOf: notForCivicService },
      civicServiceAge,
    ]),
    { id: 'destinationCountry', kind: 'country' },
    bool('nationalOrResidentOfDestination', [onVsiTime, outsideEea]),
    count('previousVsiMonths', MONTHS, 900, [onVsiTime, outsideEea]),
    bool('approvedVsiSender', [onVsiTime, outsideEea]),
    { id: 'hostKind', kind: 'choice', options: choices(ORGANIZATION_KINDS, KIND_LABELS) },
    { id: 'hostCountry', kind: 'country' },
    bool('hostEeaApproved', [{ field: 'hostCountry', oneOf: [...EEA].filter((code) => code !== 'FR') }]),
    bool('hostGeneralInterest'),
    { id: 'hostActionType', kind: 'choice', options: choices(HOST_ACTION_TYPES, ACTION_LABELS), askIf: [company, outsideEea] },
    bool('programmeControlledFromFrance', [company, outsideEea]),
    bool('fundsActionsDirectly', [company, outsideEea]),
    bool('canJustifyExpenses', [company, outsideEea]),
    bool('hostHumanitarian', [{ field: 'timeUse', oneOf: ['unpaid_leave'] }, { field: 'personStatus', oneOf: ['private_employee'] }]),
    bool('hostOnSolidarityLeaveList', [{ field: 'timeUse', oneOf: ['unpaid_leave'] }, { field: 'personStatus', oneOf: ['private_employee'] }]),
    bool('hostRunsSolidarityHolidayProgramme', [{ field: 'timeUse', oneOf: ['paid_holiday'] }, company]),
    bool('hostCivicServiceApproved', [{ field: 'providerKind', noneOf: notForCivicService }, civicServiceAge]),
    bool('hostForeignLocalAuthority', [{ field: 'providerKind', oneOf: ['local_authority'] }, { field: 'hostKind', oneOf: ['foreign_partner'] }]),
    bool('hostListedForSecondment', [
      { field: 'providerKind', oneOf: ['local_authority', 'university'] },
      { field: 'personStatus', oneOf: ['civil_servant', 'public_contract_agent'] },
    ]),
  ];
}

function resolve(step: Step, locale: Locale): AdvisorQuestion {
  const question: AdvisorQuestion = {
    id: step.id,
    kind: step.kind,
    question: (step.question ?? FIELD_QUESTIONS[step.id as AnswerField])[locale],
  };
  if (step.options) question.options = step.options.map((option) => ({ value: option.value, label: option.label[locale] }));
  if (step.units) question.units = step.units.map((unit) => ({ field: unit.field, label: unit.label[locale] }));
  if (step.unit) question.unit = step.unit[locale];
  if (step.min !== undefined) question.min = step.min;
  if (step.max !== undefined) question.max = step.max;
  if (step.askIf) question.askIf = step.askIf.map((condition) => ({ ...condition }));
  return question;
}

/** The questions in order, in one language. */
export function advisorQuestionnaire(locale: Locale): AdvisorQuestion[] {
  return steps().map((step) => resolve(step, locale));
}

