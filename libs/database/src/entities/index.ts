import { AccountToken } from './account-token.entity';
import { EmailMessage } from './email-message.entity';
import { Engagement } from './engagement.entity';
import { EngagementNote } from './engagement-note.entity';
import { Evaluation } from './evaluation.entity';
import { FailedJob } from './failed-job.entity';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { Need } from './need.entity';
import { Notification } from './notification.entity';
import { Offer } from './offer.entity';
import { Organization } from './organization.entity';
import { PostingImport } from './posting-import.entity';
import { TextEmbedding } from './text-embedding.entity';
import { Proposal } from './proposal.entity';
import { ProposalMessage } from './proposal-message.entity';
import { SignedCopy } from './signed-copy.entity';
import { TimeEntry } from './time-entry.entity';
import { OutboxEvent } from './outbox-event.entity';
import { Session } from './session.entity';
import { Skill } from './skill.entity';
import { Suggestion } from './suggestion.entity';
import { User } from './user.entity';

export { AccountToken, EmailMessage, Engagement, EngagementNote, Evaluation, FailedJob, Invitation, Membership, Need, Notification, Offer, Organization, OutboxEvent, PostingImport, TextEmbedding, Proposal, ProposalMessage, Session, SignedCopy, Skill, Suggestion, TimeEntry, User };
export { DECLINE_REASONS, type DeclineReason } from './proposal.entity';
export { PROPOSAL_NOTICES, type ProposalNotice } from './notification.entity';
export { TIME_ENTRY_STATUSES, type TimeEntryStatus } from './time-entry.entity';
export { EFFORT_UNITS, type EffortUnit, type LentPerson, type WorkPlanItem } from './engagement.entity';
export { ACCOUNT_TOKEN_PURPOSES, type AccountTokenPurpose } from './account-token.entity';
export type { StoredReason } from './suggestion.entity';
export { OUTBOX_EVENT_TYPES, type OutboxEventType } from './outbox-event.entity';
export { EMBEDDED_KINDS, type EmbeddedKind } from './text-embedding.entity';
export type { ImportRefusal } from './posting-import.entity';

export const ENTITIES = [
  User,
  Session,
  AccountToken,
  Organization,
  Membership,
  Invitation,
  Skill,
  PostingImport,
  Need,
  Offer,
  TextEmbedding,
  OutboxEvent,
  Suggestion,
  Proposal,
  ProposalMessage,
  Engagement,
  SignedCopy,
  Evaluation,
  TimeEntry,
  EngagementNote,
  Notification,
  EmailMessage,
  FailedJob,
];
