export type {
  DigestEmailInput,
  InAppNotificationInput,
  InvitationEmailInput,
  Locale,
  PostingSide,
  RenderedEmail,
  RenderedInAppNotification,
  SuggestionEmailInput,
  SuggestionItem,
  SuggestionReason,
} from './rendering.types';
export { renderSuggestionEmail } from './suggestion-email';
export { renderDigestEmail } from './digest-email';
export { renderSuggestionsEmail } from './suggestions-email';
export { renderInAppNotification } from './in-app-notification';
export { renderInvitationEmail } from './invitation-email';
export { renderAccountEmail, type AccountEmailInput, type AccountEmailKind } from './account-email';
export { MailDeliveryError, Mailer, type MailerOptions, type OutgoingEmail, type SentEmail } from './mailer';
export { NotificationsModule } from './notifications.module';
export { startSmtpSink, type ReceivedEmail, type SmtpSink, type SmtpSinkOptions } from './smtp-sink';
export { loadSuggestionItems, suggestionLink } from './suggestion-items';
export { renderProposalEmail, renderProposalNotification, type DeclineReasonCode, type ProposalEmailInput, type ProposalEvent, type ProposalNoticeInput } from './proposal-email';
export { engagementLink, loadProposalItems, proposalItemKey, proposalLink, recipientOf, type ProposalItem, type WantedNotice } from './proposal-items';
export { renderThreadEmail, type ThreadEmailInput } from './thread-email';
