/**
 * The toolbox: legal mechanisms as data plus pure functions (no I/O). See DESIGN.md,
 * "The toolbox is data plus pure functions". Facts come from the project's facts sheet and
 * are encoded here; nothing is read at run time.
 */
export { ToolboxInputError, UnknownYearError } from './errors';
export { MAX_FIGURE } from './input-checks';
export type { Text } from './text';
export { SOURCES, type Source, type SourceId } from './sources';
export {
  EXTRA_MECHANISM_CODES, isToolboxMechanismCode, TOOLBOX_MECHANISM_CODES,
  type ExtraMechanismCode, type ToolboxMechanismCode,
} from './mechanism-codes';
export { KNOWN_YEARS, valuesFor, valuesForRules, type YearValues } from './values/dated-values';

export { mechanism, mechanismCatalog, mechanismEntry } from './catalog/catalog';
export { FACTS_CHECKED_ON, type MechanismEntry, type MechanismSheet } from './catalog/mechanism-entry';

export {
  HOST_ACTION_TYPES, PERSON_STATUSES, TIME_USES,
  type AdvisorAnswers, type AnswerField, type HostActionType, type PersonStatus, type TimeUse,
} from './advisor/answers';
export { FIELD_QUESTIONS } from './advisor/questions';
export {
  advisorQuestionnaire, isAsked,
  type AdvisorQuestion, type AnswerValue, type AskCondition, type QuestionKind, type QuestionOption,
} from './advisor/questionnaire';
export { advise, type Eligibility, type MechanismAdvice, type MissingInfo, type RuleResult } from './advisor/advise';
export type { Outcome } from './advisor/rule';
export {
  MATCH_RULE_IDS, mechanismExclusions, usableMechanisms,
  type Exclusion, type MissionContext, type OrganizationFacts,
} from './advisor/usable-mechanisms';

export { formatAmount, formatEuros, type FormulaStep } from './numbers/display';
export {
  skillsSponsorship,
  type EmployerCharges, type LentPerson, type LentPersonResult, type SkillsSponsorshipInput, type SkillsSponsorshipResult,
} from './calculators/skills-sponsorship';
export { internshipGratification, type InternshipGratificationResult } from './calculators/internship-gratification';
export { volunteerExpenses, type VolunteerExpensesInput, type VolunteerExpensesResult } from './calculators/volunteer-expenses';
