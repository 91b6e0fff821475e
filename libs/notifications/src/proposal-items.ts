import { DataSource, In } from 'typeorm';
import { Engagement, Need, Offer, Organization, Proposal } from '@relais/database';
import type { ProposalEvent, ProposalNoticeInput } from './proposal-email';

/** A proposal's news as the organization it is for reads it, and the page where it acts on it. */
export type ProposalItem = { notice: ProposalNoticeInput; link: string };
export type WantedNotice = { proposalId: string; event: ProposalEvent; organizationId: string };

/**
 * Who hears of a proposal's news: the receiving organization of a proposal that arrives or
 * waits, the sending one of an answer or an expiry (a message or an engagement's change: the
 * side that did not make it).
 */
export function recipientOf(proposal: Pick<Proposal, 'fromOrganizationId' | 'toOrganizationId'>, event: Exclude<ProposalEvent, 'message' | 'engagement' | 'checkpoint'>): string {
  return event === 'received' || event === 'reminder' ? proposal.toOrganizationId : proposal.fromOrganizationId;
}

/** The proposal's page: its news, its answer and its thread. */
export const proposalLink = (publicUrl: string, proposalId: string) => `${publicUrl.replace(/\/$/, '')}/proposals/${proposalId}`;
export const engagementLink = (publicUrl: string, engagementId: string) => `${publicUrl.replace(/\/$/, '')}/engagements/${engagementId}`;

export const proposalItemKey = (proposalId: string, event: ProposalEvent, organizationId: string) => `${proposalId}:${event}:${organizationId}`;

/**
 * Loads what the notices of proposals say (organization names, the postings' titles, the
 * proposer's message or the decline's text: nothing about the people), keyed by
 * proposalItemKey; proposals gone are left out.
 */
export async function loadProposalItems(
  dataSource: DataSource,
  wanted: readonly WantedNotice[],
  publicUrl: string,
): Promise<Map<string, ProposalItem>> {
  if (!wanted.length) return new Map();
  const proposals = await dataSource.getRepository(Proposal).findBy({ id: In([...new Set(wanted.map((w) => w.proposalId))]) });
  const unique = <T>(values: T[]) => [...new Set(values)];
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));
  const [organizations, needs, offers, engagements] = await Promise.all([
    dataSource.getRepository(Organization).findBy({ id: In(unique(proposals.flatMap((p) => [p.fromOrganizationId, p.toOrganizationId]))) }).then(byId),
    dataSource.getRepository(Need).findBy({ id: In(unique(proposals.map((p) => p.needId))) }).then(byId),
    dataSource.getRepository(Offer).findBy({ id: In(unique(proposals.map((p) => p.offerId))) }).then(byId),
    dataSource
      .getRepository(Engagement)
      .findBy({ proposalId: In(unique(wanted.filter((w) => w.event === 'engagement' || w.event === 'checkpoint').map((w) => w.proposalId))) })
      .then((rows) => new Map(rows.map((row) => [row.proposalId, row]))),
  ]);
  const items = new Map<string, ProposalItem>();
  for (const { proposalId, event, organizationId } of wanted) {
    const proposal = proposals.find((p) => p.id === proposalId);
    if (!proposal) continue;
    const other = organizationId === proposal.fromOrganizationId ? proposal.toOrganizationId : proposal.fromOrganizationId;
    items.set(proposalItemKey(proposalId, event, organizationId), {
      link: (event === 'engagement' || event === 'checkpoint') && engagements.has(proposalId) ? engagementLink(publicUrl, engagements.get(proposalId)!.id) : proposalLink(publicUrl, proposalId),
      notice: {
        event,
        otherOrganizationName: organizations.get(other)?.name ?? '',
        needTitle: needs.get(proposal.needId)?.title ?? '',
        offerTitle: offers.get(proposal.offerId)?.title ?? '',
        message: event === 'received' ? proposal.message : event === 'declined' ? proposal.declineText : null,
        respondBy: proposal.respondBy,
        declineReason: proposal.declineReason,
      },
    });
  }
  return items;
}
