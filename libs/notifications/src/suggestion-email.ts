import { copyFor } from './email-copy';
import { escapeHtml, quoteTitle } from './email-format';
import { htmlButton, htmlDocument, htmlReasons, suggestionLines, textDocument, textReasons } from './email-layout';
import type { Locale, RenderedEmail, SuggestionEmailInput } from './rendering.types';

/** The immediate e-mail telling one member that a posting of the other side matches theirs. */
export function renderSuggestionEmail(input: SuggestionEmailInput, locale: Locale): RenderedEmail {
  const copy = copyFor(locale);
  const lines = suggestionLines(input, locale);
  const subject = copy.suggestionSubject(input.side, quoteTitle(input.ownTitle, locale, 80));

  const text = textDocument(
    locale,
    input.recipientName,
    [
      lines.sentence,
      lines.scoreLine,
      ...(lines.reasons.length > 0 ? ['', ...textReasons(lines.reasons, locale)] : []),
      '',
      copy.labelled(copy.viewSuggestion, lines.link),
    ],
    input.preferencesLink,
  );

  const body = [
    `<p style="margin:0 0 8px">${escapeHtml(lines.sentence)}</p>`,
    `<p style="margin:0;font-weight:bold">${escapeHtml(lines.scoreLine)}</p>`,
    htmlReasons(lines.reasons, locale),
    htmlButton(lines.link, copy.viewSuggestion),
  ].join('\n');

  return { subject, text, html: htmlDocument(locale, subject, input.recipientName, body, input.preferencesLink) };
}
