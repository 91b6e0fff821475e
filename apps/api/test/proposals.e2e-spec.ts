import { DataSource } from 'typeorm';
import { Proposal, Suggestion } from '@relais/database';
import { needBody, offerBody, TestApi, type TestUser } from './support/test-api';

/**
 * Proposals: on a suggested pair, one side proposes to work together and the other answers.
 * Pairs are stored directly (matching is not what is tested here).
 */
describe('proposals, from a suggestion to an answer', () => {
  let api: TestApi;
  let db: DataSource;
  const previousCap = process.env.PROPOSALS_PENDING_MAX;

  beforeAll(async () => {
    // Small enough to reach in a test.
    process.env.PROPOSALS_PENDING_MAX = '3';
    api = await TestApi.start();
    db = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api.close();
    if (previousCap === undefined) delete process.env.PROPOSALS_PENDING_MAX;
    else process.env.PROPOSALS_PENDING_MAX = previousCap;
  });

  type Party = { user: TestUser; organizationId: string; postingId: string };

  async function party(kind: 'needs' | 'offers'): Promise<Party> {
    const user = await api.register(kind === 'needs' ? 'host' : 'provider');
    const organization = await api.createOrganization(user, kind === 'needs' ? { generalInterest: true } : { kind: 'company' });
    const created = await api.call('POST', `/api/organizations/${organization.id}/${kind}`, { token: user.token, body: kind === 'needs' ? needBody() : offerBody() });
    expect((await api.call('POST', `/api/${kind}/${created.body.id}/publish`, { token: user.token })).status).toBe(200);
    return { user, organizationId: organization.id, postingId: created.body.id };
  }

  async function pair(host?: Party): Promise<{ host: Party; provider: Party; suggestionId: string }> {
    host ??= await party('needs');
    const provider = await party('offers');
    const [row] = (
      await db.getRepository(Suggestion).insert({
        needId: host.postingId,
        offerId: provider.postingId,
        needOrganizationId: host.organizationId,
        offerOrganizationId: provider.organizationId,
        score: 0.8,
        reasons: [],
        mechanisms: ['skills_sponsorship'],
        status: 'active',
      })
    ).identifiers;
    return { host, provider, suggestionId: row.id as string };
  }

  const propose = (suggestionId: string, user: TestUser, message = 'Bonjour, travaillons ensemble sur ce projet.') =>
    api.call('POST', `/api/suggestions/${suggestionId}/proposals`, { token: user.token, body: { message } });

  it('the host proposes; the provider sees it received, the host sent; nobody else sees it', async () => {
    const { host, provider, suggestionId } = await pair();
    const before = await api.call('GET', `/api/organizations/${provider.organizationId}/proposals`, { token: provider.user.token });
    expect(before.body).toMatchObject({ items: [], total: 0 });
    const suggested = await api.call('GET', `/api/needs/${host.postingId}/suggestions`, { token: host.user.token });
    expect(suggested.body.items).toEqual([expect.objectContaining({ id: suggestionId, proposal: null })]);
    const sent = await propose(suggestionId, host.user);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ status: 'pending', proposerSide: 'host', from: { id: host.organizationId }, to: { id: provider.organizationId }, contacts: null });
    const days = (Date.parse(sent.body.respondBy) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(9.9);
    expect(days).toBeLessThan(10.1);

    const received = await api.call('GET', `/api/organizations/${provider.organizationId}/proposals`, { token: provider.user.token });
    expect(received.body.items.map((p: { id: string }) => p.id)).toEqual([sent.body.id]);
    const mine = await api.call('GET', `/api/organizations/${host.organizationId}/proposals?direction=sent`, { token: host.user.token });
    expect(mine.body.items.map((p: { id: string }) => p.id)).toEqual([sent.body.id]);
    const onTheSuggestion = await api.call('GET', `/api/offers/${provider.postingId}/suggestions`, { token: provider.user.token });
    expect(onTheSuggestion.body.items[0].proposal).toEqual({ id: sent.body.id, status: 'pending', proposerSide: 'host' });

    const stranger = await api.register('stranger');
    expect((await api.call('GET', `/api/proposals/${sent.body.id}`, { token: stranger.token })).status).toBe(404);
    expect((await api.call('POST', `/api/proposals/${sent.body.id}/accept`, { token: stranger.token })).status).toBe(404);
    expect((await api.call('GET', `/api/organizations/${provider.organizationId}/proposals`, { token: stranger.token })).status).toBe(403);
    expect((await propose(suggestionId, stranger)).status).toBe(404);
    expect((await api.call('GET', `/api/proposals/${sent.body.id}`)).status).toBe(401);
  });

  it('only the side that received it answers; the contacts appear once it is accepted', async () => {
    const { host, provider, suggestionId } = await pair();
    const { body: proposal } = await propose(suggestionId, host.user);
    const own = await api.call('POST', `/api/proposals/${proposal.id}/accept`, { token: host.user.token });
    expect(own.status).toBe(403);

    const accepted = await api.call('POST', `/api/proposals/${proposal.id}/accept`, { token: provider.user.token });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const seenByHost = await api.call('GET', `/api/proposals/${proposal.id}`, { token: host.user.token });
    expect(seenByHost.body.contacts).toEqual({
      proposer: { displayName: expect.any(String), email: host.user.email },
      answerer: { displayName: expect.any(String), email: provider.user.email },
    });

    const again = await api.call('POST', `/api/proposals/${proposal.id}/decline`, { token: provider.user.token, body: { reason: 'dates' } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INVALID_TRANSITION');

    // The sender's data export holds the message; the answerer's, the answer.
    const sentExport = await api.call('GET', '/api/me/export', { token: host.user.token });
    expect(sentExport.body.proposals).toEqual([expect.objectContaining({ id: proposal.id, sent: expect.objectContaining({ message: proposal.message }) })]);
    const answeredExport = await api.call('GET', '/api/me/export', { token: provider.user.token });
    expect(answeredExport.body.proposals).toEqual([expect.objectContaining({ id: proposal.id, answered: expect.objectContaining({ answeredAt: expect.any(String) }) })]);
    expect(answeredExport.body.proposals[0].sent).toBeUndefined();
  });

  it('declining takes a reason from the list, shown to the proposer; a bad one gets a field-level 400', async () => {
    const { host, provider, suggestionId } = await pair();
    const { body: proposal } = await propose(suggestionId, provider.user, 'We could lend our accountant for two weeks.');
    expect(proposal.proposerSide).toBe('provider');

    const bad = await api.call('POST', `/api/proposals/${proposal.id}/decline`, { token: host.user.token, body: { reason: 'bored' } });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { path: string }) => d.path)).toEqual(['reason']);
    const declined = await api.call('POST', `/api/proposals/${proposal.id}/decline`, {
      token: host.user.token,
      body: { reason: 'already_found', text: 'Une bénévole nous aide déjà.' },
    });
    expect(declined.status).toBe(200);
    const seen = await api.call('GET', `/api/proposals/${proposal.id}`, { token: provider.user.token });
    expect(seen.body).toMatchObject({ status: 'declined', declineReason: 'already_found', declineText: 'Une bénévole nous aide déjà.', contacts: null });
  });

  it('one pending proposal per pair; withdrawn, the pair can be proposed again', async () => {
    const { host, provider, suggestionId } = await pair();
    const { body: first } = await propose(suggestionId, host.user);
    const twice = await propose(suggestionId, provider.user);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('PROPOSAL_PENDING');

    expect((await api.call('POST', `/api/proposals/${first.id}/withdraw`, { token: provider.user.token })).status).toBe(403);
    const withdrawn = await api.call('POST', `/api/proposals/${first.id}/withdraw`, { token: host.user.token });
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await propose(suggestionId, provider.user)).status).toBe(201);
  });

  it('of concurrent answers to one proposal, one wins and the others get 409', async () => {
    const { host, provider, suggestionId } = await pair();
    const { body: proposal } = await propose(suggestionId, host.user);
    const answers = await Promise.all([
      ...Array.from({ length: 3 }, () => api.call('POST', `/api/proposals/${proposal.id}/accept`, { token: provider.user.token })),
      ...Array.from({ length: 3 }, () => api.call('POST', `/api/proposals/${proposal.id}/decline`, { token: provider.user.token, body: { reason: 'other' } })),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const winner = answers.find((a) => a.status === 200)!;
    expect((await db.getRepository(Proposal).findOneByOrFail({ id: proposal.id })).status).toBe(winner.body.status);
  });

  it('an organization has at most PROPOSALS_PENDING_MAX proposals waiting, counted one request at a time', async () => {
    const host = await party('needs');
    const pairs = await Promise.all(Array.from({ length: 5 }, () => pair(host)));
    const sent = await Promise.all(pairs.map(({ suggestionId }) => propose(suggestionId, host.user)));
    expect(sent.map((s) => s.status).sort()).toEqual([201, 201, 201, 409, 409]);
    expect(sent.find((s) => s.status === 409)!.body.code).toBe('TOO_MANY_PENDING_PROPOSALS');
  });

  it('a proposal left unanswered past its deadline expires and can no longer be accepted', async () => {
    const { host, provider, suggestionId } = await pair();
    const { body: proposal } = await propose(suggestionId, host.user);
    await db.getRepository(Proposal).update({ id: proposal.id }, { respondBy: new Date(Date.now() - 1000) });
    const late = await api.call('POST', `/api/proposals/${proposal.id}/accept`, { token: provider.user.token });
    expect(late.status).toBe(409);
    expect((await api.call('GET', `/api/proposals/${proposal.id}`, { token: host.user.token })).body.status).toBe('expired');
    expect((await propose(suggestionId, host.user)).status).toBe(201);
  });

  it('a pair whose need was closed can no longer be proposed; an empty message gets a 400', async () => {
    const { host, suggestionId } = await pair();
    expect((await propose(suggestionId, host.user, '   ')).status).toBe(400);
    await api.call('POST', `/api/needs/${host.postingId}/close`, { token: host.user.token });
    const closed = await propose(suggestionId, host.user);
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('SUGGESTION_NOT_ACTIVE');
  });
});
