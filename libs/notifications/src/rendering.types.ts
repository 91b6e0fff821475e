import type { Locale, MembershipRole } from '@relais/domain';

export type { Locale, MembershipRole };

/** Which posting the recipient owns: a host hears about an offer for its need, a provider about a need for its offer. */
export type PostingSide = 'need' | 'offer';

/** One line of "why this suggestion", already written in both languages by the matcher. */
export interface SuggestionReason {
  factor: string;
  text: { fr: string; en: string };
}

/** One suggestion as the recipient sees it. `score` is in [0, 1]; `link` is an absolute http(s) URL. */
export interface SuggestionItem {
  side: PostingSide;
  ownTitle: string;
  otherTitle: string;
  otherOrganizationName: string;
  score: number;
  reasons: SuggestionReason[];
  link: string;
}

export interface SuggestionEmailInput extends SuggestionItem {
  recipientName: string;
  /** `${PUBLIC_URL}/settings/notifications` */
  preferencesLink: string;
}

export interface DigestEmailInput {
  recipientName: string;
  /** Shown in the order given: the caller decides (e.g. best score first). */
  items: SuggestionItem[];
  preferencesLink: string;
}

export type InAppNotificationInput = Pick<SuggestionItem, 'side' | 'ownTitle' | 'otherTitle' | 'otherOrganizationName' | 'score'>;

/** An invitation to join an organization, for an address that may have no account (so no known language). */
export interface InvitationEmailInput {
  inviterName: string;
  organizationName: string;
  role: MembershipRole;
  /** `${PUBLIC_URL}/invitations/${token}` */
  link: string;
  expiresAt: Date;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface RenderedInAppNotification {
  title: string;
  body: string;
}
