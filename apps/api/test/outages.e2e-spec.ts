import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FailedJob, Need, TextEmbedding, User } from '@relais/database';
import { JOBS, JobQueues, QUEUE_OF } from '@relais/jobs';
import { startSmtpSink, type SmtpSink } from '@relais/notifications';
import { needDocument, SearchIndex } from '@relais/search';
import { withEnv } from './support/env';
import { tcpRelay, through, type TcpRelay } from './support/tcp-relay';
import { needBody, TestApi, type TestUser } from './support/test-api';

/**
 * Outages of the services behind the worker, played for real: Meilisearch behind a relay that
 * is cut and restored, an SMTP server refusing for a while, Redis gone for the API. Jobs get
 * 2 tries here, so they fail for good within a second; the reconciler (every second here)
 * drives them again once the service answers, with nobody's help.
 */
describe('outages: what stopped is driven again on its own', () => {
  let api: TestApi;
  let meili: TcpRelay;
  let sink: SmtpSink;
  let restoreEnv: () => void;
  let db: DataSource;
  // One period of its own, so that other suites' postings never match these.
  let year = 3000 + randomInt(500);

  beforeAll(async () => {
    const realMeili = new URL(process.env.MEILI_URL!);
    meili = await tcpRelay({ host: realMeili.hostname, port: Number(realMeili.port) });
    sink = await startSmtpSink({ port: 0 });
    restoreEnv = withEnv({
      MEILI_URL: through(realMeili.toString(), meili),
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      JOB_ATTEMPTS: '2',
      JOB_BACKOFF_MS: '50',
      RECONCILE_INTERVAL_MS: '1000',
    });
    api = await TestApi.start({ worker: true });
    db = api.app.get(DataSource);
  });
  afterAll(async () => {
    await meili.restore().catch(() => undefined);
    await api.close();
    await meili.close();
    await sink.stop();
    restoreEnv();
  });

  const health = async () => (await api.call('GET', '/api/health')).body;
  const listed = async (q: string) => {
    const response = await api.call('GET', `/api/needs?q=${encodeURIComponent(q)}`);
    return response.status === 200 && (response.body.items as Array<{ id: string }>).map((item) => item.id);
  };


  async function publishNeed(host: TestUser, organizationId: string, title: string) {
    const need = await api.call('POST', `/api/organizations/${organizationId}/needs`, {
      token: host.token,
      body: needBody({ title, startDate: `${year}-02-01`, endDate: `${year}-03-31` }),
    });
    expect((await api.call('POST', `/api/needs/${need.body.id}/publish`, { token: host.token })).status).toBe(200);
    return need.body.id as string;
  }

  it('Meilisearch down for ten reconciler passes: writes succeed, health says degraded; once it is back, the need is listed and matched without a replay', async () => {
    const { offerId } = await api.publishedOffer(++year);
    const host = await api.register('host');
    const organization = await api.createOrganization(host, { generalInterest: true });
    const tag = randomUUID().slice(0, 8);
    await api.eventually(async () => (await health()).status === 'ok');

    await meili.cut();
    expect(await health()).toEqual({ status: 'degraded', database: 'up', redis: 'up', search: 'down', worker: 'up' });
    expect((await api.call('GET', '/api/needs')).status).toBe(503);
    const needId = await publishNeed(host, organization.id, `Comptable pour les salines ${tag}`);
    // Its matching job (which syncs it to search first) uses its tries and is recorded as failed.
    const failedMatching = async () => (await db.getRepository(FailedJob).findBy({ jobName: JOBS.matchNeed })).find((job) => job.data.id === needId);
    await api.eventually(failedMatching, 15_000);
    // A long outage: the reconciler runs the job again at each pass, and it fails again, ten times
    // (ten minutes with the default interval of a minute; it keeps trying for 30).
    await api.eventually(async () => ((await failedMatching())?.autoRetries ?? 0) >= 10, 60_000);
    expect((await listed(tag)) || []).not.toContain(needId);

    await meili.restore();

    await api.eventually(async () => (await listed(tag) || []).includes(needId), 20_000);
    await api.eventually(async () => {
      const suggestions = await api.call('GET', `/api/needs/${needId}/suggestions`, { token: host.token });
      return (suggestions.body.items as Array<{ offer: { id: string } }>).some((s) => s.offer.id === offerId);
    }, 20_000);
    // The embedding job may have listed it first (it syncs the need too, retried on its own); the failed matching runs again all the same.
    const failed = await api.eventually(async () => {
      const job = (await db.getRepository(FailedJob).findBy({ jobName: JOBS.matchNeed })).find((row) => row.data.id === needId);
      return job && job.autoRetries >= 1 && job;
    }, 20_000);
    expect(failed.replayedAt).not.toBeNull();
    await api.eventually(async () => (await health()).status === 'ok');
    // Ten passes a second apart, then the recovery: more than the default 30 s on a busy machine.
  }, 120_000);

  it('a posting closed in PostgreSQL is never listed, even while the index still holds it; the reconciler then removes it', async () => {
    const host = await api.register('host');
    const organization = await api.createOrganization(host, { generalInterest: true });
    const tag = randomUUID().slice(0, 8);
    const needId = await publishNeed(host, organization.id, `Juriste pour des statuts ${tag}`);
    await api.eventually(async () => (await listed(tag) || []).includes(needId));
    const search = api.worker!.get(SearchIndex);
    const need = await db.getRepository(Need).findOneOrFail({ where: { id: needId }, relations: { organization: true } });
    const indexedDocument = needDocument(need, need.organization!);

    // Closed behind the outbox's back (as if its sync job were lost), the index keeps the need.
    await db.getRepository(Need).update({ id: needId }, { status: 'closed', updatedAt: new Date(Date.now() - 60_000) });
    await search.upsert('needs', [indexedDocument]);

    expect(await listed(tag)).toEqual([]);
    await api.eventually(async () => !(await allIds(search)).has(needId), 15_000);
  });

  it('a need missing from the index (an index rebuilt without it) is put back and matched', async () => {
    const host = await api.register('host');
    const organization = await api.createOrganization(host, { generalInterest: true });
    const tag = randomUUID().slice(0, 8);
    const needId = await publishNeed(host, organization.id, `Traductrice de guides ${tag}`);
    await api.eventually(async () => (await listed(tag) || []).includes(needId));
    // Its embedding done and synced: that sync would otherwise put it back in the index behind the test's back.
    await api.eventually(() => db.getRepository(TextEmbedding).existsBy({ subjectId: needId }), 30_000);
    await api.eventually(() => api.worker!.get(JobQueues).idle(), 30_000);
    await db.getRepository(Need).update({ id: needId }, { updatedAt: new Date(Date.now() - 60_000) });

    await api.worker!.get(SearchIndex).remove('needs', [needId]);
    expect(await listed(tag)).toEqual([]);

    await api.eventually(async () => (await listed(tag) || []).includes(needId), 15_000);
  });

  it('the daily digest’s schedule comes back after Redis lost it', async () => {
    const queue = api.worker!.get(JobQueues).queue(QUEUE_OF[JOBS.dailyDigest]);
    await queue.removeJobScheduler(JOBS.dailyDigest);
    expect(await queue.getJobScheduler(JOBS.dailyDigest)).toBeUndefined();

    await api.eventually(async () => (await queue.getJobScheduler(JOBS.dailyDigest)) !== undefined, 10_000);
  });

  it('an SMTP server refusing for a while: the e-mails go out once it accepts again, each once', async () => {
    const person = await api.signUp('smtp');
    await api.eventually(async () => sink.received.some((email) => email.to.includes(person.email)));
    sink.setRefusing(true);
    const resent = await api.call('POST', '/api/auth/verify-email/resend', { body: { email: person.email } });
    expect(resent.status).toBe(202);
    await api.eventually(async () => {
      const failed = await db.getRepository(FailedJob).findBy({ jobName: JOBS.sendEmail, permanent: false });
      return failed.length > 0;
    }, 15_000);

    sink.setRefusing(false);

    await api.eventually(async () => sink.received.filter((email) => email.to.includes(person.email)).length === 2, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(sink.received.filter((email) => email.to.includes(person.email))).toHaveLength(2);
  });

  it('Redis gone for the API: health says so (200, degraded), and replaying a failed job answers 503, not 500', async () => {
    const restore = withEnv({ REDIS_URL: 'redis://127.0.0.1:1' });
    const cut = await TestApi.start();
    restore();
    try {
      const admin = await api.register('operator');
      await db.getRepository(User).update({ id: admin.id }, { isPlatformAdmin: true });
      const failed = await db.getRepository(FailedJob).save(
        db.getRepository(FailedJob).create({ queue: 'matching', jobName: JOBS.matchNeed, jobId: `outage-${randomUUID()}`, data: { id: randomUUID() }, error: 'test', attempts: 2, failedAt: new Date(), replayedAt: null, permanent: true }),
      );

      const replay = await cut.call('POST', `/api/admin/failed-jobs/${failed.id}/replay`, { token: admin.token });
      const answer = await cut.call('GET', '/api/health');

      expect(replay.status).toBe(503);
      expect(replay.body.code).toBe('SERVICE_UNAVAILABLE');
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ status: 'degraded', database: 'up', redis: 'down', search: 'up', worker: 'unknown' });
    } finally {
      await cut.close();
    }
  });
});

async function allIds(search: SearchIndex): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const page of search.documentIds('needs')) page.forEach((id) => ids.add(id));
  return ids;
}
