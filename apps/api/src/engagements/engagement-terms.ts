import type { EntityManager } from 'typeorm';
import { Engagement, Need, Offer, Organization, type Proposal } from '@relais/database';
import type { MechanismCode } from '@relais/domain';
import { mechanismExclusions, type OrganizationFacts } from '@relais/toolbox';

/** What the toolbox's rules read of an organization: what its profile declares. */
const factsOf = (organization: Organization): OrganizationFacts => ({
  kind: organization.kind,
  country: organization.country,
  generalInterest: organization.generalInterest,
});

export type MechanismOption = { code: MechanismCode; usable: boolean; excludedBy: Array<{ rule: string; reason: { fr: string; en: string } }> };

/**
 * The mechanisms both postings accept, each with whether it can carry the pair and, if not, the
 * rules that rule it out (toolbox `mechanismExclusions`), from both profiles and the mission:
 * what the advisor would ask, answered from what the organizations declared.
 */
export function mechanismOptions(
  pair: { need: Need; offer: Offer; host: Organization; provider: Organization },
  startDate: string | null,
): { facts: { host: OrganizationFacts; provider: OrganizationFacts; mission: { destinationCountry: string; startDate: string } }; options: MechanismOption[] } {
  const candidates = pair.need.mechanisms.filter((code) => pair.offer.mechanisms.includes(code));
  const facts = {
    host: factsOf(pair.host),
    provider: factsOf(pair.provider),
    mission: { destinationCountry: pair.need.country, startDate: startDate ?? pair.need.startDate },
  };
  const exclusions = mechanismExclusions(facts.host, facts.provider, candidates, facts.mission);
  const options = candidates.map((code) => {
    const excludedBy = exclusions.filter((e) => e.code === code).map(({ rule, reason }) => ({ rule, reason }));
    return { code, usable: excludedBy.length === 0, excludedBy };
  });
  return { facts, options };
}

/** One query after the other: `manager` may be a transaction's, whose one connection runs a query at a time. */
export async function loadPair(manager: EntityManager, engagement: Pick<Engagement, 'needId' | 'offerId' | 'hostOrganizationId' | 'providerOrganizationId'>) {
  const need = await manager.findOneByOrFail(Need, { id: engagement.needId });
  const offer = await manager.findOneByOrFail(Offer, { id: engagement.offerId });
  const host = await manager.findOneByOrFail(Organization, { id: engagement.hostOrganizationId });
  const provider = await manager.findOneByOrFail(Organization, { id: engagement.providerOrganizationId });
  return { need, offer, host, provider };
}

/**
 * The engagement an accepted proposal becomes, in the acceptance's transaction: the need's
 * dates, the smaller of the effort asked and offered, and the mechanism when only one carries
 * the pair. The rest (people, work plan) the organizations fill in.
 */
export async function createEngagement(manager: EntityManager, proposal: Proposal): Promise<void> {
  const [hostOrganizationId, providerOrganizationId] =
    proposal.proposerSide === 'host' ? [proposal.fromOrganizationId, proposal.toOrganizationId] : [proposal.toOrganizationId, proposal.fromOrganizationId];
  const terms = { needId: proposal.needId, offerId: proposal.offerId, hostOrganizationId, providerOrganizationId };
  const pair = await loadPair(manager, terms);
  const usable = mechanismOptions(pair, null).options.filter((option) => option.usable);
  await manager.insert(Engagement, {
    ...terms,
    proposalId: proposal.id,
    mechanism: usable.length === 1 ? usable[0].code : null,
    startDate: pair.need.startDate,
    endDate: pair.need.endDate,
    effortAmount: Math.min(pair.need.effortDays, pair.offer.effortDays),
    effortUnit: 'days',
  });
}
