import { DataSource, In } from 'typeorm';
import { Suggestion } from '@relais/database';
import { reasonsForSide } from '@relais/matching';
import type { PostingSide, SuggestionItem } from './rendering.types';

/** The page where a person acts on the suggestions of one of their postings. */
export const suggestionLink = (publicUrl: string, side: PostingSide, postingId: string) =>
  `${publicUrl.replace(/\/$/, '')}/${side === 'need' ? 'needs' : 'offers'}/${postingId}/suggestions`;

/**
 * Loads suggestions as each side sees them: the host (need side) hears about the offer, the
 * provider (offer side) about the need. Only titles and organization names: no personal data
 * (the tax estimate, made from the provider's pay, reaches the provider only).
 */
export async function loadSuggestionItems(
  dataSource: DataSource,
  suggestionIds: string[],
  publicUrl: string,
): Promise<Map<string, Record<PostingSide, SuggestionItem>>> {
  if (!suggestionIds.length) return new Map();
  const rows = await dataSource.getRepository(Suggestion).find({
    where: { id: In(suggestionIds) },
    relations: { need: { organization: true }, offer: { organization: true } },
  });
  return new Map(
    rows.map((s) => {
      const need = s.need!;
      const offer = s.offer!;
      const common = { score: s.score };
      return [
        s.id,
        {
          need: {
            ...common,
            reasons: reasonsForSide(s.reasons, 'need'),
            side: 'need',
            ownTitle: need.title,
            otherTitle: offer.title,
            otherOrganizationName: offer.organization!.name,
            link: suggestionLink(publicUrl, 'need', need.id),
          },
          offer: {
            ...common,
            reasons: s.reasons,
            side: 'offer',
            ownTitle: offer.title,
            otherTitle: need.title,
            otherOrganizationName: need.organization!.name,
            link: suggestionLink(publicUrl, 'offer', offer.id),
          },
        },
      ];
    }),
  );
}
