import { randomUUID } from 'node:crypto';
import { needBody, offerBody, type TestApi, type TestUser } from './test-api';

export type PairSide = { user: TestUser; displayName: string; organizationId: string; id: string; name: string };

/** A new person, their organization, and a posting of it published: a host's need, or a company's offer. */
async function publish(api: TestApi, kind: 'needs' | 'offers', body: Record<string, unknown>): Promise<PairSide> {
  const displayName = kind === 'needs' ? 'Awa Diop' : 'Paul Martin';
  const user = await api.register(kind === 'needs' ? 'host' : 'provider', { displayName });
  const name = `${kind === 'needs' ? 'Salines' : 'Numerica'} ${randomUUID().slice(0, 6)}`;
  const organization = await api.createOrganization(user, kind === 'needs' ? { generalInterest: true, name } : { kind: 'company', name });
  const created = await api.call('POST', `/api/organizations/${organization.id}/${kind}`, { token: user.token, body });
  await api.call('POST', `/api/${kind}/${created.body.id}/publish`, { token: user.token });
  return { user, displayName, organizationId: organization.id, id: created.body.id, name };
}

/**
 * A host's need and a provider's offer in `year` (one no other suite uses), suggested to each
 * other by the worker; the host proposes with `message`. Returns both sides and the proposal sent.
 */
export async function proposePair(api: TestApi, year: number, message = 'Pourriez-vous aider notre GIE à tenir ses comptes ?') {
  const host = await publish(api, 'needs', needBody({ startDate: `${year}-02-01`, endDate: `${year}-03-31` }));
  const provider = await publish(api, 'offers', offerBody({ availableFrom: `${year}-01-15`, availableTo: `${year}-06-30` }));
  const suggestion = await api.eventually(async () => {
    const answer = await api.call('GET', `/api/needs/${host.id}/suggestions`, { token: host.user.token });
    return answer.body.items.find((s: { offer: { id: string } }) => s.offer.id === provider.id);
  }, 30_000);
  const sent = await api.call('POST', `/api/suggestions/${suggestion.id}/proposals`, { token: host.user.token, body: { message } });
  if (sent.status !== 201) throw new Error(`proposal failed: ${JSON.stringify(sent.body)}`);
  return { host, provider, proposal: sent.body as { id: string; respondBy: string } };
}
