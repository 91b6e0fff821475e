import type { Locale, MembershipRole, PostingSide } from './rendering.types';

/**
 * The wording of every message, per language. Arguments are plain text already quoted or
 * formatted (see email-format.ts); the renderers escape whole sentences for HTML, so the
 * wording here is plain text too.
 */
export interface Copy {
  greeting(name: string): string;
  /** "Label : value" with the language's punctuation (a no-break space before the colon in French). */
  labelled(label: string, value: string): string;
  suggestionSubject(side: PostingSide, ownTitle: string): string;
  /** The other side's posting: "L'offre « … » proposée par …". */
  otherPosting(side: PostingSide, otherTitle: string, organization: string): string;
  /** "<other posting> correspond à votre besoin « … »." */
  matchSentence(side: PostingSide, otherPosting: string, ownTitle: string): string;
  scoreLine(percent: string): string;
  reasonsHeading: string;
  viewSuggestion: string;
  digestSubject(count: number): string;
  digestIntro(count: number): string;
  digestItemHeading(side: PostingSide, ownTitle: string): string;
  /** "5 nouvelles suggestions pour votre besoin « … »": a short window's suggestions for one posting. */
  groupHeading(count: number, side: PostingSide, ownTitle: string): string;
  /** The window's e-mail when its suggestions are for several postings. */
  groupedSubject(count: number, postings: number): string;
  groupedIntro(count: number): string;
  /** "… et 3 autres": suggestions of a group not listed in the e-mail. */
  andMore(count: number): string;
  viewSuggestions: string;
  footer: string;
  changePreferences: string;
  inAppTitle(side: PostingSide, ownTitle: string): string;
  invitationSubject(inviter: string, organization: string): string;
  invitationSentence(inviter: string, organization: string, role: MembershipRole): string;
  invitationHowTo: string;
  acceptInvitation: string;
  invitationExpiry(date: string): string;
  invitationFooter(inviter: string): string;
}

const fr: Copy = {
  greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
  labelled: (label, value) => `${label}\u00a0: ${value}`,
  suggestionSubject: (side, ownTitle) => `Une nouvelle suggestion pour votre ${side === 'need' ? 'besoin' : 'offre'} ${ownTitle}`,
  otherPosting: (side, otherTitle, organization) =>
    side === 'need' ? `L'offre ${otherTitle} proposée par ${organization}` : `Le besoin ${otherTitle} publié par ${organization}`,
  matchSentence: (side, otherPosting, ownTitle) =>
    `${otherPosting} correspond à votre ${side === 'need' ? 'besoin' : 'offre'} ${ownTitle}.`,
  scoreLine: (percent) => `Pertinence\u00a0: ${percent}`,
  reasonsHeading: 'Pourquoi cette suggestion\u00a0:',
  viewSuggestion: 'Voir la suggestion',
  digestSubject: (count) =>
    count === 1 ? 'Relais\u00a0: une nouvelle suggestion de mise en relation' : `Relais\u00a0: ${count} nouvelles suggestions de mise en relation`,
  digestIntro: (count) =>
    count === 1
      ? 'Voici une nouvelle suggestion de mise en relation depuis notre dernier résumé\u00a0:'
      : `Voici ${count} nouvelles suggestions de mise en relation depuis notre dernier résumé\u00a0:`,
  digestItemHeading: (side, ownTitle) => `Pour votre ${side === 'need' ? 'besoin' : 'offre'} ${ownTitle}`,
  groupHeading: (count, side, ownTitle) =>
    `${count === 1 ? 'Une nouvelle suggestion' : `${count} nouvelles suggestions`} pour votre ${side === 'need' ? 'besoin' : 'offre'} ${ownTitle}`,
  groupedSubject: (count, postings) => `Relais\u00a0: ${count} nouvelles suggestions pour ${postings} de vos annonces`,
  groupedIntro: (count) => `Voici ${count} nouvelles suggestions de mise en relation\u00a0:`,
  andMore: (count) => (count === 1 ? '… et une autre.' : `… et ${count} autres.`),
  viewSuggestions: 'Voir les suggestions',
  footer: "Vous recevez cet e-mail parce que vous êtes membre d'une structure inscrite sur Relais.",
  changePreferences: "Modifier mes préférences d'e-mails",
  inAppTitle: (side, ownTitle) => `Nouvelle suggestion pour votre ${side === 'need' ? 'besoin' : 'offre'} ${ownTitle}`,
  invitationSubject: (inviter, organization) => `${inviter} vous invite à rejoindre ${organization} sur Relais`,
  invitationSentence: (inviter, organization, role) =>
    `${inviter} vous invite à rejoindre ${organization} sur Relais, la plateforme qui met en relation les structures de ` +
    `solidarité internationale et celles qui peuvent leur prêter des compétences. Vous y aurez le rôle ` +
    `${role === 'admin' ? "d'administrateur ou d'administratrice" : 'de membre'}.`,
  invitationHowTo: 'Pour accepter, ouvrez le lien ci-dessous, puis connectez-vous ou créez votre compte avec cette adresse e-mail.',
  acceptInvitation: "Accepter l'invitation",
  invitationExpiry: (date) => `Cette invitation expire le ${date}.`,
  invitationFooter: (inviter) =>
    `Vous recevez cet e-mail parce que ${inviter} a saisi votre adresse sur Relais. Si vous ne vous attendiez pas à cette invitation, ignorez ce message.`,
};

const en: Copy = {
  greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
  labelled: (label, value) => `${label}: ${value}`,
  suggestionSubject: (side, ownTitle) => `A new suggestion for your ${side} ${ownTitle}`,
  otherPosting: (side, otherTitle, organization) =>
    side === 'need' ? `The offer ${otherTitle} from ${organization}` : `The need ${otherTitle} posted by ${organization}`,
  matchSentence: (side, otherPosting, ownTitle) => `${otherPosting} matches your ${side} ${ownTitle}.`,
  scoreLine: (percent) => `Match score: ${percent}`,
  reasonsHeading: 'Why we suggest it:',
  viewSuggestion: 'View the suggestion',
  digestSubject: (count) => (count === 1 ? 'Relais: one new suggestion' : `Relais: ${count} new suggestions`),
  digestIntro: (count) =>
    count === 1 ? 'Here is a new suggestion since our last summary:' : `Here are ${count} new suggestions since our last summary:`,
  digestItemHeading: (side, ownTitle) => `For your ${side} ${ownTitle}`,
  groupHeading: (count, side, ownTitle) => `${count === 1 ? 'A new suggestion' : `${count} new suggestions`} for your ${side} ${ownTitle}`,
  groupedSubject: (count, postings) => `Relais: ${count} new suggestions for ${postings} of your postings`,
  groupedIntro: (count) => `Here are ${count} new suggestions:`,
  andMore: (count) => (count === 1 ? '… and one more.' : `… and ${count} more.`),
  viewSuggestions: 'View the suggestions',
  footer: 'You receive this e-mail because you are a member of an organization registered on Relais.',
  changePreferences: 'Change my e-mail preferences',
  inAppTitle: (side, ownTitle) => `New suggestion for your ${side} ${ownTitle}`,
  invitationSubject: (inviter, organization) => `${inviter} invites you to join ${organization} on Relais`,
  invitationSentence: (inviter, organization, role) =>
    `${inviter} invites you to join ${organization} on Relais, the platform that connects international solidarity ` +
    `organizations with those that can lend them skills. You will be ${role === 'admin' ? 'an admin' : 'a member'} there.`,
  invitationHowTo: 'To accept, open the link below, then sign in or create your account with this e-mail address.',
  acceptInvitation: 'Accept the invitation',
  invitationExpiry: (date) => `This invitation expires on ${date}.`,
  invitationFooter: (inviter) =>
    `You receive this e-mail because ${inviter} entered your address on Relais. If you did not expect this invitation, ignore this message.`,
};

const COPY: Record<Locale, Copy> = { fr, en };

export function copyFor(locale: Locale): Copy {
  return COPY[locale];
}
