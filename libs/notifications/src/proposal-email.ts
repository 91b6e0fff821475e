import { copyFor } from './email-copy';
import { checkLink, escapeHtml, formatDate, quoteTitle, singleLine, truncate } from './email-format';
import { htmlButton, htmlDocument, textDocument } from './email-layout';
import type { Locale, RenderedEmail, RenderedInAppNotification } from './rendering.types';

/**
 * What happened: a proposal arrived, the other side answered one of ours, one waits for our
 * answer and its deadline is near, one of ours expired unanswered, the other side wrote in the
 * proposal's thread, or changed the engagement the proposal became, or that engagement reaches a
 * checkpoint (its start, its middle, its end).
 */
export type ProposalEvent = 'received' | 'accepted' | 'declined' | 'reminder' | 'expired' | 'message' | 'engagement' | 'checkpoint';
export type DeclineReasonCode = 'skills' | 'dates' | 'already_found' | 'other';

/** What a proposal's notice says, in-app or by e-mail. */
export interface ProposalNoticeInput {
  event: ProposalEvent;
  /** The other organization: the one that proposed, or the one that answered (or did not). */
  otherOrganizationName: string;
  needTitle: string;
  offerTitle: string;
  /** The proposer's message (received), or the text given with a decline. */
  message: string | null;
  respondBy: Date;
  declineReason: DeclineReasonCode | null;
}

export interface ProposalEmailInput extends ProposalNoticeInput {
  recipientName: string;
  /** The proposal's page. */
  link: string;
  preferencesLink: string;
}

const REASONS: Record<Locale, Record<DeclineReasonCode, string>> = {
  fr: { skills: 'ce ne sont pas les bonnes compétences', dates: 'les dates ne conviennent pas', already_found: 'la structure a déjà trouvé', other: 'une autre raison' },
  en: { skills: 'not the right skills', dates: 'the dates do not fit', already_found: 'they already found someone', other: 'another reason' },
};

/** `quoteLabel` introduces the quoted message in e-mails. */
type Lines = { subject: string; sentence: string; quoteLabel: string; quote: string | null; after: string; button: string };

function lines(input: ProposalNoticeInput, locale: Locale): Lines {
  const other = truncate(singleLine(input.otherOrganizationName), 120);
  const need = quoteTitle(input.needTitle, locale);
  const offer = quoteTitle(input.offerTitle, locale);
  const message = input.message ? truncate(input.message.trim(), 2000) : null;
  const date = formatDate(input.respondBy, locale);
  if (locale === 'fr') {
    const pair = `autour du besoin ${need} et de l'offre ${offer}`;
    switch (input.event) {
      case 'received':
        return {
          subject: `${other} vous propose de travailler ensemble`,
          sentence: `${other} vous propose un partenariat ${pair}.`,
          quoteLabel: 'Son message\u00a0:',
          quote: message,
          after: `Répondez avant le ${date}\u00a0: acceptez pour échanger vos coordonnées, ou déclinez en disant pourquoi.`,
          button: 'Répondre à la proposition',
        };
      case 'accepted':
        return {
          subject: `${other} a accepté votre proposition`,
          sentence: `${other} a accepté votre proposition ${pair}.`,
          quoteLabel: '',
          quote: null,
          after: 'Vous trouverez sur Relais les noms et adresses pour vous écrire.',
          button: 'Voir la proposition',
        };
      case 'declined':
        return {
          subject: `${other} a décliné votre proposition`,
          sentence: `${other} a décliné votre proposition ${pair}. Raison donnée\u00a0: ${REASONS.fr[input.declineReason ?? 'other']}.`,
          quoteLabel: 'Son message\u00a0:',
          quote: message,
          after: "D'autres suggestions vous attendent peut-être sur Relais.",
          button: 'Voir la proposition',
        };
      case 'reminder':
        return {
          subject: `La proposition de ${other} attend votre réponse`,
          sentence: `La proposition de ${other} ${pair} attend votre réponse jusqu'au ${date}.`,
          quoteLabel: '',
          quote: null,
          after: `Sans réponse à cette date, elle expirera et ${other} en sera informé.`,
          button: 'Répondre à la proposition',
        };
      case 'expired':
        return {
          subject: `Votre proposition à ${other} a expiré`,
          sentence: `${other} n'a pas répondu avant le ${date} à votre proposition ${pair}\u00a0: elle a expiré.`,
          quoteLabel: '',
          quote: null,
          after: "Vous pouvez en envoyer une nouvelle, ou voir d'autres suggestions sur Relais.",
          button: 'Voir la proposition',
        };
      case 'message':
        return {
          subject: `${other} vous a écrit`,
          sentence: `Nouveau message de ${other} à propos de la proposition ${pair}.`,
          quoteLabel: '',
          quote: null,
          after: '',
          button: 'Lire et répondre',
        };
      case 'engagement':
        return {
          subject: `${other} a fait avancer votre engagement`,
          sentence: `${other} a modifié les conditions ou l'étape de l'engagement ${pair}.`,
          quoteLabel: '',
          quote: null,
          after: '',
          button: "Voir l'engagement",
        };
      case 'checkpoint':
        return {
          subject: `Point d'étape de votre engagement avec ${other}`,
          sentence: `L'engagement ${pair} arrive à une étape (début, mi-parcours ou fin)\u00a0: relevez le temps donné et cochez les étapes faites.`,
          quoteLabel: '',
          quote: null,
          after: '',
          button: "Voir l'engagement",
        };
    }
  }
  const pair = `on the need ${need} and the offer ${offer}`;
  switch (input.event) {
    case 'received':
      return {
        subject: `${other} proposes to work with you`,
        sentence: `${other} proposes a partnership ${pair}.`,
        quoteLabel: 'Their message:',
        quote: message,
        after: `Answer by ${date}: accept to share your contact details, or decline and say why.`,
        button: 'Answer the proposal',
      };
    case 'accepted':
      return {
        subject: `${other} accepted your proposal`,
        sentence: `${other} accepted your proposal ${pair}.`,
        quoteLabel: '',
        quote: null,
        after: 'Relais shows the names and addresses to write to each other.',
        button: 'See the proposal',
      };
    case 'declined':
      return {
        subject: `${other} declined your proposal`,
        sentence: `${other} declined your proposal ${pair}. Reason given: ${REASONS.en[input.declineReason ?? 'other']}.`,
        quoteLabel: 'Their message:',
        quote: message,
        after: 'Other suggestions may be waiting for you on Relais.',
        button: 'See the proposal',
      };
    case 'reminder':
      return {
        subject: `${other}'s proposal is waiting for your answer`,
        sentence: `${other}'s proposal ${pair} is waiting for your answer until ${date}.`,
        quoteLabel: '',
        quote: null,
        after: `Without an answer by then, it expires and ${other} is told.`,
        button: 'Answer the proposal',
      };
    case 'expired':
      return {
        subject: `Your proposal to ${other} expired`,
        sentence: `${other} did not answer your proposal ${pair} by ${date}: it expired.`,
        quoteLabel: '',
        quote: null,
        after: 'You may send a new one, or look at other suggestions on Relais.',
        button: 'See the proposal',
      };
    case 'message':
      return {
        subject: `${other} wrote to you`,
        sentence: `New message from ${other} about the proposal ${pair}.`,
        quoteLabel: '',
        quote: null,
        after: '',
        button: 'Read and answer',
      };
    case 'engagement':
      return {
        subject: `${other} moved your engagement on`,
        sentence: `${other} changed the terms or the stage of the engagement ${pair}.`,
        quoteLabel: '',
        quote: null,
        after: '',
        button: 'See the engagement',
      };
    case 'checkpoint':
      return {
        subject: `Checkpoint of your engagement with ${other}`,
        sentence: `The engagement ${pair} reaches a checkpoint (its start, its middle or its end): log the time given and tick the milestones done.`,
        quoteLabel: '',
        quote: null,
        after: '',
        button: 'See the engagement',
      };
  }
}

/** The bell menu's text for a proposal's news (plain text: the web app escapes it). */
export function renderProposalNotification(input: ProposalNoticeInput, locale: Locale): RenderedInAppNotification {
  const l = lines(input, locale);
  return { title: l.subject, body: l.sentence };
}

/** The e-mail a member gets when a proposal arrives for their organization, waits for its answer, or when one it sent is answered or expires. */
export function renderProposalEmail(input: ProposalEmailInput, locale: Locale): RenderedEmail {
  const link = checkLink(input.link);
  const l = lines(input, locale);
  const copy = copyFor(locale);
  const subject = copy.labelled('Relais', l.subject);
  const text = textDocument(
    locale,
    input.recipientName,
    [l.quote ? `${l.sentence} ${l.quoteLabel}` : l.sentence, ...(l.quote ? ['', ...l.quote.split('\n').map((line) => `> ${line}`)] : []), '', l.after, copy.labelled(l.button, link)],
    input.preferencesLink,
  );
  const html = htmlDocument(
    locale,
    subject,
    input.recipientName,
    [
      `<p style="margin:0 0 8px">${escapeHtml(l.quote ? `${l.sentence} ${l.quoteLabel}` : l.sentence)}</p>`,
      ...(l.quote ? [`<blockquote style="margin:0 0 8px;padding:8px 12px;border-left:3px solid #0f766e;white-space:pre-wrap">${escapeHtml(l.quote)}</blockquote>`] : []),
      `<p style="margin:0 0 8px">${escapeHtml(l.after)}</p>`,
      htmlButton(link, l.button),
    ].join('\n'),
    input.preferencesLink,
  );
  return { subject, text, html };
}
