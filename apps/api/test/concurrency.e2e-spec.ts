import { DataSource } from 'typeorm';
import { Need, OutboxEvent } from '@relais/database';
import { needBody, TestApi, type TestUser } from './support/test-api';

/** Requests sent at the same moment on one posting: one winner, nothing lost or announced twice. */
describe('concurrent changes to one posting', () => {
  let api: TestApi;
  let host: TestUser;
  let organizationId: string;

  beforeAll(async () => {
    api = await TestApi.start();
    host = await api.register('host');
    organizationId = (await api.createOrganization(host, { generalInterest: true })).id;
  });
  afterAll(() => api.close());

  async function draft(): Promise<string> {
    const created = await api.call('POST', `/api/organizations/${organizationId}/needs`, { token: host.token, body: needBody() });
    expect(created.status).toBe(201);
    return created.body.id;
  }

  it('20 publishes of one draft at once: one 200, nineteen 409, one announcement', async () => {
    const id = await draft();
    const answers = await Promise.all(Array.from({ length: 20 }, () => api.call('POST', `/api/needs/${id}/publish`, { token: host.token })));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, ...Array(19).fill(409)]);
    expect(await api.app.get(DataSource).getRepository(OutboxEvent).countBy({ aggregateId: id, type: 'need.published' })).toBe(1);
  });

  it('a close and an edit sent together, 100 rounds: the need always ends closed, and the edit is kept', async () => {
    const outcomes: Array<{ answers: number[]; status: string; title: string }> = [];
    for (let round = 0; round < 100; round++) {
      const id = await draft();
      await api.call('POST', `/api/needs/${id}/publish`, { token: host.token });
      const title = `Comptable, tour ${round}`;
      const answers = await Promise.all([
        api.call('POST', `/api/needs/${id}/close`, { token: host.token }),
        api.call('PATCH', `/api/needs/${id}`, { token: host.token, body: { title } }),
      ]);
      const stored = await api.app.get(DataSource).getRepository(Need).findOneByOrFail({ id });
      outcomes.push({ answers: answers.map((a) => a.status), status: stored.status, title: stored.title === title ? 'kept' : stored.title });
    }
    expect(outcomes).toEqual(Array(100).fill({ answers: [200, 200], status: 'closed', title: 'kept' }));
  });
});
