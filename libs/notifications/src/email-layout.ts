import { copyFor } from './email-copy';
import { checkLink, escapeHtml, formatScore, quoteTitle, singleLine, truncate } from './email-format';
import type { Locale, SuggestionItem } from './rendering.types';

/** One suggestion as plain-text pieces, shared by the single e-mail and the digest. */
export interface SuggestionLines {
  ownTitle: string;
  otherPosting: string;
  sentence: string;
  scoreLine: string;
  reasons: string[];
  link: string;
}

export function suggestionLines(item: SuggestionItem, locale: Locale): SuggestionLines {
  const copy = copyFor(locale);
  const ownTitle = quoteTitle(item.ownTitle, locale);
  const otherPosting = copy.otherPosting(
    item.side,
    quoteTitle(item.otherTitle, locale),
    truncate(singleLine(item.otherOrganizationName), 120),
  );
  return {
    ownTitle,
    otherPosting,
    sentence: copy.matchSentence(item.side, otherPosting, ownTitle),
    scoreLine: copy.scoreLine(formatScore(item.score, locale)),
    reasons: item.reasons.map((reason) => singleLine(reason.text[locale])).filter((text) => text.length > 0),
    link: checkLink(item.link),
  };
}

export function textReasons(reasons: string[], locale: Locale, indent = ''): string[] {
  if (reasons.length === 0) return [];
  return [`${indent}${copyFor(locale).reasonsHeading}`, ...reasons.map((reason) => `${indent}- ${reason}`)];
}

export function htmlReasons(reasons: string[], locale: Locale): string {
  if (reasons.length === 0) return '';
  const items = reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('');
  return `<p style="margin:16px 0 4px">${escapeHtml(copyFor(locale).reasonsHeading)}</p><ul style="margin:0;padding-left:20px">${items}</ul>`;
}

export function htmlButton(link: string, label: string): string {
  return (
    `<p style="margin:20px 0"><a href="${escapeHtml(link)}" ` +
    'style="display:inline-block;padding:10px 18px;background:#0f766e;color:#ffffff;text-decoration:none;border-radius:6px">' +
    `${escapeHtml(label)}</a></p>`
  );
}

/** Greeting, body lines, then the footer that says how to change e-mail preferences. */
export function textDocument(locale: Locale, recipientName: string, body: string[], preferencesLink: string): string {
  const copy = copyFor(locale);
  const link = checkLink(preferencesLink);
  const greeting = copy.greeting(truncate(singleLine(recipientName), 80));
  return [greeting, '', ...body, '', '-- ', copy.footer, copy.labelled(copy.changePreferences, link), ''].join('\n');
}

/** A simple single-column page with inline styles: mail clients ignore most <style> blocks. */
export function htmlPage(locale: Locale, subject: string, bodyHtml: string, footerHtml: string): string {
  return [
    '<!doctype html>',
    `<html lang="${locale}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f5f5f4;font-family:Arial,Helvetica,sans-serif;color:#1c1917;line-height:1.5">',
    '<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">',
    bodyHtml,
    '</div>',
    '<p style="max-width:600px;margin:16px auto 0;font-size:12px;color:#57534e">',
    footerHtml,
    '</p>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The page of a message to a member: greeting, body, and the footer that says how to change e-mail preferences. */
export function htmlDocument(locale: Locale, subject: string, recipientName: string, bodyHtml: string, preferencesLink: string): string {
  const copy = copyFor(locale);
  const link = checkLink(preferencesLink);
  const greeting = copy.greeting(truncate(singleLine(recipientName), 80));
  return htmlPage(
    locale,
    subject,
    [`<p style="margin:0 0 16px">${escapeHtml(greeting)}</p>`, bodyHtml].join('\n'),
    `${escapeHtml(copy.footer)}<br><a href="${escapeHtml(link)}" style="color:#57534e">${escapeHtml(copy.changePreferences)}</a>`,
  );
}
