import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { randomInt } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { Notification, Suggestion } from '@relais/database';
import { startSmtpSink, type SmtpSink } from '@relais/notifications';
import { withEnv } from './support/env';
import { needBody, TestApi } from './support/test-api';

const WORKER = path.resolve(__dirname, '../../../dist/apps/worker/src/main.js');
const NEEDS = 12;

/**
 * The worker as its own process (the build `npm test` makes first), killed with SIGKILL in the
 * middle of a batch and started again: nothing is lost, no suggestion or notification is made
 * twice, every suggestion is e-mailed, and an e-mail goes out twice at most when the kill fell between the SMTP server's
 * acceptance and its record (at-least-once), with the same Message-ID.
 */
describe('the worker killed with SIGKILL during a batch', () => {
  let api: TestApi;
  let sink: SmtpSink;
  let restoreEnv: () => void;
  let worker: ChildProcess | null = null;
  const year = 4000 + randomInt(500);

  const startWorker = () => {
    worker = spawn(process.execPath, [WORKER], { env: { ...process.env, LOG_LEVEL: 'warn', JOB_LOCK_MS: '3000' }, stdio: 'ignore' });
    return worker;
  };
  const workerUp = async () => (await api.call('GET', '/api/health')).body.worker === 'up';

  beforeAll(async () => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run npm run build:server (npm test does)`);
    sink = await startSmtpSink({ port: 0 });
    restoreEnv = withEnv({ SMTP_URL: `smtp://127.0.0.1:${sink.port}`, SUGGESTION_EMAIL_WINDOW_SECONDS: '1' });
    api = await TestApi.start();
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await api.close();
    await sink.stop();
    restoreEnv();
  });

  it('loses nothing and doubles nothing but, at most, the e-mails in flight', async () => {
    startWorker();
    await api.eventually(workerUp, 30_000);
    const { offerId } = await api.publishedOffer(year);
    const host = await api.register('host');
    const hostOrg = await api.createOrganization(host, { generalInterest: true });
    const needIds: string[] = [];
    for (let i = 0; i < NEEDS; i++) {
      const need = await api.call('POST', `/api/organizations/${hostOrg.id}/needs`, {
        token: host.token,
        body: needBody({ title: `Comptable pour la coopérative n° ${i + 1}`, startDate: `${year}-02-01`, endDate: `${year}-03-31` }),
      });
      needIds.push(need.body.id);
    }
    await Promise.all(needIds.map((id) => api.call('POST', `/api/needs/${id}/publish`, { token: host.token })));
    const db = api.app.get(DataSource);
    const suggested = () => db.getRepository(Suggestion).countBy({ needId: In(needIds), offerId });

    // Killed as soon as the batch is under way.
    await api.eventually(async () => (await suggested()) > 0, 30_000);
    worker!.kill('SIGKILL');
    await api.eventually(async () => !(await workerUp()), 10_000);
    const atKill = await suggested();

    startWorker();
    const restartedAt = Date.now();
    await api.eventually(async () => (await suggested()) === NEEDS, 60_000);
    const suggestions = await db.getRepository(Suggestion).findBy({ needId: In(needIds) });
    await api.eventually(async () => (await db.getRepository(Notification).countBy({ suggestionId: In(suggestions.map((s) => s.id)) })) === NEEDS * 2, 60_000);
    const hostEmails = () => sink.received.filter((email) => email.to.includes(host.email) && email.text.includes('/suggestions'));
    // The host's e-mails group the suggestions of each window: each need is in one of them.
    const told = () => needIds.filter((id) => hostEmails().some((email) => email.text.includes(`/needs/${id}/suggestions`)));
    await api.eventually(async () => told().length === NEEDS, 60_000);

    const perMessage = new Map<string, number>();
    for (const email of hostEmails()) perMessage.set(email.messageId, (perMessage.get(email.messageId) ?? 0) + 1);
    const twice = [...perMessage.values()].filter((count) => count === 2).length;
    process.stdout.write(`worker killed after ${atKill} of ${NEEDS} suggestions; all made ${Date.now() - restartedAt} ms after the restart; ${perMessage.size} e-mail(s) to the host, ${twice} sent twice\n`);
    expect(atKill).toBeLessThan(NEEDS);
    expect(suggestions).toHaveLength(NEEDS);
    // At most the e-mails being sent when the kill came (the notification queue runs 4 at once) went twice.
    expect([...perMessage.values()].every((count) => count <= 2)).toBe(true);
    expect(twice).toBeLessThanOrEqual(4);
  }, 240_000);
});
