import { DataSource } from 'typeorm';
import { Suggestion } from '@relais/database';
import { needBody, offerBody, TestApi, type TestUser } from './support/test-api';

describe('posting and publishing needs and offers', () => {
  let api: TestApi;
  let host: TestUser;
  let hostOrg: { id: string };

  beforeAll(async () => {
    api = await TestApi.start({ worker: true });
    host = await api.register('host');
    hostOrg = await api.createOrganization(host, { name: 'Les Salines de Casamance', generalInterest: true });
  });
  afterAll(() => api.close());

  it('a host posts a need, publishes it, and anyone finds it in the public listing', async () => {
    const created = await api.call('POST', `/api/organizations/${hostOrg.id}/needs`, { token: host.token, body: needBody() });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', organizationId: hostOrg.id, country: 'SN' });
    expect(created.body.createdById).toBeUndefined();

    const anonymousDraft = await api.call('GET', `/api/needs/${created.body.id}`);
    expect(anonymousDraft.status).toBe(404);

    const published = await api.call('POST', `/api/needs/${created.body.id}/publish`, { token: host.token });
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('open');

    // The listing reads the search index, which the worker updates from the outbox.
    const found = await api.eventually(async () => {
      const listing = await api.call('GET', `/api/needs?q=cooperative%20de%20SEL&country=sn&mechanism=skills_sponsorship`);
      expect(listing.status).toBe(200);
      return listing.body.items.find((n: { id: string }) => n.id === created.body.id);
    });
    expect(found).toMatchObject({ title: 'Comptable pour une coopérative de sel', organization: { name: 'Les Salines de Casamance' } });
    expect(JSON.stringify(found)).not.toContain(host.email);

    const again = await api.call('POST', `/api/needs/${created.body.id}/publish`, { token: host.token });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INVALID_TRANSITION');
  });

  it('an outsider can read an open need but cannot change, publish or close it', async () => {
    const need = await api.call('POST', `/api/organizations/${hostOrg.id}/needs`, { token: host.token, body: needBody() });
    await api.call('POST', `/api/needs/${need.body.id}/publish`, { token: host.token });
    const outsider = await api.register('outsider');

    expect((await api.call('GET', `/api/needs/${need.body.id}`, { token: outsider.token })).status).toBe(200);
    const patch = await api.call('PATCH', `/api/needs/${need.body.id}`, { token: outsider.token, body: { title: 'Hijacked title' } });
    expect(patch.status).toBe(403);
    expect((await api.call('POST', `/api/needs/${need.body.id}/close`, { token: outsider.token })).status).toBe(403);
    expect((await api.call('PATCH', `/api/needs/${need.body.id}`, { body: { title: 'Anonymous title' } })).status).toBe(401);

    const unchanged = await api.call('GET', `/api/needs/${need.body.id}`);
    expect(unchanged.body.title).toBe('Comptable pour une coopérative de sel');
  });

  it('an outsider gets 404 for a draft, and cannot post for another organization', async () => {
    const draft = await api.call('POST', `/api/organizations/${hostOrg.id}/needs`, { token: host.token, body: needBody() });
    const outsider = await api.register('outsider');
    expect((await api.call('GET', `/api/needs/${draft.body.id}`, { token: outsider.token })).status).toBe(404);
    expect((await api.call('PATCH', `/api/needs/${draft.body.id}`, { token: outsider.token, body: { title: 'Not mine at all' } })).status).toBe(404);
    const post = await api.call('POST', `/api/organizations/${hostOrg.id}/needs`, { token: outsider.token, body: needBody() });
    expect(post.status).toBe(403);
    const list = await api.call('GET', `/api/organizations/${hostOrg.id}/needs`, { token: outsider.token });
    expect(list.status).toBe(403);
  });

  it('a closed need leaves the public listing', async () => {
    const need = await api.call('POST', `/api/organizations/${hostOrg.id}/needs`, {
      token: host.token,
      body: needBody({ title: 'Hydraulicien pour revoir un puits', keywords: ['puitsuniquemarker'] }),
    });
    await api.call('POST', `/api/needs/${need.body.id}/publish`, { token: host.token });
    const listed = async () => (await api.call('GET', '/api/needs?q=puitsuniquemarker')).body.total;
    await api.eventually(async () => (await listed()) === 1);
    const closed = await api.call('POST', `/api/needs/${need.body.id}/close`, { token: host.token });
    expect(closed.body.status).toBe('closed');
    await api.eventually(async () => (await listed()) === 0);
  });

  it("an organization's own listings give each posting's count of active suggestions", async () => {
    const provider = await api.register('provider');
    const providerOrg = await api.createOrganization(provider, { kind: 'company' });
    const post = async (kind: 'needs' | 'offers', orgId: string, user: TestUser, body: Record<string, unknown>) =>
      (await api.call('POST', `/api/organizations/${orgId}/${kind}`, { token: user.token, body })).body.id as string;
    const counter = await api.register('counter');
    const counterOrg = await api.createOrganization(counter, { generalInterest: true });
    const [needA, needB] = [await post('needs', counterOrg.id, counter, needBody()), await post('needs', counterOrg.id, counter, needBody())];
    const [offer1, offer2] = [await post('offers', providerOrg.id, provider, offerBody()), await post('offers', providerOrg.id, provider, offerBody())];
    // Drafts are never matched: these rows are the only suggestions of these postings.
    const pair = (needId: string, offerId: string, status: 'active' | 'stale') => ({
      needId,
      offerId,
      needOrganizationId: counterOrg.id,
      offerOrganizationId: providerOrg.id,
      score: 0.8,
      reasons: [],
      mechanisms: [],
      status,
    });
    await api.app.get(DataSource).getRepository(Suggestion).insert([pair(needA, offer1, 'active'), pair(needA, offer2, 'active'), pair(needB, offer1, 'stale')]);

    const counts = async (kind: 'needs' | 'offers', orgId: string, user: TestUser) => {
      const response = await api.call('GET', `/api/organizations/${orgId}/${kind}`, { token: user.token });
      expect(response.status).toBe(200);
      return Object.fromEntries(response.body.items.map((p: { id: string; suggestionCount: number }) => [p.id, p.suggestionCount]));
    };
    expect(await counts('needs', counterOrg.id, counter)).toEqual({ [needA]: 2, [needB]: 0 });
    expect(await counts('offers', providerOrg.id, provider)).toEqual({ [offer1]: 1, [offer2]: 1 });
  });

  it('offers are listed for signed-in users only', async () => {
    const provider = await api.register('provider');
    const providerOrg = await api.createOrganization(provider, { kind: 'company', siren: '552100554' });
    const offer = await api.call('POST', `/api/organizations/${providerOrg.id}/offers`, {
      token: provider.token,
      body: offerBody({ grossMonthlyPayMin: 3800, grossMonthlyPayMax: 4400 }),
    });
    expect(offer.status).toBe(201);
    await api.call('POST', `/api/offers/${offer.body.id}/publish`, { token: provider.token });

    // The pay band is the provider's business: other signed-in people read the offer without it.
    const asOwner = await api.call('GET', `/api/offers/${offer.body.id}`, { token: provider.token });
    expect([asOwner.body.grossMonthlyPayMin, asOwner.body.grossMonthlyPayMax]).toEqual([3800, 4400]);
    const asOther = await api.call('GET', `/api/offers/${offer.body.id}`, { token: host.token });
    expect(asOther.status).toBe(200);
    expect([asOther.body.grossMonthlyPayMin, asOther.body.grossMonthlyPayMax]).toEqual([null, null]);

    expect((await api.call('GET', '/api/offers')).status).toBe(401);
    expect((await api.call('GET', `/api/offers/${offer.body.id}`)).status).toBe(401);
    const listedIds = async (query: string) =>
      (await api.call('GET', `/api/offers?${query}`, { token: host.token })).body.items.map((o: { id: string }) => o.id);
    await api.eventually(async () => (await listedIds('country=GN&workMode=remote')).includes(offer.body.id));
    const elsewhere = await api.call('GET', '/api/offers?country=BR', { token: host.token });
    expect(elsewhere.body.items.map((o: { id: string }) => o.id)).not.toContain(offer.body.id);
  });
});
