import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, In } from 'typeorm';
import { addOutboxEvent, Need, OutboxEvent, Suggestion } from '@relais/database';
import { JOBS, JobQueues, QUEUE_OF } from '@relais/jobs';
import { startSmtpSink, type SmtpSink } from '@relais/notifications';
import { withEnv } from './support/env';
import { needBody, TestApi } from './support/test-api';

const WINDOW_SECONDS = 6;
const EMAILS_PER_DAY = 2;
const BACKGROUND_PRIORITY = 10;

/**
 * Bursts of suggestions: a member who wants e-mails at once gets one e-mail per window with all
 * of its suggestions, and no more than SUGGESTION_EMAILS_PER_DAY a day; the work of a bulk
 * import, and what it causes, is queued behind the work people wait for.
 */
describe('bursts of suggestions', () => {
  let api: TestApi;
  let sink: SmtpSink;
  let restoreEnv: () => void;
  let db: DataSource;
  let year = 5000 + randomInt(400);

  beforeAll(async () => {
    sink = await startSmtpSink({ port: 0 });
    restoreEnv = withEnv({
      SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
      SUGGESTION_EMAIL_WINDOW_SECONDS: String(WINDOW_SECONDS),
      SUGGESTION_EMAILS_PER_DAY: String(EMAILS_PER_DAY),
    });
    api = await TestApi.start({ worker: true });
    db = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api.close();
    await sink.stop();
    restoreEnv();
  });

  const emailsTo = (address: string) => sink.received.filter((email) => email.to.includes(address) && email.text.includes('/suggestions'));
  const notified = async (token: string) => (await api.call('GET', '/api/notifications', { token })).body.total as number;
  /** Waits for the start of the next window, so that what the test does next falls in one. */
  const nextWindow = () => sleep(WINDOW_SECONDS * 1000 - (Date.now() % (WINDOW_SECONDS * 1000)) + 300);

  async function publishedNeed() {
    year++;
    const host = await api.register('host');
    const org = await api.createOrganization(host, { generalInterest: true });
    const need = await api.call('POST', `/api/organizations/${org.id}/needs`, { token: host.token, body: needBody({ startDate: `${year}-02-01`, endDate: `${year}-03-31` }) });
    expect((await api.call('POST', `/api/needs/${need.body.id}/publish`, { token: host.token })).status).toBe(200);
    return { host, needId: need.body.id as string };
  }

  it('groups a window’s suggestions in one e-mail per person, and stops at the daily cap until the next day', async () => {
    const { host, needId } = await publishedNeed();
    await api.eventually(async () => (await db.getRepository(Need).findOneByOrFail({ id: needId })).matchedAt !== null);

    await nextWindow();
    const providers = [];
    for (let i = 0; i < 3; i++) providers.push((await api.publishedOffer(year)).provider);
    await api.eventually(async () => (await notified(host.token)) === 3, 15_000);
    const [grouped] = await api.eventually(async () => emailsTo(host.email).length > 0 && emailsTo(host.email), 15_000);
    expect(grouped.subject).toMatch(/^3 (nouvelles suggestions pour votre besoin|new suggestions for your need)/);
    expect(grouped.text).toContain(`/needs/${needId}/suggestions`);
    // Each provider hears of its own offer, once.
    for (const provider of providers) await api.eventually(async () => emailsTo(provider.email).length === 1, 15_000);

    // The next window: one more suggestion, its own e-mail (the second of the day).
    await nextWindow();
    await api.publishedOffer(year);
    await api.eventually(async () => emailsTo(host.email).length === 2, 20_000);
    expect(emailsTo(host.email)[1].subject).not.toMatch(/^\d+ /);

    // A third window: the cap is reached; the suggestion waits for tomorrow's first e-mail.
    await nextWindow();
    await api.publishedOffer(year);
    await api.eventually(async () => (await notified(host.token)) === 5, 15_000);
    const deadlines = api.worker!.get(JobQueues).queue(QUEUE_OF[JOBS.emailSuggestions]);
    const tomorrow = Date.parse(new Date().toISOString().slice(0, 10)) + 24 * 3600 * 1000;
    const postponed = await api.eventually(async () => deadlines.getJob(`${JOBS.emailSuggestions}-${host.id}-day-${tomorrow}`), (WINDOW_SECONDS + 5) * 1000);
    expect(await postponed.isDelayed()).toBe(true);
    expect(emailsTo(host.email)).toHaveLength(2);
  }, 90_000);

  it('a bulk import’s matching, and the news of its suggestions, wait behind other work', async () => {
    const { offerId } = await api.publishedOffer(++year);
    const host = await api.register('importer');
    const org = await api.createOrganization(host, { generalInterest: true });
    const draft = await api.call('POST', `/api/organizations/${org.id}/needs`, { token: host.token, body: needBody({ startDate: `${year}-02-01`, endDate: `${year}-03-31` }) });
    // As the import writes it: published, with an event flagged bulk, in one transaction.
    await db.transaction(async (manager) => {
      await manager.update(Need, { id: draft.body.id }, { status: 'open', publishedAt: new Date() });
      await addOutboxEvent(manager, { type: 'need.published', aggregateId: draft.body.id, organizationId: org.id, payload: { bulk: true } });
    });
    const event = await db.getRepository(OutboxEvent).findOneByOrFail({ aggregateId: draft.body.id });

    const suggestion = await api.eventually(async () => db.getRepository(Suggestion).findOneBy({ needId: draft.body.id, offerId }), 15_000);
    const queues = api.worker!.get(JobQueues);
    const matchJob = await queues.queue(QUEUE_OF[JOBS.matchNeed]).getJob(event.id);
    expect(matchJob?.opts.priority).toBe(BACKGROUND_PRIORITY);
    expect(matchJob?.data).toEqual({ id: draft.body.id, bulk: true });

    const created = await api.eventually(async () => db.getRepository(OutboxEvent).findOneBy({ type: 'suggestion.created', aggregateId: suggestion.id }));
    expect(created.payload).toEqual({ bulk: true });
    const notifyJob = await api.eventually(async () => queues.queue(QUEUE_OF[JOBS.notifySuggestion]).getJob(created.id));
    expect(notifyJob.opts.priority).toBe(BACKGROUND_PRIORITY);
    await api.eventually(async () => (await notified(host.token)) === 1, 15_000);

    // A posting published by hand: no priority, ahead of the background jobs.
    const byHand = await api.call('POST', `/api/organizations/${org.id}/needs`, { token: host.token, body: needBody({ startDate: `${year}-02-01`, endDate: `${year}-03-31` }) });
    await api.call('POST', `/api/needs/${byHand.body.id}/publish`, { token: host.token });
    const [published] = await api.eventually(async () => {
      const events = await db.getRepository(OutboxEvent).findBy({ aggregateId: In([byHand.body.id]) });
      return events.length > 0 && events[0].sentAt !== null && events;
    });
    const handJob = await queues.queue(QUEUE_OF[JOBS.matchNeed]).getJob(published.id);
    expect(handJob?.opts.priority ?? 0).toBe(0);
    expect(handJob?.data).toEqual({ id: byHand.body.id });
  }, 60_000);
});
