import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { JOBS, JobQueues, QUEUE_OF } from '@relais/jobs';
import { startSmtpSink, type SmtpSink } from '@relais/notifications';
import { Reconciler } from '../../worker/src/jobs/reconciler';
import { withEnv } from './support/env';
import { proposePair } from './support/proposal-pair';
import { TestApi, type TestUser } from './support/test-api';

const DAY_MS = 24 * 60 * 60 * 1000;

type AppNotification = { kind: string; proposalId: string | null; event: string | null; title: string; body: string; link: string | null };

/**
 * A proposal's news, in-app and by e-mail, through the outbox, the worker and a real SMTP
 * server; its reminder and its expiry as delayed jobs in Redis.
 */
describe('proposal notices', () => {
  let api: TestApi;
  let sink: SmtpSink;
  let restoreEnv: () => void;
  // A year of its own: no other suite's postings fit these.
  const year = 5500 + Math.floor(Math.random() * 400);

  beforeAll(async () => {
    sink = await startSmtpSink({ port: 0 });
    restoreEnv = withEnv({ SMTP_URL: `smtp://127.0.0.1:${sink.port}` });
    api = await TestApi.start({ worker: true });
  });
  afterAll(async () => {
    await api.close();
    await sink.stop();
    restoreEnv();
  });

  const emailsTo = (address: string, subject: RegExp) =>
    api.eventually(async () => {
      const found = sink.received.filter((email) => email.to.includes(address) && subject.test(email.subject));
      return found.length > 0 && found;
    }, 20_000);

  const notificationsOf = async (user: TestUser, proposalId: string): Promise<AppNotification[]> =>
    (await api.call('GET', '/api/notifications?pageSize=100', { token: user.token })).body.items.filter((n: AppNotification) => n.proposalId === proposalId);

  it('the members of the organization a proposal is sent to get it by e-mail, and the proposer gets the answer', async () => {
    const { host, provider, proposal } = await proposePair(api, year);
    const [received] = await emailsTo(provider.user.email, /propose|proposes/);
    expect(received.subject).toContain(host.name);
    expect(received.text).toContain('Pourriez-vous aider notre GIE à tenir ses comptes ?');
    expect(received.text).toContain(`/proposals/${proposal.id}`);

    await api.call('POST', `/api/proposals/${proposal.id}/decline`, { token: provider.user.token, body: { reason: 'dates', text: 'Pas avant septembre.' } });
    const [answer] = await emailsTo(host.user.email, /décliné|declined/);
    expect(answer.subject).toContain(provider.name);
    expect(answer.text).toContain('Pas avant septembre.');
    expect(answer.text).toContain(`/proposals/${proposal.id}`);
    // One e-mail each, whatever the jobs' replays.
    expect(sink.received.filter((email) => email.to.includes(provider.user.email) && /propose/.test(email.subject))).toHaveLength(1);
  }, 60_000);

  it('in-app, the receiving members see the proposal arrive, and the proposer its acceptance, each with a link to the proposal page', async () => {
    const { host, provider, proposal } = await proposePair(api, year);
    const [arrived] = await api.eventually(async () => {
      const found = await notificationsOf(provider.user, proposal.id);
      return found.length > 0 && found;
    }, 20_000);
    expect(arrived).toMatchObject({ kind: 'proposal', event: 'received' });
    expect(arrived.title).toContain(host.name);
    expect(arrived.link).toContain(`/proposals/${proposal.id}`);
    // The proposer's side is not told of its own proposal.
    expect(await notificationsOf(host.user, proposal.id)).toEqual([]);

    await api.call('POST', `/api/proposals/${proposal.id}/accept`, { token: provider.user.token });
    const [accepted] = await api.eventually(async () => {
      const found = await notificationsOf(host.user, proposal.id);
      return found.length > 0 && found;
    }, 20_000);
    expect(accepted).toMatchObject({ kind: 'proposal', event: 'accepted' });
    expect(accepted.title).toContain(provider.name);
  }, 60_000);

  it('the reminder and the expiry wait in Redis as delayed jobs, rebuilt from PostgreSQL when lost; the reminder reaches the receiving side once, the expiry tells the proposer', async () => {
    const { host, provider, proposal } = await proposePair(api, year);
    const proposalId: string = proposal.id;
    const queue = api.worker!.get(JobQueues).queue(QUEUE_OF[JOBS.remindProposal]);
    const jobsOf = () => Promise.all([queue.getJob(`proposal-reminder-${proposalId}`), queue.getJob(`proposal-expiry-${proposalId}`)]);
    const [reminder, expiry] = await api.eventually(async () => {
      const jobs = await jobsOf();
      return jobs.every(Boolean) && jobs;
    }, 20_000);
    const respondBy = new Date(proposal.respondBy).getTime();
    expect(await reminder!.getState()).toBe('delayed');
    expect(Math.abs(reminder!.timestamp + reminder!.delay - (respondBy - 3 * DAY_MS))).toBeLessThan(10_000);
    expect(Math.abs(expiry!.timestamp + expiry!.delay - respondBy)).toBeLessThan(10_000);

    // Redis lost them (restarted empty): the reconciler queues them again from the pending proposals.
    await reminder!.remove();
    await expiry!.remove();
    expect((await api.worker!.get(Reconciler).reconcile()).proposalsScheduled).toBeGreaterThanOrEqual(1);
    const [again, expiryAgain] = await jobsOf();
    expect(await again?.getState()).toBe('delayed');
    expect(await expiryAgain?.getState()).toBe('delayed');

    // Three days before the deadline: the reminder, once, however often its job runs.
    const db = api.app.get(DataSource);
    await db.query(`UPDATE proposals SET respond_by = now() + interval '2 days' WHERE id = $1`, [proposalId]);
    await again!.promote();
    const isReminder = /attend votre réponse|waiting for your answer/;
    const [reminded] = await emailsTo(provider.user.email, isReminder);
    expect(reminded.subject).toContain(host.name);
    await api.worker!.get(JobQueues).add(JOBS.remindProposal, { id: proposalId }, `reminder-replayed-${randomUUID()}`);
    await api.eventually(async () => (await queue.getCompleted()).some((job) => job.id?.startsWith('reminder-replayed-') && job.data.id === proposalId), 20_000);
    expect(sink.received.filter((email) => email.to.includes(provider.user.email) && isReminder.test(email.subject))).toHaveLength(1);
    expect((await notificationsOf(provider.user, proposalId)).filter((n) => n.event === 'reminder')).toHaveLength(1);

    // At the deadline, the expiry job expires it (no read in between) and the proposer is told.
    await db.query(`UPDATE proposals SET respond_by = now() - interval '1 second' WHERE id = $1`, [proposalId]);
    await expiryAgain!.promote();
    const expired = await api.eventually(async () => {
      const job = await queue.getJob(`proposal-expiry-${proposalId}`);
      return (await job?.getState()) === 'completed' && job;
    }, 20_000);
    expect(expired.returnvalue).toBe('done');
    const [told] = await emailsTo(host.user.email, /expiré|expired/);
    expect(told.subject).toContain(provider.name);
    expect((await api.call('GET', `/api/proposals/${proposalId}`, { token: host.user.token })).body.status).toBe('expired');
    expect((await notificationsOf(host.user, proposalId)).map((n) => n.event)).toEqual(['expired']);
  }, 90_000);
});
