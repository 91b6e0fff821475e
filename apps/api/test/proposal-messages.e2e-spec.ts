import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { startSmtpSink, type ReceivedEmail, type SmtpSink } from '@relais/notifications';
import { withEnv } from './support/env';
import { proposePair } from './support/proposal-pair';
import { TestApi, type TestUser } from './support/test-api';

const WINDOW_SECONDS = 3;

type Message = { id: string; body: string; side: 'host' | 'provider'; organization: { id: string; name: string }; author: string | null };
type AppNotification = { proposalId: string | null; event: string | null; readAt: string | null; id: string; title: string; link: string | null };

/** The thread of a proposal, through the API, the outbox, the worker and a real SMTP server. */
describe("a proposal's thread", () => {
  let api: TestApi;
  let sink: SmtpSink;
  let restoreEnv: () => void;
  // A year of its own: no other suite's postings fit these.
  const year = 5900 + Math.floor(Math.random() * 90);

  beforeAll(async () => {
    sink = await startSmtpSink({ port: 0 });
    restoreEnv = withEnv({ SMTP_URL: `smtp://127.0.0.1:${sink.port}`, MESSAGE_EMAIL_WINDOW_SECONDS: String(WINDOW_SECONDS) });
    api = await TestApi.start({ worker: true });
  });
  afterAll(async () => {
    await api.close();
    await sink.stop();
    restoreEnv();
  });

  /** The host proposes to the provider. */
  const propose = async () => {
    const { host, provider, proposal } = await proposePair(api, year, 'Pouvons-nous en parler ?');
    return { host, provider, proposalId: proposal.id };
  };

  const write = (user: TestUser, proposalId: string, body: unknown) => api.call('POST', `/api/proposals/${proposalId}/messages`, { token: user.token, body });
  const thread = async (user: TestUser, proposalId: string): Promise<Message[]> =>
    (await api.call('GET', `/api/proposals/${proposalId}/messages`, { token: user.token })).body.items;
  const threadNotices = async (user: TestUser, proposalId: string): Promise<AppNotification[]> =>
    (await api.call('GET', '/api/notifications?pageSize=100', { token: user.token })).body.items.filter(
      (n: AppNotification) => n.proposalId === proposalId && n.event === 'message',
    );

  it('the two organizations write to each other; authors are named to the other side once the proposal is accepted; nobody else reads or writes', async () => {
    const { host, provider, proposalId } = await propose();
    expect((await write(provider.user, proposalId, { body: 'Bonjour ! Quelles sont vos dates ?' })).status).toBe(201);
    expect((await write(host.user, proposalId, { body: 'Février et mars, deux jours par semaine.' })).status).toBe(201);

    const seenByHost = await thread(host.user, proposalId);
    expect(seenByHost.map((m) => [m.side, m.body])).toEqual([
      ['host', 'Février et mars, deux jours par semaine.'],
      ['provider', 'Bonjour ! Quelles sont vos dates ?'],
    ]);
    // Before acceptance: one's own organization's people are named, the other side's organization only.
    expect(seenByHost.map((m) => m.author)).toEqual([host.displayName, null]);
    expect(seenByHost[1].organization.name).toBe(provider.name);

    expect((await api.call('POST', `/api/proposals/${proposalId}/accept`, { token: provider.user.token })).status).toBe(200);
    expect((await thread(host.user, proposalId)).map((m) => m.author)).toEqual([host.displayName, provider.displayName]);
    // Still open once accepted.
    expect((await write(host.user, proposalId, { body: 'Merci, à bientôt.' })).status).toBe(201);

    const stranger = await api.register('stranger');
    await api.createOrganization(stranger, { name: `Tiers ${randomUUID().slice(0, 6)}` });
    expect((await api.call('GET', `/api/proposals/${proposalId}/messages`, { token: stranger.token })).status).toBe(404);
    expect((await write(stranger, proposalId, { body: 'Bonjour' })).status).toBe(404);
    expect((await api.call('GET', `/api/proposals/${proposalId}/messages`)).status).toBe(401);
  }, 60_000);

  it('refuses an empty or overlong message field by field, and any message once the proposal is withdrawn (409 THREAD_CLOSED)', async () => {
    const { host, provider, proposalId } = await propose();
    const empty = await write(host.user, proposalId, { body: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.details).toEqual([expect.objectContaining({ path: 'body' })]);
    expect((await write(host.user, proposalId, { body: 'x'.repeat(4001) })).status).toBe(400);
    expect((await write(host.user, proposalId, { body: 'ok', extra: 1 })).status).toBe(400);

    expect((await api.call('POST', `/api/proposals/${proposalId}/withdraw`, { token: host.user.token })).status).toBe(200);
    const closed = await write(provider.user, proposalId, { body: 'Dommage !' });
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('THREAD_CLOSED');
    expect(await thread(provider.user, proposalId)).toEqual([]);
  }, 60_000);

  it('messages written within a window reach the other side in one e-mail; in-app, one notification per thread, unread again at each message', async () => {
    const { host, provider, proposalId } = await propose();
    // Both messages in one window: start just after a window begins.
    while (Date.now() % (WINDOW_SECONDS * 1000) > 300) await sleep(20);
    expect((await write(provider.user, proposalId, { body: 'Premier message' })).status).toBe(201);
    expect((await write(provider.user, proposalId, { body: 'Second message' })).status).toBe(201);

    const isThread = (email: ReceivedEmail) => email.to.includes(host.user.email) && /vous a écrit|wrote to you/.test(email.subject);
    const [email] = await api.eventually(async () => {
      const found = sink.received.filter(isThread);
      return found.length > 0 && found;
    }, 20_000);
    expect(email.subject).toContain(provider.name);
    expect(email.text).toContain('> Premier message');
    expect(email.text).toContain('> Second message');
    expect(email.text).toContain(`/proposals/${proposalId}`);
    // Nothing more comes for that window; the provider gets nothing of its own messages.
    await sleep(WINDOW_SECONDS * 1000 + 1500);
    expect(sink.received.filter(isThread)).toHaveLength(1);
    expect(sink.received.filter((e) => e.to.includes(provider.user.email) && /vous a écrit|wrote to you/.test(e.subject))).toEqual([]);

    const [notice] = await threadNotices(host.user, proposalId);
    expect(notice).toMatchObject({ readAt: null });
    expect(notice.title).toContain(provider.name);
    expect(notice.link).toContain(`/proposals/${proposalId}`);
    expect((await api.call('POST', `/api/notifications/${notice.id}/read`, { token: host.user.token })).status).toBe(204);
    expect((await write(provider.user, proposalId, { body: 'Troisième message' })).status).toBe(201);
    const again = await api.eventually(async () => {
      const found = await threadNotices(host.user, proposalId);
      return found.length === 1 && found[0].readAt === null && found;
    }, 20_000);
    expect(again[0].id).toBe(notice.id);
  }, 90_000);
});
