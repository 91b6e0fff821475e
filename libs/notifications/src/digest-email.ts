import { copyFor } from './email-copy';
import { escapeHtml } from './email-format';
import { htmlButton, htmlDocument, htmlReasons, suggestionLines, textDocument, textReasons } from './email-layout';
import type { DigestEmailInput, Locale, RenderedEmail } from './rendering.types';

/** The daily summary: several suggestions in one e-mail, each with its own link. */
export function renderDigestEmail(input: DigestEmailInput, locale: Locale): RenderedEmail {
  // An empty digest is a caller bug (the job should have been skipped), not something to send.
  if (input.items.length === 0) throw new RangeError('a digest needs at least one suggestion');
  const copy = copyFor(locale);
  const count = input.items.length;
  const subject = copy.digestSubject(count);
  const items = input.items.map((item) => {
    const lines = suggestionLines(item, locale);
    return { ...lines, heading: copy.digestItemHeading(item.side, lines.ownTitle) };
  });

  const textItems = items.flatMap((item, index) => [
    `${index + 1}. ${item.heading}`,
    `   ${item.otherPosting}`,
    `   ${item.scoreLine}`,
    ...textReasons(item.reasons, locale, '   '),
    `   ${copy.labelled(copy.viewSuggestion, item.link)}`,
    '',
  ]);
  const text = textDocument(locale, input.recipientName, [copy.digestIntro(count), '', ...textItems.slice(0, -1)], input.preferencesLink);

  const htmlItems = items.map((item) =>
    [
      '<div style="border-top:1px solid #e7e5e4;padding-top:12px;margin-top:12px">',
      `<h2 style="font-size:16px;margin:0 0 8px">${escapeHtml(item.heading)}</h2>`,
      `<p style="margin:0 0 4px">${escapeHtml(item.otherPosting)}</p>`,
      `<p style="margin:0;font-weight:bold">${escapeHtml(item.scoreLine)}</p>`,
      htmlReasons(item.reasons, locale),
      htmlButton(item.link, copy.viewSuggestion),
      '</div>',
    ].join('\n'),
  );
  const body = [`<p style="margin:0 0 8px">${escapeHtml(copy.digestIntro(count))}</p>`, ...htmlItems].join('\n');

  return { subject, text, html: htmlDocument(locale, subject, input.recipientName, body, input.preferencesLink) };
}
