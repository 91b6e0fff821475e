import { copyFor } from './email-copy';
import { formatScore, quoteTitle, singleLine, truncate } from './email-format';
import type { InAppNotificationInput, Locale, RenderedInAppNotification } from './rendering.types';

/** Short texts for the bell menu; the web app escapes them when it renders (they are plain text). */
export function renderInAppNotification(input: InAppNotificationInput, locale: Locale): RenderedInAppNotification {
  const copy = copyFor(locale);
  const otherPosting = copy.otherPosting(input.side, quoteTitle(input.otherTitle, locale, 60), truncate(singleLine(input.otherOrganizationName), 60));
  return {
    title: copy.inAppTitle(input.side, quoteTitle(input.ownTitle, locale, 60)),
    body: `${otherPosting} — ${copy.scoreLine(formatScore(input.score, locale))}`,
  };
}
