/**
 * What the API answers, in one place. Request bodies are the API's own zod schemas (type-only
 * imports: nothing of the API reaches the bundle); vocabularies come from @relais/domain.
 */
import type { z } from 'zod';
import type {
  EmailPreference,
  Locale,
  MechanismCode,
  MembershipRole,
  OrganizationKind,
  PostingStatus,
  WorkMode,
} from '@relais/domain';
import type { createNeedBody } from '../../../../api/src/needs/dto/need.dto';
import type { createOfferBody } from '../../../../api/src/offers/dto/offer.dto';
import type { createOrganizationBody } from '../../../../api/src/organizations/dto/organization.dto';

export type NeedInput = z.input<typeof createNeedBody>;
export type OfferInput = z.input<typeof createOfferBody>;
export type OrganizationInput = z.input<typeof createOrganizationBody>;

export type Page<T> = { items: T[]; page: number; pageSize: number; total: number };
export type FacetCounts = Record<string, Record<string, number>>;
export type SearchPage<T> = Page<T> & { facets: FacetCounts };

export type User = { id: string; email: string; displayName: string; locale: Locale; emailPreference: EmailPreference; emailVerified: boolean };
export type Me = User & { isPlatformAdmin: boolean; memberships: Array<{ organizationId: string; organizationName: string; role: MembershipRole }> };
export type SignedIn = { user: User; expiresAt: string };

export type OrganizationSummary = { id: string; name: string; kind: OrganizationKind; country: string };

export type Organization = OrganizationSummary & {
  region: string | null;
  city: string | null;
  description: string;
  website: string | null;
  siren: string | null;
  rna: string | null;
  generalInterest: boolean;
  verifiedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** What the organizations it worked with said of it: on the public profile only (GET /organizations/:id). */
  ratings?: { count: number; average: number | null; comments: Array<{ rating: number; comment: string; createdAt: string; from: { id: string; name: string } }> };
};

/** An organization as the directory's search index holds it (documents indexed before verification existed lack `verified`). */
export type DirectoryEntry = Pick<Organization, 'id' | 'name' | 'kind' | 'country' | 'region' | 'city' | 'description' | 'website' | 'generalInterest'> & {
  verified?: boolean;
};

export type Member = { userId: string; email: string; displayName: string; role: MembershipRole; since: string };
export type Invitation = { id: string; email: string; role: MembershipRole; expiresAt: string; createdAt: string };
export type InvitationView = {
  organization: { id: string; name: string };
  email: string;
  role: MembershipRole;
  expiresAt: string;
  status: 'pending' | 'accepted' | 'expired' | 'revoked';
};

type PostingBase = {
  id: string;
  organizationId: string;
  title: string;
  description: string;
  skills: string[];
  keywords: string[];
  languages: string[];
  effortDays: number;
  mechanisms: MechanismCode[];
  status: PostingStatus;
  publishedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** On an organization's own listing only. */
  suggestionCount?: number;
};

export type Need = PostingBase & { country: string; city: string | null; workMode: WorkMode; startDate: string; endDate: string };

export type Offer = PostingBase & {
  availableFrom: string;
  availableTo: string | null;
  workModes: WorkMode[];
  countries: string[];
  grossMonthlyPayMin: number | null;
  grossMonthlyPayMax: number | null;
};

/** A need as the public listing shows it (the search document). */
export type NeedListing = Pick<
  Need,
  'id' | 'title' | 'description' | 'keywords' | 'skills' | 'mechanisms' | 'languages' | 'effortDays' | 'country' | 'city' | 'workMode' | 'startDate' | 'endDate'
> & { skillLabels: string[]; organization: OrganizationSummary; region: string | null };

/** An offer as the listing shows it (the search document: no pay band). */
export type OfferListing = Pick<
  Offer,
  'id' | 'title' | 'description' | 'keywords' | 'skills' | 'mechanisms' | 'languages' | 'effortDays' | 'availableFrom' | 'availableTo' | 'workModes' | 'countries'
> & { skillLabels: string[]; organization: OrganizationSummary; country: string; city: string | null; region: string | null };

export type Skill = { id: string; type: 'skill' | 'knowledge'; label: string; labelEn: string; labelFr: string | null };
export type ExtractedSkill = Skill & { confidence: number; matched: string[] };

export type ReasonFactor = 'skills' | 'text' | 'meaning' | 'dates' | 'effort' | 'language' | 'proximity' | 'mechanisms' | 'taxEstimate';
export type Reason = { factor: ReasonFactor; weight: number; value: number; text: Record<Locale, string> };

export type ProposalStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'expired';
export type DeclineReason = 'skills' | 'dates' | 'already_found' | 'other';
export type Side = 'host' | 'provider';

export type Suggestion = {
  id: string;
  score: number;
  status: 'active' | 'stale';
  mechanisms: MechanismCode[];
  reasons: Reason[];
  updatedAt: string;
  /** The pair's latest proposal, if any. */
  proposal: { id: string; status: ProposalStatus; proposerSide: Side } | null;
  need?: SuggestedPosting;
  offer?: SuggestedPosting;
};
/** `title` is null once its owner closed it: it is no longer public. */
export type SuggestedPosting = { id: string; title: string | null; status: PostingStatus; organization: OrganizationSummary };

type Person = { displayName: string; email: string };
type ProposalPosting = { id: string; title: string | null; status: PostingStatus } | null;

export type Proposal = {
  id: string;
  suggestionId: string;
  status: ProposalStatus;
  proposerSide: Side;
  from: OrganizationSummary;
  to: OrganizationSummary;
  need: ProposalPosting;
  offer: ProposalPosting;
  message: string;
  respondBy: string;
  createdAt: string;
  answeredAt: string | null;
  declineReason: DeclineReason | null;
  declineText: string | null;
  /** Once accepted: who sent it and who accepted it. */
  contacts: { proposer: Person | null; answerer: Person | null } | null;
  /** Once accepted: the engagement it became. */
  engagementId: string | null;
};

export type EngagementStatus = 'agreed' | 'agreement_signed' | 'under_way' | 'completed' | 'evaluated' | 'cancelled';
/** `grossMonthlyPay` and `chargesRate` (0.45 for 45 %): for skills sponsorship, what the agreement values the time lent from. */
export type LentPerson = { name: string; role: string; grossMonthlyPay?: number | null; chargesRate?: number | null };
export type WorkPlanItem = { title: string; due: string | null; done: boolean };
export type MechanismOption = { code: MechanismCode; usable: boolean; excludedBy: Array<{ rule: string; reason: { fr: string; en: string } }> };
type Facts = { kind?: OrganizationKind; country?: string; generalInterest?: boolean };

export type Engagement = {
  id: string;
  proposalId: string;
  status: EngagementStatus;
  /** Sent back with every change: a change on an older version is refused (409 STALE_VERSION). */
  version: number;
  host: OrganizationSummary;
  provider: OrganizationSummary;
  need: { id: string; title: string };
  offer: { id: string; title: string };
  mechanism: MechanismCode | null;
  startDate: string | null;
  endDate: string | null;
  effort: { amount: number; unit: 'days' | 'hours' } | null;
  people: LentPerson[];
  workPlan: WorkPlanItem[];
  signedBy: Side[];
  yourSides: Side[];
  /** What the toolbox's rules read of both profiles and the mission. */
  facts: { host: Facts; provider: Facts; mission: { destinationCountry: string; startDate: string } };
  options: MechanismOption[];
  /** The documents the mechanism needs, on this version of the terms (`ready` once mechanism, dates and effort are set). */
  agreement: { version: number; ready: boolean; documents: string[] };
  /** The sides that have evaluated; the evaluations the person may read (their own, the other's once both are in). GET /engagements/:id only. */
  evaluatedBy?: Side[];
  evaluations?: Evaluation[];
  updatedAt: string;
};

export type Evaluation = { side: Side; rating: number; delivered: string; again: boolean; comment: string; showComment: boolean; createdAt: string };

/** An engagement in a list (GET /organizations/:id/engagements). */
export type EngagementSummary = Pick<Engagement, 'id' | 'proposalId' | 'status' | 'version' | 'host' | 'provider' | 'need' | 'offer' | 'mechanism' | 'startDate' | 'endDate' | 'yourSides' | 'updatedAt'>;

/** A signed agreement one side uploaded, for one version of the terms. */
export type SignedCopy = { id: string; document: string; version: number; side: Side; size: number; sha256: string; createdAt: string };

export type ProposalMessage = {
  id: string;
  createdAt: string;
  body: string;
  /** The side that wrote it, and its organization. */
  side: Side;
  organization: { id: string; name: string };
  /** The author's name: for one's own organization, and for the other once the proposal is accepted. */
  author: string | null;
};

export type AppNotification = {
  id: string;
  kind: 'suggestion' | 'proposal';
  suggestionId: string | null;
  side: 'need' | 'offer' | null;
  proposalId: string | null;
  event: 'received' | 'accepted' | 'declined' | 'reminder' | 'expired' | 'message' | 'engagement' | 'checkpoint' | null;
  readAt: string | null;
  createdAt: string;
  link: string | null;
  title: string;
  body: string;
};

export type FailedJob = {
  id: string;
  queue: string;
  jobName: string;
  jobId: string;
  data: Record<string, unknown>;
  error: string;
  attempts: number;
  failedAt: string;
  replayedAt: string | null;
};

/** A day's time of one person lent: logged by the provider, approved or rejected by the host. */
export type TimeEntry = {
  id: string;
  person: string;
  day: string;
  amount: number;
  unit: 'days' | 'hours';
  note: string;
  status: 'pending' | 'approved' | 'rejected';
  rejectReason: string | null;
  decidedAt: string | null;
  createdAt: string;
};
export type TimeLog = Page<TimeEntry> & {
  unit: 'days' | 'hours';
  totals: { pending: number; approved: number; rejected: number };
  /** For skills sponsorship: the value of the approved time (null while a person's pay is missing). */
  value: { amount: number | null; year: number } | null;
};

type ProposalCounts = Record<'pending' | 'accepted' | 'declined' | 'withdrawn' | 'expired', number>;
type EngagementCounts = Record<EngagementStatus, number>;
/** An organization's figures (GET /organizations/:id/stats, members only). */
export type OrganizationStats = {
  proposals: { sent: ProposalCounts; received: ProposalCounts };
  /** Received proposals answered before their deadline, out of those that called for an answer. */
  responseRate: number | null;
  medianResponseHours: number | null;
  engagements: { host: EngagementCounts; provider: EngagementCounts };
  time: { given: { days: number; hours: number }; received: { days: number; hours: number } };
  sponsoredValue: { given: number; received: number; engagementsWithoutPay: number };
  perMonth: Array<{ month: string; host: number; provider: number }>;
};

/** One moment of an engagement's timeline (GET /engagements/:id/timeline); `at` is a day (YYYY-MM-DD) or an instant. */
export type TimelineItem = { at: string; upcoming: boolean } & (
  | { kind: 'accepted' }
  | { kind: 'signed' | 'evaluated'; side: Side }
  | { kind: 'milestone'; title: string; done: boolean }
  | { kind: 'checkpoint'; phase: 'start' | 'middle' | 'end' }
  | { kind: 'time'; person: string; amount: number; unit: 'days' | 'hours'; status: TimeEntry['status'] }
  | { kind: 'note'; side: Side; author: string | null; body: string }
);

/** A bulk import (POST /organizations/:id/imports): `matched` of `importedCount` postings matched so far. */
export type ImportProblem = { path: string; reason: string };
export type RefusedRow = ({ line: number } | { row: number }) & { problems: ImportProblem[] };
export type PostingImport = {
  id: string;
  organizationId: string;
  kind: 'needs' | 'offers';
  mode: 'all' | 'valid';
  published: boolean;
  rowCount: number;
  importedCount: number;
  refusedCount: number;
  matched: number;
  createdAt: string;
  /** In the answer to the import and to GET one import, not in the list. */
  refused?: RefusedRow[];
};
