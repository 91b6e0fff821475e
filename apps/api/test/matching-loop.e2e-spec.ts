import { randomUUID } from 'node:crypto';
import { DataSource, In, IsNull, Like } from 'typeorm';
import { EmailMessage, Notification, OutboxEvent, Suggestion, User } from '@relais/database';
import { JOBS, JobQueues } from '@relais/jobs';
import { startSmtpSink, type SmtpSink } from '@relais/notifications';
import { MAX_SUGGESTIONS } from '../../worker/src/matching/matching.service';
import { withEnv } from './support/env';
import { needBody, offerBody, TestApi, type TestUser } from './support/test-api';

type Suggested = { id: string; score: number; reasons: Array<{ factor: string; value: number; text: { fr: string; en: string } }>; offer?: { id: string }; need?: { id: string } };

describe('the matching loop: outbox, queues, search, suggestions, notifications', () => {
  let api: TestApi;
  let sink: SmtpSink;
  let restoreEnv: () => void;
  let db: DataSource;

  beforeAll(async () => {
    sink = await startSmtpSink({ port: 0 });
    restoreEnv = withEnv({ SMTP_URL: `smtp://127.0.0.1:${sink.port}`, JOB_ATTEMPTS: '3', JOB_BACKOFF_MS: '50', SUGGESTION_EMAIL_WINDOW_SECONDS: '1' });
    api = await TestApi.start({ worker: true });
    db = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api.close();
    await sink.stop();
    restoreEnv();
  });

  /**
   * A provider with a published offer and a host with a published need that fits it. Each pair
   * gets a period of its own (a year of its own), so that pairs of different tests never match.
   * The test suites share one database: from 2100 on, no other suite's postings (redis-outage's
   * are in 2040) can fit these needs and add suggestions and e-mails to the ones counted here.
   */
  let year = 2100;
  async function publishedPair(need: Record<string, unknown> = {}, offer: Record<string, unknown> = {}, hostFields: Record<string, unknown> = {}) {
    year++;
    need = { startDate: `${year}-02-01`, endDate: `${year}-03-31`, ...need };
    offer = { availableFrom: `${year}-01-15`, availableTo: `${year}-06-30`, ...offer };
    const provider = await api.register('provider');
    const providerOrg = await api.createOrganization(provider, { kind: 'company', name: `Numerica ${randomUUID().slice(0, 6)}` });
    const offerRes = await api.call('POST', `/api/organizations/${providerOrg.id}/offers`, { token: provider.token, body: offerBody(offer) });
    expect(offerRes.status).toBe(201);
    await api.call('POST', `/api/offers/${offerRes.body.id}/publish`, { token: provider.token });

    const host = await api.register('host');
    const hostOrg = await api.createOrganization(host, { generalInterest: true, ...hostFields });
    const needRes = await api.call('POST', `/api/organizations/${hostOrg.id}/needs`, { token: host.token, body: needBody(need) });
    expect(needRes.status).toBe(201);
    const published = await api.call('POST', `/api/needs/${needRes.body.id}/publish`, { token: host.token });
    expect(published.status).toBe(200);
    return { provider, host, offerId: offerRes.body.id as string, needId: needRes.body.id as string };
  }

  const suggestionsOf = async (side: 'needs' | 'offers', id: string, user: TestUser): Promise<Suggested[]> => {
    const response = await api.call('GET', `/api/${side}/${id}/suggestions`, { token: user.token });
    expect(response.status).toBe(200);
    return response.body.items;
  };

  /** The suggestion e-mails and digests an address received (not its account's or invitations' messages). */
  const emailsTo = (address: string) => sink.received.filter((email) => email.to.includes(address) && email.text.includes('/suggestions'));

  /** Waits until no job is waiting or running on any queue. */
  const queuesIdle = (timeoutMs = 15_000) => api.eventually(() => api.worker!.get(JobQueues).idle(), timeoutMs);

  it('suggests the offer to the need within seconds, with reasons, and tells each side once', async () => {
    const { provider, host, offerId, needId } = await publishedPair();

    const forNeed = await api.eventually(async () => {
      const items = await suggestionsOf('needs', needId, host);
      return items.find((s) => s.offer?.id === offerId);
    }, 10_000);
    expect(forNeed.score).toBeGreaterThan(0);
    expect(forNeed.score).toBeLessThanOrEqual(1);
    expect(forNeed.reasons.map((r) => r.factor)).toEqual(expect.arrayContaining(['skills', 'dates', 'language', 'mechanisms']));
    forNeed.reasons.forEach((reason) => {
      expect(reason.text.fr.length).toBeGreaterThan(5);
      expect(reason.text.en.length).toBeGreaterThan(5);
    });
    expect((await suggestionsOf('offers', offerId, provider)).map((s) => s.need?.id)).toContain(needId);

    for (const user of [host, provider]) {
      const notifications = await api.eventually(async () => {
        const response = await api.call('GET', '/api/notifications', { token: user.token });
        return response.body.total === 1 && response.body;
      });
      expect(notifications.items[0]).toMatchObject({ suggestionId: forNeed.id, readAt: null });
      expect(notifications.items[0].title.length).toBeGreaterThan(0);
      expect((await api.call('GET', '/api/notifications/unread-count', { token: user.token })).body).toEqual({ unread: 1 });
    }
    await api.eventually(async () => emailsTo(host.email).length === 1 && emailsTo(provider.email).length === 1);
    const [hostEmail] = emailsTo(host.email);
    expect(hostEmail.subject).toContain('Comptable pour une coopérative de sel'); // the host writes in French
    expect(hostEmail.text).toContain(`http://relais.test/needs/${needId}/suggestions`);

    const read = await api.call('POST', `/api/notifications/${(await api.call('GET', '/api/notifications', { token: host.token })).body.items[0].id}/read`, { token: host.token });
    expect(read.status).toBe(204);
    expect((await api.call('GET', '/api/notifications/unread-count', { token: host.token })).body).toEqual({ unread: 0 });
  });

  it('replaying the outbox events and the jobs creates no second suggestion, notification or e-mail', async () => {
    const { provider, host, offerId, needId } = await publishedPair();
    await api.eventually(async () => emailsTo(host.email).length === 1 && emailsTo(provider.email).length === 1);
    const suggestion = await db.getRepository(Suggestion).findOneByOrFail({ needId, offerId });

    // Replay: mark every event of this pair unsent again, and queue every job again under new ids.
    const events = await db.getRepository(OutboxEvent).findBy({ aggregateId: In([needId, offerId, suggestion.id]) });
    expect(events.length).toBeGreaterThanOrEqual(3);
    await db.getRepository(OutboxEvent).update({ id: In(events.map((e) => e.id)) }, { sentAt: null });
    const queues = api.worker!.get(JobQueues);
    const emails = await db.getRepository(EmailMessage).findBy({ userId: In([host.id, provider.id]), dedupeKey: Like('suggestions:%') });
    expect(emails).toHaveLength(2);
    const replay = `replay-${randomUUID()}`;
    await queues.add(JOBS.matchNeed, { id: needId }, `${replay}-need`);
    await queues.add(JOBS.matchOffer, { id: offerId }, `${replay}-offer`);
    await queues.add(JOBS.notifySuggestion, { id: suggestion.id }, `${replay}-notify`);
    for (const user of [host, provider]) await queues.add(JOBS.emailSuggestions, { id: user.id }, `${replay}-window-${user.id}`);
    for (const email of emails) await queues.add(JOBS.sendEmail, { id: email.id }, `${replay}-${email.id}`);

    await api.eventually(async () => (await db.getRepository(OutboxEvent).countBy({ id: In(events.map((e) => e.id)), sentAt: IsNull() })) === 0);
    await queuesIdle();

    expect(await db.getRepository(Suggestion).countBy({ needId, offerId })).toBe(1);
    expect(await db.getRepository(Notification).countBy({ suggestionId: suggestion.id })).toBe(2);
    expect(await db.getRepository(EmailMessage).countBy({ userId: In([host.id, provider.id]), dedupeKey: Like('suggestions:%') })).toBe(2);
    expect(emailsTo(host.email)).toHaveLength(1);
    expect(emailsTo(provider.email)).toHaveLength(1);
  });

  it('a French need finds an offer written in English through the skills catalog', async () => {
    const tag = randomUUID().slice(0, 8);
    const { host, offerId, needId } = await publishedPair(
      {
        title: `Comptabilité pour une coopérative ${tag}`,
        description: 'Former la trésorière à la tenue des comptes et préparer les états financiers annuels.',
        keywords: ['comptabilité'],
        languages: ['fr', 'en'],
      },
      {
        title: 'Chartered accountant for small cooperatives',
        description: 'Sets up accounting and bookkeeping, trains treasurers, prepares annual financial statements.',
        keywords: ['accounting'],
        languages: ['en'], // skills: the catalog's "accounting techniques", labelled "techniques comptables" in French
      },
    );
    const top5 = await api
      .eventually(async () => {
        const items = (await suggestionsOf('needs', needId, host)).slice(0, 5);
        return items.some((s) => s.offer?.id === offerId) && items;
      }, 10_000);
    expect(top5.map((s) => s.offer?.id)).toContain(offerId);
  });

  it('a French need finds an English offer that picked no common skill, through the terms of their texts', async () => {
    const { host, offerId, needId } = await publishedPair(
      {
        title: 'Hydrogéologue pour implanter deux forages maraîchers',
        description: 'Étudier la nappe, choisir l’emplacement des forages et suivre les essais de pompage.',
        skills: [],
        keywords: [],
        languages: ['fr', 'en'],
      },
      {
        title: 'Hydrogeologist: groundwater surveys and borehole siting',
        description: 'Retired hydrogeologist; groundwater studies, drilling supervision and pumping tests.',
        skills: [],
        keywords: [],
        languages: ['en'],
      },
    );
    const suggestion = await api.eventually(async () => (await suggestionsOf('needs', needId, host)).find((s) => s.offer?.id === offerId), 10_000);
    const text = suggestion.reasons.find((r) => r.factor === 'text')!;
    expect(text.value).toBeGreaterThanOrEqual(0.3); // hydrogeolog, groundwat, drill, pump... shared once French is translated
    expect(text.text.en).toContain('about the same know-how');
  });

  it('a failing SMTP server delays e-mail but in-app notifications arrive; a job that fails for good can be replayed by a platform admin', async () => {
    sink.setRefusing(true);
    const { host, provider } = await publishedPair();
    await api.eventually(async () => (await api.call('GET', '/api/notifications', { token: host.token })).body.total === 1);
    expect(emailsTo(host.email)).toHaveLength(0);

    // 3 attempts with 50 ms backoff: the send jobs fail for good and are recorded.
    const admin = await api.register('ops');
    await db.getRepository(User).update({ id: admin.id }, { isPlatformAdmin: true });
    const adminToken = (await api.call('POST', '/api/auth/login', { body: { email: admin.email, password: 'correct horse battery staple' } })).body.token;
    const failed = await api.eventually(async () => {
      const response = await api.call('GET', '/api/admin/failed-jobs?pageSize=100', { token: adminToken });
      expect(response.status).toBe(200);
      const mine = response.body.items.filter((job: { jobName: string; error: string }) => job.jobName === 'send-email');
      return mine.length >= 2 && mine;
    }, 15_000);
    expect((await api.call('GET', '/api/admin/failed-jobs', { token: host.token })).status).toBe(403);

    sink.setRefusing(false);
    for (const job of failed) {
      expect((await api.call('POST', `/api/admin/failed-jobs/${job.id}/replay`, { token: adminToken })).status).toBe(202);
    }
    await api.eventually(async () => emailsTo(host.email).length === 1 && emailsTo(provider.email).length === 1, 10_000);
  });

  it('needs a mechanism both sides can use; the reasons name it and estimate the tax reduction from the pay band', async () => {
    const sponsorshipOnly = { mechanisms: ['skills_sponsorship'] };
    const refused = await publishedPair(sponsorshipOnly, sponsorshipOnly, { generalInterest: false });
    const carried = await publishedPair(
      { ...sponsorshipOnly, effortDays: 10, startDate: '2026-02-02', endDate: '2026-03-31' },
      { ...sponsorshipOnly, grossMonthlyPayMin: 3500, grossMonthlyPayMax: 4500, availableFrom: '2026-01-15', availableTo: '2026-06-30' },
    );
    const [suggestion] = await api.eventually(async () => {
      const items = await suggestionsOf('needs', carried.needId, carried.host);
      return items.length > 0 && items;
    });
    const mechanisms = suggestion.reasons.find((r) => r.factor === 'mechanisms')!;
    expect(mechanisms.text.fr).toContain('Mécénat de compétences');
    // The estimate comes from the provider's pay: the provider reads it, the host does not.
    expect(suggestion.reasons.map((r) => r.factor)).not.toContain('taxEstimate');
    const [providerSide] = await suggestionsOf('offers', carried.offerId, carried.provider);
    const estimate = providerSide.reasons.find((r) => r.factor === 'taxEstimate')!;
    expect(estimate.text.fr).toContain('1\u202f606\u00a0€'); // the facts sheet's worked example: 4 000 € a month, 10 days, 2026
    expect(estimate.text.en).toContain('€1,606');

    // The pair without general interest went through matching too, and was not suggested.
    await queuesIdle();
    expect(await db.getRepository(OutboxEvent).countBy({ aggregateId: refused.needId, sentAt: IsNull() })).toBe(0);
    expect(await suggestionsOf('needs', refused.needId, refused.host)).toEqual([]);
  });

  it(`keeps a posting's ${MAX_SUGGESTIONS} best suggestions only`, async () => {
    year++;
    const provider = await api.register('provider');
    const providerOrg = await api.createOrganization(provider, { kind: 'company', name: `Numerica ${randomUUID().slice(0, 6)}` });
    const publishOffer = async (effortDays: number) => {
      const body = offerBody({ availableFrom: `${year}-01-15`, availableTo: `${year}-06-30`, effortDays });
      const created = await api.call('POST', `/api/organizations/${providerOrg.id}/offers`, { token: provider.token, body });
      await api.call('POST', `/api/offers/${created.body.id}/publish`, { token: provider.token });
      return created.body.id as string;
    };
    const full: string[] = [];
    for (let i = 0; i < MAX_SUGGESTIONS; i++) full.push(await publishOffer(20));
    const short = [await publishOffer(1), await publishOffer(2)]; // fewer days: lower scores
    // 27 offers at once: each is embedded, then matched; on a busy 2-core machine that takes a while.
    await queuesIdle(60_000);

    const host = await api.register('host');
    const hostOrg = await api.createOrganization(host, { generalInterest: true });
    const need = await api.call('POST', `/api/organizations/${hostOrg.id}/needs`, { token: host.token, body: needBody({ startDate: `${year}-02-01`, endDate: `${year}-03-31` }) });
    await api.call('POST', `/api/needs/${need.body.id}/publish`, { token: host.token });
    await api.eventually(async () => (await db.getRepository(Suggestion).countBy({ needId: need.body.id })) > 0, 10_000);
    await queuesIdle();

    const stored = await db.getRepository(Suggestion).findBy({ needId: need.body.id, status: 'active' });
    expect(stored.map((s) => s.offerId).sort()).toEqual([...full].sort());
    expect(await db.getRepository(Suggestion).countBy({ needId: need.body.id, offerId: In(short) })).toBe(0);
  }, 120_000);

  it('closing a need marks its suggestions stale; they leave the list but are kept', async () => {
    const { host, offerId, needId } = await publishedPair();
    await api.eventually(async () => (await suggestionsOf('needs', needId, host)).some((s) => s.offer?.id === offerId));
    expect((await api.call('POST', `/api/needs/${needId}/close`, { token: host.token })).status).toBe(200);
    await api.eventually(async () => (await suggestionsOf('needs', needId, host)).length === 0);
    const withStale = await api.call('GET', `/api/needs/${needId}/suggestions?includeStale=true`, { token: host.token });
    expect(withStale.body.items).toEqual([expect.objectContaining({ status: 'stale', offer: expect.objectContaining({ id: offerId }) })]);
  });

  it("a provider's stale suggestions do not show the title of a need its host closed", async () => {
    const { host, provider, offerId, needId } = await publishedPair();
    await api.eventually(async () => (await suggestionsOf('offers', offerId, provider)).some((s) => s.need?.id === needId));
    await api.call('POST', `/api/needs/${needId}/close`, { token: host.token });
    await api.eventually(async () => (await suggestionsOf('offers', offerId, provider)).length === 0);
    const withStale = await api.call('GET', `/api/offers/${offerId}/suggestions?includeStale=true`, { token: provider.token });
    expect(withStale.body.items).toEqual([
      expect.objectContaining({ status: 'stale', need: expect.objectContaining({ id: needId, status: 'closed', title: null }) }),
    ]);
  });

  it('a person who chose the daily digest gets one digest e-mail instead of one per suggestion', async () => {
    const { host, needId } = await publishedPair();
    await api.eventually(async () => emailsTo(host.email).length === 1);
    const second = await api.register('digest');
    const hostOrg = (await api.call('GET', `/api/needs/${needId}`, { token: host.token })).body.organizationId;
    await api.join(host, hostOrg, second);
    expect((await api.call('PATCH', '/api/me', { token: second.token, body: { emailPreference: 'daily' } })).body.emailPreference).toBe('daily');

    // A second offer fitting the same need: the new member is told in-app, and by e-mail only in the digest.
    const provider = await api.register('provider');
    const providerOrg = await api.createOrganization(provider, { kind: 'company' });
    const offer = await api.call('POST', `/api/organizations/${providerOrg.id}/offers`, {
      token: provider.token,
      body: offerBody({ availableFrom: `${year}-01-15`, availableTo: `${year}-06-30` }),
    });
    await api.call('POST', `/api/offers/${offer.body.id}/publish`, { token: provider.token });
    await api.eventually(async () => (await api.call('GET', '/api/notifications', { token: second.token })).body.total === 1);
    await api.eventually(async () => emailsTo(host.email).length === 2);
    expect(emailsTo(second.email)).toHaveLength(0);

    const queues = api.worker!.get(JobQueues);
    await queues.add(JOBS.dailyDigest, { id: 'daily' }, `digest-${randomUUID()}`);
    await api.eventually(async () => emailsTo(second.email).length === 1);
    await queues.add(JOBS.dailyDigest, { id: 'daily' }, `digest-${randomUUID()}`);
    await queuesIdle();
    expect(emailsTo(second.email)).toHaveLength(1);
    expect(emailsTo(second.email)[0].text).toContain(`http://relais.test/needs/${needId}/suggestions`);
  });

  it('crafted listing parameters cannot reach drafts or closed needs', async () => {
    const owner = await api.register('owner');
    const org = await api.createOrganization(owner);
    const tag = `secret${randomUUID().replace(/[^a-f]/g, '').slice(0, 6)}`;
    const draft = await api.call('POST', `/api/organizations/${org.id}/needs`, { token: owner.token, body: needBody({ keywords: [tag] }) });
    expect(draft.status).toBe(201);
    for (const query of [
      `q=${tag}&country=${encodeURIComponent('SN" OR status = "draft')}`,
      `q=${tag}&mechanism=${encodeURIComponent('vsi OR status = draft')}`,
      `q=${tag}&skills=${encodeURIComponent('x" OR status = "draft')}`,
      `q=${tag}&status=draft`,
    ]) {
      const response = await api.call('GET', `/api/needs?${query}`);
      expect(response.status).toBe(400);
    }
    const plain = await api.call('GET', `/api/needs?q=${encodeURIComponent(`${tag} status = draft`)}`);
    expect(plain.status).toBe(200);
    expect(plain.body.items.map((n: { id: string }) => n.id)).not.toContain(draft.body.id);
  });
});
