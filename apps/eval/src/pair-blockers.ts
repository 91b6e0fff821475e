import { hardConstraintFailures, sharedMechanisms, type MatchableNeed, type MatchableOffer } from '@relais/matching';
import { usableMechanisms } from '@relais/toolbox';
import type { FixtureNeed, FixtureOffer, FixtureOrganization } from './fixtures';

/**
 * Why the product could not suggest a fixture pair: a failed hard constraint, or no mechanism
 * both organizations can use (the toolbox's rules). Empty when the pair may be suggested.
 */
export function pairBlockers(need: FixtureNeed, offer: FixtureOffer, organizations: ReadonlyMap<string, FixtureOrganization>): string[] {
  const host = organizations.get(need.host)!;
  const provider = organizations.get(offer.provider)!;
  const n: MatchableNeed = { ...need, id: need.key, region: host.region };
  const o: MatchableOffer = { ...offer, id: offer.key, country: provider.country, region: provider.region, city: provider.city };
  const failures: string[] = hardConstraintFailures(n, o);
  const facts = (org: FixtureOrganization) => ({ kind: org.kind, country: org.country, generalInterest: org.generalInterest });
  const usable = usableMechanisms(facts(host), facts(provider), sharedMechanisms(n, o), { destinationCountry: need.country, startDate: need.startDate });
  if (!failures.includes('mechanism') && !usable.length) failures.push('no usable mechanism');
  return failures;
}
