import { copyFor } from './email-copy';
import { checkLink, escapeHtml, formatDateTime, quoteTitle, singleLine, truncate } from './email-format';
import { htmlButton, htmlDocument, textDocument } from './email-layout';
import type { Locale, RenderedEmail } from './rendering.types';

export interface ThreadEmailInput {
  recipientName: string;
  /** The organization that wrote. */
  otherOrganizationName: string;
  needTitle: string;
  offerTitle: string;
  /** Oldest first. */
  messages: ReadonlyArray<{ at: Date; body: string }>;
  /** The proposal's page, where the thread is. */
  link: string;
  preferencesLink: string;
}

/** A few messages per e-mail at most; the rest are on the proposal's page. */
const MAX_MESSAGES = 10;

/** One e-mail for the messages another organization wrote in a proposal's thread within a window. */
export function renderThreadEmail(input: ThreadEmailInput, locale: Locale): RenderedEmail {
  const link = checkLink(input.link);
  const copy = copyFor(locale);
  const other = truncate(singleLine(input.otherOrganizationName), 120);
  const need = quoteTitle(input.needTitle, locale);
  const offer = quoteTitle(input.offerTitle, locale);
  const count = input.messages.length;
  const shown = input.messages.slice(-MAX_MESSAGES).map((m) => ({ at: formatDateTime(m.at, locale), body: truncate(m.body.trim(), 2000) }));
  const fr = locale === 'fr';
  const lead = fr
    ? `${count > 1 ? `${count} nouveaux messages` : 'Nouveau message'} de ${other} à propos de la proposition autour du besoin ${need} et de l'offre ${offer}\u00a0:`
    : `${count > 1 ? `${count} new messages` : 'New message'} from ${other} about the proposal on the need ${need} and the offer ${offer}:`;
  const more = count > shown.length ? (fr ? `Les ${count - shown.length} plus anciens sont sur Relais.` : `The ${count - shown.length} older ones are on Relais.`) : null;
  const button = fr ? 'Lire et répondre' : 'Read and answer';
  const subject = copy.labelled('Relais', fr ? `${other} vous a écrit` : `${other} wrote to you`);
  const text = textDocument(
    locale,
    input.recipientName,
    [lead, ...shown.flatMap((m) => ['', m.at, ...m.body.split('\n').map((line) => `> ${line}`)]), ...(more ? ['', more] : []), '', copy.labelled(button, link)],
    input.preferencesLink,
  );
  const html = htmlDocument(
    locale,
    subject,
    input.recipientName,
    [
      `<p style="margin:0 0 8px">${escapeHtml(lead)}</p>`,
      ...shown.map(
        (m) =>
          `<p style="margin:12px 0 4px;color:#555;font-size:13px">${escapeHtml(m.at)}</p><blockquote style="margin:0 0 8px;padding:8px 12px;border-left:3px solid #0f766e;white-space:pre-wrap">${escapeHtml(m.body)}</blockquote>`,
      ),
      ...(more ? [`<p style="margin:0 0 8px">${escapeHtml(more)}</p>`] : []),
      htmlButton(link, button),
    ].join('\n'),
    input.preferencesLink,
  );
  return { subject, text, html };
}
