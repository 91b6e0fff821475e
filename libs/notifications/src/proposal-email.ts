import { copyFor } from './email-copy';
import { checkLink, escapeHtml, formatDate, quoteTitle, singleLine, truncate } from './email-format';
import { htmlButton, htmlDocument, textDocument } from './email-layout';
import type { Locale, RenderedEmail } from './rendering.types';

/** What happened: a proposal arrived, or the other side answered one of ours. */
export type ProposalEvent = 'received' | 'accepted' | 'declined';
export type DeclineReasonCode = 'skills' | 'dates' | 'already_found' | 'other';

export interface ProposalEmailInput {
  event: ProposalEvent;
  recipientName: string;
  /** The other organization: the one that proposed, or the one that answered. */
  otherOrganizationName: string;
  needTitle: string;
  offerTitle: string;
  /** The proposer's message (received), or the text given with a decline. */
  message: string | null;
  respondBy: Date;
  declineReason: DeclineReasonCode | null;
  /** The organization's proposals page. */
  link: string;
  preferencesLink: string;
}

const REASONS: Record<Locale, Record<DeclineReasonCode, string>> = {
  fr: { skills: 'ce ne sont pas les bonnes compétences', dates: 'les dates ne conviennent pas', already_found: 'la structure a déjà trouvé', other: 'une autre raison' },
  en: { skills: 'not the right skills', dates: 'the dates do not fit', already_found: 'they already found someone', other: 'another reason' },
};

type Lines = { subject: string; sentence: string; quote: string | null; after: string; button: string };

function lines(input: ProposalEmailInput, locale: Locale): Lines {
  const other = truncate(singleLine(input.otherOrganizationName), 120);
  const need = quoteTitle(input.needTitle, locale);
  const offer = quoteTitle(input.offerTitle, locale);
  const message = input.message ? truncate(input.message.trim(), 2000) : null;
  const date = formatDate(input.respondBy, locale);
  if (locale === 'fr') {
    switch (input.event) {
      case 'received':
        return {
          subject: `${other} vous propose de travailler ensemble`,
          sentence: `${other} vous propose un partenariat autour du besoin ${need} et de l'offre ${offer}. Son message\u00a0:`,
          quote: message,
          after: `Répondez avant le ${date}\u00a0: acceptez pour échanger vos coordonnées, ou déclinez en disant pourquoi.`,
          button: 'Répondre à la proposition',
        };
      case 'accepted':
        return {
          subject: `${other} a accepté votre proposition`,
          sentence: `${other} a accepté votre proposition autour du besoin ${need} et de l'offre ${offer}.`,
          quote: null,
          after: 'Vous trouverez sur Relais les noms et adresses pour vous écrire.',
          button: 'Voir la proposition',
        };
      case 'declined':
        return {
          subject: `${other} a décliné votre proposition`,
          sentence: `${other} a décliné votre proposition autour du besoin ${need} et de l'offre ${offer}. Raison donnée\u00a0: ${REASONS.fr[input.declineReason ?? 'other']}.`,
          quote: message,
          after: "D'autres suggestions vous attendent peut-être sur Relais.",
          button: 'Voir la proposition',
        };
    }
  }
  switch (input.event) {
    case 'received':
      return {
        subject: `${other} proposes to work with you`,
        sentence: `${other} proposes a partnership on the need ${need} and the offer ${offer}. Their message:`,
        quote: message,
        after: `Answer by ${date}: accept to share your contact details, or decline and say why.`,
        button: 'Answer the proposal',
      };
    case 'accepted':
      return {
        subject: `${other} accepted your proposal`,
        sentence: `${other} accepted your proposal on the need ${need} and the offer ${offer}.`,
        quote: null,
        after: 'Relais shows the names and addresses to write to each other.',
        button: 'See the proposal',
      };
    case 'declined':
      return {
        subject: `${other} declined your proposal`,
        sentence: `${other} declined your proposal on the need ${need} and the offer ${offer}. Reason given: ${REASONS.en[input.declineReason ?? 'other']}.`,
        quote: message,
        after: 'Other suggestions may be waiting for you on Relais.',
        button: 'See the proposal',
      };
  }
}

/** The e-mail a member gets when a proposal arrives for their organization, or when one it sent is answered. */
export function renderProposalEmail(input: ProposalEmailInput, locale: Locale): RenderedEmail {
  const link = checkLink(input.link);
  const l = lines(input, locale);
  const copy = copyFor(locale);
  const subject = copy.labelled('Relais', l.subject);
  const text = textDocument(
    locale,
    input.recipientName,
    [l.sentence, ...(l.quote ? ['', ...l.quote.split('\n').map((line) => `> ${line}`)] : []), '', l.after, copy.labelled(l.button, link)],
    input.preferencesLink,
  );
  const html = htmlDocument(
    locale,
    subject,
    input.recipientName,
    [
      `<p style="margin:0 0 8px">${escapeHtml(l.sentence)}</p>`,
      ...(l.quote ? [`<blockquote style="margin:0 0 8px;padding:8px 12px;border-left:3px solid #0f766e;white-space:pre-wrap">${escapeHtml(l.quote)}</blockquote>`] : []),
      `<p style="margin:0 0 8px">${escapeHtml(l.after)}</p>`,
      htmlButton(link, l.button),
    ].join('\n'),
    input.preferencesLink,
  );
  return { subject, text, html };
}
