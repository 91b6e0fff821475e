import { DataSource, IsNull, Not } from 'typeorm';
import { OutboxEvent } from '@relais/database';
import { OutboxRelay } from '../../worker/src/outbox/outbox-relay';
import { withEnv } from './support/env';
import { TestApi } from './support/test-api';

/**
 * The relay wakes when a transaction that wrote an outbox event commits (LISTEN/NOTIFY). With
 * its fallback poll set to a minute, only the notification can relay an event within seconds;
 * when the listening connection is lost, the relay polls often again and listens anew.
 */
describe('outbox relay woken on commit', () => {
  let api: TestApi;
  let restoreEnv: () => void;

  beforeAll(async () => {
    restoreEnv = withEnv({ OUTBOX_FALLBACK_POLL_MS: '60000' });
    api = await TestApi.start({ worker: true });
  });
  afterAll(async () => {
    await api.close();
    restoreEnv();
  });

  const sentSoon = (id: string) =>
    api.eventually(async () => (await api.app.get(DataSource).getRepository(OutboxEvent).findOneBy({ aggregateId: id, sentAt: Not(IsNull()) })) !== null, 10_000);

  it('relays an event as soon as its transaction commits, and listens again after losing its connection', async () => {
    const relay = api.worker!.get(OutboxRelay);
    await api.eventually(async () => relay.isListening, 10_000);
    const user = await api.register('host');
    // Let a pause of the relay begin: from here only a notification ends it before a minute.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const first = await api.createOrganization(user, {});
    await sentSoon(first.id);

    // The listening connection is cut: the relay polls often meanwhile, then listens again.
    const db = api.app.get(DataSource);
    await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN outbox_events' AND pid <> pg_backend_pid()`);
    await api.eventually(async () => !relay.isListening, 10_000);
    const second = await api.createOrganization(user, {});
    await sentSoon(second.id);
    await api.eventually(async () => relay.isListening, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const third = await api.createOrganization(user, {});
    await sentSoon(third.id);
  }, 60_000);
});
