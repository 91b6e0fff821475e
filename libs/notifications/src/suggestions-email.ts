import { copyFor } from './email-copy';
import { checkLink, escapeHtml, quoteTitle } from './email-format';
import { htmlButton, htmlDocument, suggestionLines, textDocument } from './email-layout';
import type { DigestEmailInput, Locale, RenderedEmail, SuggestionItem } from './rendering.types';
import { renderSuggestionEmail } from './suggestion-email';

/** Suggestions listed per posting; the others are counted ("… and 3 more"), all behind the posting's link. */
const LISTED_PER_POSTING = 5;

/**
 * The e-mail of a short window for a member who wants to hear at once: one suggestion as its
 * own e-mail; several grouped per posting of the recipient ("5 new suggestions for your need
 * …"), best first, each group with the link to its posting's suggestions.
 */
export function renderSuggestionsEmail(input: DigestEmailInput, locale: Locale): RenderedEmail {
  if (input.items.length === 0) throw new RangeError('an e-mail of suggestions needs at least one');
  if (input.items.length === 1) return renderSuggestionEmail({ ...input.items[0], recipientName: input.recipientName, preferencesLink: input.preferencesLink }, locale);
  const copy = copyFor(locale);
  const count = input.items.length;
  const groups = [...Map.groupBy(input.items, (item) => item.link).values()].map((items) => {
    const sorted = [...items].sort((a, b) => b.score - a.score);
    const { side, ownTitle, link } = sorted[0];
    return {
      heading: copy.groupHeading(items.length, side, quoteTitle(ownTitle, locale)),
      subjectHeading: copy.groupHeading(items.length, side, quoteTitle(ownTitle, locale, 80)),
      lines: sorted.slice(0, LISTED_PER_POSTING).map((item: SuggestionItem) => suggestionLines(item, locale)),
      more: items.length - Math.min(items.length, LISTED_PER_POSTING),
      link: checkLink(link),
    };
  });
  const subject = groups.length === 1 ? groups[0].subjectHeading : copy.groupedSubject(count, groups.length);

  const textGroups = groups.flatMap((group) => [
    group.heading,
    ...group.lines.flatMap((lines) => [`- ${lines.otherPosting}`, `  ${lines.scoreLine}`]),
    ...(group.more > 0 ? [copy.andMore(group.more)] : []),
    copy.labelled(copy.viewSuggestions, group.link),
    '',
  ]);
  const text = textDocument(locale, input.recipientName, [copy.groupedIntro(count), '', ...textGroups.slice(0, -1)], input.preferencesLink);

  const htmlGroups = groups.map((group) =>
    [
      '<div style="border-top:1px solid #e7e5e4;padding-top:12px;margin-top:12px">',
      `<h2 style="font-size:16px;margin:0 0 8px">${escapeHtml(group.heading)}</h2>`,
      '<ul style="margin:0 0 8px;padding-left:20px">',
      ...group.lines.map((lines) => `<li>${escapeHtml(lines.otherPosting)}<br><strong>${escapeHtml(lines.scoreLine)}</strong></li>`),
      '</ul>',
      group.more > 0 ? `<p style="margin:0 0 8px">${escapeHtml(copy.andMore(group.more))}</p>` : '',
      htmlButton(group.link, copy.viewSuggestions),
      '</div>',
    ].join('\n'),
  );
  const body = [`<p style="margin:0 0 8px">${escapeHtml(copy.groupedIntro(count))}</p>`, ...htmlGroups].join('\n');

  return { subject, text, html: htmlDocument(locale, subject, input.recipientName, body, input.preferencesLink) };
}
