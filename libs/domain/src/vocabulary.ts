/** The closed vocabularies of the product (see DESIGN.md, "Words we use"). */

export const ORGANIZATION_KINDS = [
  'association',
  'company',
  'local_authority',
  'university',
  'network',
  'foreign_partner',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Legal frames that can carry an engagement; the toolbox describes each one. */
export const MECHANISM_CODES = [
  'skills_sponsorship',
  'staff_loan',
  'solidarity_leave',
  'solidarity_holiday',
  'vsi',
  'civic_service',
  'internship',
  'volunteering',
  'public_secondment',
] as const;
export type MechanismCode = (typeof MECHANISM_CODES)[number];

export const WORK_MODES = ['onsite', 'remote', 'hybrid'] as const;
export type WorkMode = (typeof WORK_MODES)[number];

export const POSTING_STATUSES = ['draft', 'open', 'closed'] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];

export const MEMBERSHIP_ROLES = ['admin', 'member'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const SKILL_TYPES = ['skill', 'knowledge'] as const;
export type SkillType = (typeof SKILL_TYPES)[number];

export const EMAIL_PREFERENCES = ['immediate', 'daily', 'off'] as const;
export type EmailPreference = (typeof EMAIL_PREFERENCES)[number];
