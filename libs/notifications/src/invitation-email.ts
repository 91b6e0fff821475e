import { copyFor } from './email-copy';
import { checkLink, escapeHtml, formatDate, singleLine, truncate } from './email-format';
import { htmlButton, htmlPage } from './email-layout';
import type { InvitationEmailInput, Locale, RenderedEmail } from './rendering.types';

/** The invited person may have no account, so no known language: French first, then English. */
const LANGUAGES: Locale[] = ['fr', 'en'];

type Names = { inviter: string; organization: string };

/** One language's part: greeting, who invites to what, how to accept, the link, the expiry. */
function paragraphs(locale: Locale, names: Names, input: InvitationEmailInput) {
  const copy = copyFor(locale);
  return {
    greeting: copy.greeting(''),
    sentence: copy.invitationSentence(names.inviter, names.organization, input.role),
    howTo: copy.invitationHowTo,
    expiry: copy.invitationExpiry(formatDate(input.expiresAt, locale)),
    accept: copy.acceptInvitation,
    footer: copy.invitationFooter(names.inviter),
  };
}

function textPart(locale: Locale, names: Names, input: InvitationEmailInput, link: string): string[] {
  const p = paragraphs(locale, names, input);
  return [p.greeting, '', p.sentence, '', p.howTo, copyFor(locale).labelled(p.accept, link), '', p.expiry];
}

function htmlPart(locale: Locale, names: Names, input: InvitationEmailInput, link: string): string {
  const p = paragraphs(locale, names, input);
  return [
    `<div lang="${locale}">`,
    `<p style="margin:0 0 16px">${escapeHtml(p.greeting)}</p>`,
    `<p style="margin:0 0 8px">${escapeHtml(p.sentence)}</p>`,
    `<p style="margin:0 0 8px">${escapeHtml(p.howTo)}</p>`,
    htmlButton(link, p.accept),
    `<p style="margin:0">${escapeHtml(p.expiry)}</p>`,
    '</div>',
  ].join('\n');
}

/** The e-mail that invites an address to join an organization, in French and in English. */
export function renderInvitationEmail(input: InvitationEmailInput): RenderedEmail {
  const link = checkLink(input.link);
  const names = {
    inviter: truncate(singleLine(input.inviterName), 80),
    organization: truncate(singleLine(input.organizationName), 120),
  };
  const subject = LANGUAGES.map((locale) => copyFor(locale).invitationSubject(names.inviter, names.organization)).join(' / ');
  const footers = LANGUAGES.map((locale) => paragraphs(locale, names, input).footer);

  const text = [
    ...textPart('fr', names, input, link),
    '',
    '* * *',
    '',
    ...textPart('en', names, input, link),
    '',
    '-- ',
    ...footers,
    '',
  ].join('\n');

  const body = LANGUAGES.map((locale) => htmlPart(locale, names, input, link)).join(
    '\n<hr style="border:none;border-top:1px solid #e7e5e4;margin:24px 0">\n',
  );
  const footer = footers.map((line, index) => `<span lang="${LANGUAGES[index]}">${escapeHtml(line)}</span>`).join('<br>');

  return { subject, text, html: htmlPage('fr', subject, body, footer) };
}
