import { DataSource, IsNull } from 'typeorm';
import { OutboxEvent } from '@relais/database';
import { startLocalRedis } from '@relais/jobs';
import { freePort } from '@relais/testing';
import { withEnv } from './support/env';
import { needBody, offerBody, TestApi } from './support/test-api';


/** A Redis of this file's own, so that stopping it disturbs nothing else. */
describe('when Redis is down', () => {
  let api: TestApi;
  let port: number;
  let redis: { url: string; stop: () => Promise<void> };
  let restoreEnv: () => void;

  beforeAll(async () => {
    port = await freePort();
    redis = await startLocalRedis(port);
    restoreEnv = withEnv({ REDIS_URL: redis.url });
    api = await TestApi.start({ worker: true });
  });
  afterAll(async () => {
    await api.close();
    await redis.stop();
    restoreEnv();
  });

  it('a need posted meanwhile is saved at once and matched once Redis is back', async () => {
    const provider = await api.register('provider');
    const providerOrg = await api.createOrganization(provider, { kind: 'company' });
    const window = { availableFrom: '2040-01-01', availableTo: '2040-12-31' };
    const offer = await api.call('POST', `/api/organizations/${providerOrg.id}/offers`, { token: provider.token, body: offerBody(window) });
    await api.call('POST', `/api/offers/${offer.body.id}/publish`, { token: provider.token });
    await api.eventually(async () => {
      const listing = await api.call('GET', '/api/offers?q=accountant&pageSize=100', { token: provider.token });
      return listing.body.items.some((o: { id: string }) => o.id === offer.body.id);
    });

    await redis.stop();

    const host = await api.register('host');
    const hostOrg = await api.createOrganization(host, { generalInterest: true });
    const need = await api.call('POST', `/api/organizations/${hostOrg.id}/needs`, {
      token: host.token,
      body: needBody({ startDate: '2040-03-01', endDate: '2040-04-30' }),
    });
    expect(need.status).toBe(201);
    const published = await api.call('POST', `/api/needs/${need.body.id}/publish`, { token: host.token });
    expect(published.status).toBe(200);

    // The work waits in the outbox, in PostgreSQL.
    const outbox = api.app.get(DataSource).getRepository(OutboxEvent);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await outbox.countBy({ aggregateId: need.body.id, sentAt: IsNull() })).toBe(1);
    expect((await api.call('GET', `/api/needs/${need.body.id}/suggestions`, { token: host.token })).body.total).toBe(0);

    redis = await startLocalRedis(port);

    const suggestions = await api.eventually(async () => {
      const response = await api.call('GET', `/api/needs/${need.body.id}/suggestions`, { token: host.token });
      return response.body.total > 0 && response.body;
    }, 30_000);
    expect(suggestions.items.map((s: { offer: { id: string } }) => s.offer.id)).toContain(offer.body.id);
    expect(await outbox.countBy({ aggregateId: need.body.id, sentAt: IsNull() })).toBe(0);
  });
});
