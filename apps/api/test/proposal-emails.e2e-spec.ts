import { randomUUID } from 'node:crypto';
import { startSmtpSink, type SmtpSink } from '@relais/notifications';
import { withEnv } from './support/env';
import { needBody, offerBody, TestApi, type TestUser } from './support/test-api';

/** A proposal's news by e-mail, through the outbox, the worker and a real SMTP server. */
describe('proposal e-mails', () => {
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

  async function publish(kind: 'needs' | 'offers', body: Record<string, unknown>): Promise<{ user: TestUser; organizationId: string; id: string; name: string }> {
    const user = await api.register(kind === 'needs' ? 'host' : 'provider');
    const name = `${kind === 'needs' ? 'Salines' : 'Numerica'} ${randomUUID().slice(0, 6)}`;
    const organization = await api.createOrganization(user, kind === 'needs' ? { generalInterest: true, name } : { kind: 'company', name });
    const created = await api.call('POST', `/api/organizations/${organization.id}/${kind}`, { token: user.token, body });
    await api.call('POST', `/api/${kind}/${created.body.id}/publish`, { token: user.token });
    return { user, organizationId: organization.id, id: created.body.id, name };
  }

  it('the members of the organization a proposal is sent to get it by e-mail, and the proposer gets the answer', async () => {
    const host = await publish('needs', needBody({ startDate: `${year}-02-01`, endDate: `${year}-03-31` }));
    const provider = await publish('offers', offerBody({ availableFrom: `${year}-01-15`, availableTo: `${year}-06-30` }));
    const suggestion = await api.eventually(async () => {
      const answer = await api.call('GET', `/api/needs/${host.id}/suggestions`, { token: host.user.token });
      return answer.body.items.find((s: { offer: { id: string } }) => s.offer.id === provider.id);
    }, 30_000);

    const sent = await api.call('POST', `/api/suggestions/${suggestion.id}/proposals`, { token: host.user.token, body: { message: 'Pourriez-vous aider notre GIE à tenir ses comptes ?' } });
    expect(sent.status).toBe(201);
    const [received] = await emailsTo(provider.user.email, /propose|proposes/);
    expect(received.subject).toContain(host.name);
    expect(received.text).toContain('Pourriez-vous aider notre GIE à tenir ses comptes ?');
    expect(received.text).toContain(`/organizations/${provider.organizationId}/proposals?direction=received`);

    await api.call('POST', `/api/proposals/${sent.body.id}/decline`, { token: provider.user.token, body: { reason: 'dates', text: 'Pas avant septembre.' } });
    const [answer] = await emailsTo(host.user.email, /décliné|declined/);
    expect(answer.subject).toContain(provider.name);
    expect(answer.text).toContain('Pas avant septembre.');
    expect(answer.text).toContain(`/organizations/${host.organizationId}/proposals?direction=sent`);
    // One e-mail each, whatever the jobs' replays.
    expect(sink.received.filter((email) => email.to.includes(provider.user.email) && /propose/.test(email.subject))).toHaveLength(1);
  }, 60_000);
});
