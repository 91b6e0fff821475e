export * from './vocabulary';
export { normalizeRna, normalizeSiren, passesLuhn } from './identifiers';
export { checkPeriod, daysInPeriod, isIsoDate, type PeriodProblem } from './periods';
export { COUNTRY_CODES, LANGUAGE_CODES } from './iso-codes';
export { foldText } from './text';
export { nextStatus, type PostingAction } from './lifecycle';
export { withinTime } from './time-limit';
export { checkpoints, msOf, type Checkpoint } from './checkpoints';
export {
  decideEngagement,
  decideProposal,
  ENGAGEMENT_STATUSES,
  PROPOSAL_STATUSES,
  type Decision,
  type EngagementAction,
  type EngagementMarks,
  type EngagementStatus,
  type ProposalAction,
  type ProposalStatus,
  type RefusalCode,
  type Side,
} from './partnership';
