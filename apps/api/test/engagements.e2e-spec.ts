import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { JOBS, JobQueues, QUEUE_OF } from '@relais/jobs';
import { docxText, foldSpaces, pdfText } from '@relais/testing';
import { Reconciler } from '../../worker/src/jobs/reconciler';
import { needBody, offerBody, TestApi, type TestUser } from './support/test-api';

type Option = { code: string; usable: boolean; excludedBy: Array<{ rule: string; reason: { fr: string; en: string } }> };
type EngagementView = {
  id: string;
  status: string;
  version: number;
  mechanism: string | null;
  startDate: string | null;
  endDate: string | null;
  effort: { amount: number; unit: string } | null;
  people: Array<{ name: string; role: string }>;
  workPlan: Array<{ title: string; due: string | null; done: boolean }>;
  signedBy: string[];
  yourSides: string[];
  options: Option[];
  facts: { host: { generalInterest?: boolean }; mission: { destinationCountry: string } };
  agreement: { version: number; ready: boolean; documents: string[] };
  need: { id: string; title: string };
  offer: { id: string; title: string };
};

/** From an accepted proposal to an engagement: its terms, its signatures and its stages, through the real API. */
describe('engagements', () => {
  let api: TestApi;
  // A year of its own: no other suite's postings fit these.
  const year = 6100 + Math.floor(Math.random() * 300);

  beforeAll(async () => {
    api = await TestApi.start({ worker: true });
  });
  afterAll(() => api.close());

  /**
   * A host that is not of general interest (skills sponsorship is then ruled out) and a company,
   * both accepting skills sponsorship and solidarity leave; the host proposes, the provider accepts.
   */
  async function engaged({ generalInterest = false } = {}) {
    const mechanisms = ['skills_sponsorship', 'solidarity_leave'];
    const hostUser = await api.register('host');
    const host = await api.createOrganization(hostUser, { generalInterest, name: `Salines ${randomUUID().slice(0, 6)}` });
    const need = await api.call('POST', `/api/organizations/${host.id}/needs`, {
      token: hostUser.token,
      body: needBody({ startDate: `${year}-02-01`, endDate: `${year}-03-31`, effortDays: 15, mechanisms }),
    });
    await api.call('POST', `/api/needs/${need.body.id}/publish`, { token: hostUser.token });
    const providerUser = await api.register('provider');
    const provider = await api.createOrganization(providerUser, { kind: 'company', name: `Numerica ${randomUUID().slice(0, 6)}` });
    const offer = await api.call('POST', `/api/organizations/${provider.id}/offers`, {
      token: providerUser.token,
      body: offerBody({ availableFrom: `${year}-01-15`, availableTo: `${year}-06-30`, effortDays: 20, mechanisms }),
    });
    await api.call('POST', `/api/offers/${offer.body.id}/publish`, { token: providerUser.token });
    const suggestion = await api.eventually(async () => {
      const answer = await api.call('GET', `/api/needs/${need.body.id}/suggestions`, { token: hostUser.token });
      return answer.body.items.find((s: { offer: { id: string } }) => s.offer.id === offer.body.id);
    }, 30_000);
    const proposal = await api.call('POST', `/api/suggestions/${suggestion.id}/proposals`, { token: hostUser.token, body: { message: 'Travaillons ensemble.' } });
    const accepted = await api.call('POST', `/api/proposals/${proposal.body.id}/accept`, { token: providerUser.token });
    expect(accepted.status).toBe(200);
    return { hostUser, providerUser, host, provider, engagementId: accepted.body.engagementId as string };
  }

  const get = async (user: TestUser, id: string): Promise<EngagementView> => (await api.call('GET', `/api/engagements/${id}`, { token: user.token })).body;
  const patch = (user: TestUser, id: string, body: Record<string, unknown>) => api.call('PATCH', `/api/engagements/${id}`, { token: user.token, body });
  const act = (user: TestUser, id: string, action: string, version: number) => api.call('POST', `/api/engagements/${id}/${action}`, { token: user.token, body: { version } });

  it("an accepted proposal becomes an engagement, prefilled from the postings, with the mechanisms that carry the pair and the rules that ruled the others out", async () => {
    const { hostUser, providerUser, host, provider, engagementId } = await engaged();
    expect(engagementId).toEqual(expect.any(String));
    const engagement = await get(hostUser, engagementId);
    expect(engagement).toMatchObject({
      status: 'agreed',
      version: 1,
      startDate: `${year}-02-01`,
      endDate: `${year}-03-31`,
      effort: { amount: 15, unit: 'days' },
      // The only mechanism left is chosen.
      mechanism: 'solidarity_leave',
      signedBy: [],
      yourSides: ['host'],
    });
    expect(engagement.facts.host.generalInterest).toBe(false);
    expect(engagement.options.find((o) => o.code === 'solidarity_leave')).toMatchObject({ usable: true, excludedBy: [] });
    const sponsorship = engagement.options.find((o) => o.code === 'skills_sponsorship')!;
    expect(sponsorship.usable).toBe(false);
    expect(sponsorship.excludedBy.map((e) => e.rule)).toContain('skills_sponsorship.host.general_interest');
    expect(sponsorship.excludedBy[0].reason.fr).toMatch(/intérêt général/);

    // Listed for both organizations; nobody else sees it.
    for (const [user, organization, side] of [[hostUser, host, 'host'], [providerUser, provider, 'provider']] as const) {
      const listed = await api.call('GET', `/api/organizations/${organization.id}/engagements`, { token: user.token });
      const item = listed.body.items.find((e: { id: string }) => e.id === engagementId);
      expect(item).toMatchObject({ status: 'agreed', host: { id: host.id }, provider: { id: provider.id }, yourSides: [side], need: { title: engagement.need.title }, offer: { title: engagement.offer.title } });
    }
    const stranger = await api.register('stranger');
    expect((await api.call('GET', `/api/engagements/${engagementId}`, { token: stranger.token })).status).toBe(404);
    expect((await patch(stranger, engagementId, { version: 1, people: [] })).status).toBe(404);
    expect((await act(stranger, engagementId, 'cancel', 1)).status).toBe(404);
    expect((await api.call('GET', `/api/organizations/${host.id}/engagements`, { token: stranger.token })).status).toBe(403);
  }, 60_000);

  it('refuses bad terms field by field: dates in the wrong order, a mechanism that cannot carry the pair, an empty name', async () => {
    const { hostUser, engagementId } = await engaged();
    const problems = async (body: Record<string, unknown>) => {
      const answer = await patch(hostUser, engagementId, { version: 1, ...body });
      expect(answer.status).toBe(400);
      return (answer.body.details as Array<{ path: string }>).map((d) => d.path);
    };
    expect(await problems({ startDate: `${year}-04-01`, endDate: `${year}-03-01` })).toEqual(['endDate']);
    expect(await problems({ startDate: `${year}-04-15` })).toEqual(['startDate']);
    expect(await problems({ mechanism: 'skills_sponsorship' })).toEqual(['mechanism']);
    expect(await problems({ mechanism: 'teleportation' })).toEqual(['mechanism']);
    expect(await problems({ people: [{ name: ' ', role: 'comptable' }] })).toEqual(['people.0.name']);
    expect(await problems({ effort: { amount: 4000, unit: 'days' } })).toEqual(['effort.amount']);
    expect(await problems({ workPlan: [{ title: 'Bilan', due: '31/03' }] })).toEqual(['workPlan.0.due']);
    expect(await problems({ colour: 'blue' })).toHaveLength(1);
    expect((await get(hostUser, engagementId)).version).toBe(1);
  }, 60_000);

  it('of two changes made on the same version, one wins and the other gets 409 STALE_VERSION (no lost update)', async () => {
    const { hostUser, providerUser, engagementId } = await engaged();
    const answers = await Promise.all([
      patch(hostUser, engagementId, { version: 1, people: [{ name: 'Awa Diatta', role: 'trésorière' }] }),
      patch(providerUser, engagementId, { version: 1, people: [{ name: 'Paul Martin', role: 'expert-comptable' }] }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)!.body.code).toBe('STALE_VERSION');
    const winner = answers.find((a) => a.status === 200)!.body as EngagementView;
    expect(await get(hostUser, engagementId)).toMatchObject({ version: 2, people: winner.people });
  }, 60_000);

  it('both sign, a change of terms asks both to sign again, either starts it, the host completes it; each transition to its side', async () => {
    const { hostUser, providerUser, engagementId } = await engaged();
    let version = 1;
    const step = async (user: TestUser, action: string, status: number, code?: string) => {
      const answer = await act(user, engagementId, action, version);
      expect([answer.status, answer.body.code]).toEqual([status, code]);
      if (status === 200) version = answer.body.version;
      return answer.body as EngagementView;
    };
    const change = async (user: TestUser, body: Record<string, unknown>, status = 200, code?: string) => {
      const answer = await patch(user, engagementId, { version, ...body });
      expect([answer.status, answer.body.code]).toEqual([status, code]);
      if (status === 200) version = answer.body.version;
      return answer.body as EngagementView;
    };

    await change(hostUser, { mechanism: null });
    await step(hostUser, 'sign', 409, 'TERMS_INCOMPLETE');
    await change(hostUser, { mechanism: 'solidarity_leave', people: [{ name: 'Paul Martin', role: 'expert-comptable' }] });
    expect((await step(hostUser, 'sign', 200)).signedBy).toEqual(['host']);
    await step(hostUser, 'sign', 409, 'ALREADY_DONE');
    await step(hostUser, 'start', 409, 'INVALID_TRANSITION');
    expect(await step(providerUser, 'sign', 200)).toMatchObject({ status: 'agreement_signed', signedBy: ['host', 'provider'] });

    // New dates: a new version of the terms, to sign again.
    expect(await change(providerUser, { endDate: `${year}-04-15` })).toMatchObject({ status: 'agreed', signedBy: [] });
    await step(providerUser, 'sign', 200);
    await step(hostUser, 'sign', 200);
    expect((await step(providerUser, 'start', 200)).status).toBe('under_way');

    // Under way: only the work plan changes (milestones ticked).
    await change(hostUser, { endDate: `${year}-05-01` }, 409, 'TERMS_LOCKED');
    expect((await change(providerUser, { workPlan: [{ title: 'Plan comptable', due: `${year}-02-15`, done: true }] })).workPlan).toEqual([
      { title: 'Plan comptable', due: `${year}-02-15`, done: true },
    ]);
    await step(providerUser, 'complete', 403, 'FORBIDDEN');
    expect((await step(hostUser, 'complete', 200)).status).toBe('completed');
    await step(hostUser, 'cancel', 409, 'INVALID_TRANSITION');
    await change(hostUser, { workPlan: [] }, 409, 'TERMS_LOCKED');
    // An action on an older version is refused too.
    expect((await act(hostUser, engagementId, 'cancel', 1)).body.code).toBe('STALE_VERSION');
  }, 90_000);

  it('the other side hears of a change in-app, with a link to the engagement', async () => {
    const { hostUser, providerUser, engagementId } = await engaged();
    expect((await patch(hostUser, engagementId, { version: 1, workPlan: [{ title: 'Diagnostic' }] })).status).toBe(200);
    const [notice] = await api.eventually(async () => {
      const items: Array<{ event: string | null; link: string | null; title: string }> = (await api.call('GET', '/api/notifications?pageSize=100', { token: providerUser.token })).body.items;
      const found = items.filter((n) => n.event === 'engagement');
      return found.length > 0 && found;
    }, 20_000);
    expect(notice.link).toContain(`/engagements/${engagementId}`);
    const own = (await api.call('GET', '/api/notifications?pageSize=100', { token: hostUser.token })).body.items;
    expect(own.filter((n: { event: string | null }) => n.event === 'engagement')).toEqual([]);
  }, 60_000);

  it('draws up the agreement of the chosen mechanism from both profiles and the terms, as PDF and DOCX, in French and English; each change of the terms is a new version', async () => {
    const { hostUser, providerUser, engagementId } = await engaged({ generalInterest: true });
    const terms = {
      mechanism: 'skills_sponsorship',
      effort: { amount: 10, unit: 'days' },
      people: [{ name: 'Camille Martin', role: 'développeuse', grossMonthlyPay: 4000, chargesRate: 0.45 }],
    };
    const changed = await patch(providerUser, engagementId, { version: 1, ...terms });
    expect(changed.status).toBe(200);
    expect(changed.body.agreement).toEqual({ version: 2, ready: true, documents: ['sponsorship_agreement'] });
    const { host, provider } = changed.body as { host: { name: string }; provider: { name: string } };

    const pdf = await api.call('GET', `/api/engagements/${engagementId}/documents/sponsorship_agreement?format=pdf&lang=fr`, { token: hostUser.token });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="sponsorship_agreement-v2-fr.pdf"');
    const french = await pdfText(pdf.raw);
    // Both organizations, the dates, and the value of the 10 days by the toolbox's calculator (facts sheet worked example).
    for (const wanted of [host.name, provider.name, 'Camille Martin', `1 février ${year}`, `31 mars ${year}`, '2 676,86 €', 'Version 2']) expect(french).toContain(foldSpaces(wanted));

    const docx = await api.call('GET', `/api/engagements/${engagementId}/documents/sponsorship_agreement?format=docx&lang=en`, { token: providerUser.token });
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const english = docxText(docx.raw);
    for (const wanted of [host.name, provider.name, `1 February ${year}`, `31 March ${year}`, '€2,676.86', 'Skills-sponsorship agreement']) expect(english).toContain(wanted);

    // A document of another mechanism, a bad format, and incomplete terms.
    const otherKind = await api.call('GET', `/api/engagements/${engagementId}/documents/contract_amendment`, { token: hostUser.token });
    expect([otherKind.status, otherKind.body.details?.[0]?.path]).toEqual([400, 'kind']);
    const badFormat = await api.call('GET', `/api/engagements/${engagementId}/documents/sponsorship_agreement?format=odt`, { token: hostUser.token });
    expect([badFormat.status, badFormat.body.details?.[0]?.path]).toEqual([400, 'format']);
    const unset = await patch(hostUser, engagementId, { version: changed.body.version, mechanism: null });
    expect(unset.body.agreement).toEqual({ version: 3, ready: false, documents: [] });
    const incomplete = await api.call('GET', `/api/engagements/${engagementId}/documents/sponsorship_agreement`, { token: hostUser.token });
    expect([incomplete.status, incomplete.body.code]).toEqual([409, 'TERMS_INCOMPLETE']);
  }, 90_000);

  it('each side uploads its signed PDF for the current version, checked for type and size; nobody else sees or sends one', async () => {
    const { hostUser, providerUser, engagementId } = await engaged({ generalInterest: true });
    const set = await patch(hostUser, engagementId, { version: 1, mechanism: 'skills_sponsorship' });
    const version = set.body.agreement.version;
    const upload = (user: TestUser, body: Buffer | string, query: string, contentType = 'application/pdf') =>
      api.call('POST', `/api/engagements/${engagementId}/signed-copies?${query}`, { token: user.token, body, headers: { 'content-type': contentType } });
    const signed = (await api.call('GET', `/api/engagements/${engagementId}/documents/sponsorship_agreement`, { token: hostUser.token })).raw;

    const asText = await upload(hostUser, 'signed', `document=sponsorship_agreement&version=${version}`, 'text/plain');
    expect([asText.status, asText.body.details?.[0]?.path]).toEqual([400, 'file']);
    expect((await upload(hostUser, Buffer.from('%PDF-1.7'), `document=sponsorship_agreement&version=${version}`, 'image/png')).status).toBe(415);
    const notPdf = await upload(hostUser, Buffer.from('<html>signed</html>'), `document=sponsorship_agreement&version=${version}`);
    expect([notPdf.status, notPdf.body.details?.[0]?.path]).toEqual([400, 'file']);
    const tooBig = await upload(hostUser, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(5 * 1024 * 1024)]), `document=sponsorship_agreement&version=${version}`);
    expect([tooBig.status, tooBig.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const otherDocument = await upload(hostUser, signed, `document=contract_amendment&version=${version}`);
    expect([otherDocument.status, otherDocument.body.details?.[0]?.path]).toEqual([400, 'document']);
    expect((await upload(hostUser, signed, `document=sponsorship_agreement&version=${version - 1}`)).body.code).toBe('STALE_VERSION');

    const stored = await upload(hostUser, signed, `document=sponsorship_agreement&version=${version}`);
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({ document: 'sponsorship_agreement', version, side: 'host', size: signed.length, sha256: createHash('sha256').update(signed).digest('hex') });
    const list = await api.call('GET', `/api/engagements/${engagementId}/signed-copies`, { token: providerUser.token });
    expect(list.body.items.map((copy: { id: string }) => copy.id)).toEqual([stored.body.id]);
    const copy = await api.call('GET', `/api/engagements/${engagementId}/signed-copies/${stored.body.id}`, { token: providerUser.token });
    expect([copy.status, copy.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect(copy.raw.equals(signed)).toBe(true);

    // A member of a third organization: as if the engagement did not exist.
    const stranger = await api.register('stranger');
    await api.createOrganization(stranger, {});
    for (const [method, url] of [
      ['GET', `/api/engagements/${engagementId}/documents/sponsorship_agreement`],
      ['GET', `/api/engagements/${engagementId}/signed-copies`],
      ['GET', `/api/engagements/${engagementId}/signed-copies/${stored.body.id}`],
    ] as const) {
      expect((await api.call(method, url, { token: stranger.token })).status).toBe(404);
    }
    expect((await upload(stranger, signed, `document=sponsorship_agreement&version=${version}`)).status).toBe(404);
    // Without an account: 401.
    expect((await api.call('GET', `/api/engagements/${engagementId}/signed-copies`)).status).toBe(401);
  }, 90_000);

  /** An engagement taken to its end: both signed, started, completed by the host. */
  async function completed() {
    const pair = await engaged();
    let version = 1;
    for (const [user, action] of [[pair.hostUser, 'sign'], [pair.providerUser, 'sign'], [pair.providerUser, 'start'], [pair.hostUser, 'complete']] as const) {
      const answer = await act(user, pair.engagementId, action, version);
      expect(answer.status).toBe(200);
      version = answer.body.version;
    }
    return { ...pair, version };
  }

  it('once completed, each side evaluates the other once; both evaluations make it evaluated, and the ratings reach the public profiles, comments only where their authors chose', async () => {
    const { hostUser, providerUser, host, provider, engagementId, version } = await completed();
    const evaluate = (user: TestUser, body: Record<string, unknown>) => api.call('POST', `/api/engagements/${engagementId}/evaluation`, { token: user.token, body });
    const hostSays = { rating: 5, delivered: 'Le plan comptable du GIE et une formation de deux jours.', again: true, comment: 'Une aide précieuse, à refaire.', showComment: true };

    const bad = await evaluate(hostUser, { version, rating: 6, delivered: '', again: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['again', 'delivered', 'rating']);
    const first = await evaluate(hostUser, { version, ...hostSays });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'completed', evaluatedBy: ['host'], evaluations: [{ side: 'host', rating: 5, again: true }] });
    expect((await evaluate(hostUser, { version: first.body.version, ...hostSays })).body.code).toBe('ALREADY_DONE');
    // The provider does not read the host's evaluation before giving its own.
    const before = (await api.call('GET', `/api/engagements/${engagementId}`, { token: providerUser.token })).body;
    expect([before.evaluatedBy, before.evaluations]).toEqual([['host'], []]);
    expect((await evaluate(providerUser, { version, rating: 4, delivered: 'Accueil et suivi.', again: true })).body.code).toBe('STALE_VERSION');
    const second = await evaluate(providerUser, { version: first.body.version, rating: 3, delivered: 'Accueil et suivi.', again: false, comment: 'Des délais longs.' });
    expect(second.body).toMatchObject({ status: 'evaluated', evaluatedBy: ['host', 'provider'] });
    expect(second.body.evaluations.map((e: { side: string }) => e.side)).toEqual(['host', 'provider']);

    // Public profiles: count and average; the host's comment (shown by choice), not the provider's (kept private).
    const providerProfile = (await api.call('GET', `/api/organizations/${provider.id}`)).body;
    expect(providerProfile.ratings).toMatchObject({ count: 1, average: 5, comments: [{ rating: 5, comment: hostSays.comment, from: { id: host.id } }] });
    const hostProfile = (await api.call('GET', `/api/organizations/${host.id}`)).body;
    expect(hostProfile.ratings).toEqual({ count: 1, average: 3, comments: [] });
  }, 90_000);

  it('an engagement is evaluated only once completed, and only by its two organizations', async () => {
    const { hostUser, engagementId } = await engaged();
    const body = { version: 1, rating: 4, delivered: 'Rien encore.', again: true };
    const early = await api.call('POST', `/api/engagements/${engagementId}/evaluation`, { token: hostUser.token, body });
    expect([early.status, early.body.code]).toEqual([409, 'INVALID_TRANSITION']);
    const stranger = await api.register('stranger');
    expect((await api.call('POST', `/api/engagements/${engagementId}/evaluation`, { token: stranger.token, body })).status).toBe(404);
  }, 60_000);

  it('the provider logs each person\'s time once under way, the host approves or rejects it (one decision per entry); the approved time is valued, summarized for the tax receipt, and counted in both organizations\' figures', async () => {
    const { hostUser, providerUser, host, provider, engagementId } = await engaged({ generalInterest: true });
    const terms = await patch(providerUser, engagementId, {
      version: 1,
      mechanism: 'skills_sponsorship',
      effort: { amount: 10, unit: 'days' },
      people: [{ name: 'Camille Martin', role: 'développeuse', grossMonthlyPay: 4000, chargesRate: 0.45 }],
    });
    const changedHost = terms.body.host as { name: string };
    const log = (user: TestUser, body: Record<string, unknown>) => api.call('POST', `/api/engagements/${engagementId}/time`, { token: user.token, body });
    const day = (n: number) => `${year}-02-${String(n).padStart(2, '0')}`;
    const early = await log(providerUser, { person: 'Camille Martin', day: day(2), amount: 1 });
    expect([early.status, early.body.code]).toEqual([409, 'INVALID_TRANSITION']);
    let version = terms.body.version;
    for (const [user, action] of [[hostUser, 'sign'], [providerUser, 'sign'], [providerUser, 'start']] as const) version = (await act(user, engagementId, action, version)).body.version;

    for (const [body, path] of [
      [{ person: 'Someone Else', day: day(2), amount: 1 }, 'person'],
      [{ person: 'Camille Martin', day: `${year}-01-05`, amount: 1 }, 'day'],
      [{ person: 'Camille Martin', day: day(2), amount: 1.5 }, 'amount'],
      [{ person: 'Camille Martin', day: day(2), amount: 0.3 }, 'amount'],
    ] as const) {
      const refused = await log(providerUser, body);
      expect([refused.status, refused.body.details?.[0]?.path]).toEqual([400, path]);
    }
    expect((await log(hostUser, { person: 'Camille Martin', day: day(2), amount: 1 })).status).toBe(403);
    const entries = [];
    for (const n of [2, 3, 4]) {
      const logged = await log(providerUser, { person: 'Camille Martin', day: day(n), amount: 1, note: `Jour ${n}` });
      expect(logged.status).toBe(201);
      entries.push(logged.body.id as string);
    }
    const decide = (user: TestUser, entry: string, decision: string, body: Record<string, unknown> = {}) =>
      api.call('POST', `/api/engagements/${engagementId}/time/${entry}/${decision}`, { token: user.token, body });
    expect((await decide(providerUser, entries[0], 'approve')).status).toBe(403);
    expect((await decide(hostUser, entries[0], 'approve')).body.status).toBe('approved');
    // Two approvals of one entry at once: one wins.
    const both = await Promise.all([decide(hostUser, entries[1], 'approve'), decide(hostUser, entries[1], 'approve')]);
    expect(both.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(both.find((answer) => answer.status === 409)!.body.code).toBe('ALREADY_DONE');
    const noReason = await decide(hostUser, entries[2], 'reject');
    expect([noReason.status, noReason.body.details?.[0]?.path]).toEqual([400, 'reason']);
    expect((await decide(hostUser, entries[2], 'reject', { reason: 'Jour férié : pas de travail ce jour-là.' })).body).toMatchObject({ status: 'rejected', rejectReason: 'Jour férié : pas de travail ce jour-là.' });

    const list = await api.call('GET', `/api/engagements/${engagementId}/time`, { token: hostUser.token });
    expect(list.body).toMatchObject({ total: 3, unit: 'days', totals: { pending: 0, approved: 2, rejected: 1 } });
    // Two approved days at 4,000 € gross + 45 %: the calculator's 267.686… € a day.
    expect(list.body.value.amount).toBe(535.37);
    expect(list.body.items.map((entry: { day: string }) => entry.day)).toEqual([day(4), day(3), day(2)]);

    const receipt = await api.call('GET', `/api/engagements/${engagementId}/receipt-summary?lang=fr`, { token: hostUser.token });
    expect(receipt.headers['content-type']).toBe('application/pdf');
    const text = await pdfText(receipt.raw);
    for (const wanted of ['CERFA 16216*02', '535,37 €', 'cinq cent trente-cinq euros et trente-sept centimes', `du 2 février ${year} au 3 février ${year}`]) expect(text).toContain(foldSpaces(wanted));

    const stranger = await api.register('stranger');
    expect((await api.call('GET', `/api/engagements/${engagementId}/time`, { token: stranger.token })).status).toBe(404);
    expect((await api.call('GET', `/api/engagements/${engagementId}/receipt-summary`, { token: stranger.token })).status).toBe(404);

    // The provider's figures count it: the proposal it answered, the engagement under way, the approved days and their value.
    const stats = await api.call('GET', `/api/organizations/${provider.id}/stats`, { token: providerUser.token });
    expect(stats.body).toMatchObject({
      proposals: { received: { accepted: 1, pending: 0 }, sent: { accepted: 0 } },
      responseRate: 1,
      engagements: { provider: { under_way: 1 }, host: { under_way: 0 } },
      time: { given: { days: 2, hours: 0 }, received: { days: 0, hours: 0 } },
      sponsoredValue: { given: 535.37, received: 0, engagementsWithoutPay: 0 },
    });
    expect(stats.body.medianResponseHours).toBeGreaterThanOrEqual(0);
    expect(stats.body.perMonth).toHaveLength(12);
    expect(stats.body.perMonth.at(-1)).toMatchObject({ month: new Date().toISOString().slice(0, 7), provider: 1, host: 0 });
    const hostStats = (await api.call('GET', `/api/organizations/${host.id}/stats`, { token: hostUser.token })).body;
    expect([hostStats.responseRate, hostStats.sponsoredValue.received, hostStats.time.received.days]).toEqual([null, 535.37, 2]);

    const csv = await api.call('GET', `/api/organizations/${provider.id}/engagements.csv?lang=fr`, { token: providerUser.token });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const [header, line] = csv.raw.toString('utf8').replace(/^\ufeff/, '').trim().split('\r\n');
    expect(header.split(';')).toContain('valeur du temps (€)');
    expect(line.split(';')).toEqual(expect.arrayContaining([engagementId, 'provider', changedHost.name, 'skills_sponsorship', 'under_way', '2', '535,37']));
    expect((await api.call('GET', `/api/organizations/${provider.id}/stats`, { token: stranger.token })).status).toBe(403);
  }, 90_000);

  it('once signed, both organizations are reminded before the start, at the middle and at the end: delayed jobs rebuilt from PostgreSQL when lost, each sent once', async () => {
    const { hostUser, providerUser, engagementId } = await engaged();
    const dayFromNow = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const set = await patch(hostUser, engagementId, { version: 1, startDate: dayFromNow(10), endDate: dayFromNow(30) });
    let version = set.body.version;
    for (const user of [hostUser, providerUser]) version = (await act(user, engagementId, 'sign', version)).body.version;

    const queue = api.worker!.get(JobQueues).queue(QUEUE_OF[JOBS.remindEngagement]);
    const ids = [`start_${dayFromNow(8)}`, `middle_${dayFromNow(20)}`, `end_${dayFromNow(30)}`].map((key) => `engagement-checkpoint-${engagementId}_${key}`);
    const jobs = await api.eventually(async () => {
      const found = await Promise.all(ids.map((id) => queue.getJob(id)));
      return found.every(Boolean) && found;
    }, 20_000);
    for (const job of jobs) expect(await job!.getState()).toBe('delayed');
    const due = Date.parse(`${dayFromNow(8)}T00:00:00Z`);
    expect(Math.abs(jobs[0]!.timestamp + jobs[0]!.delay - due)).toBeLessThan(10_000);

    // Redis lost them: the reconciler queues them again from the signed engagements.
    for (const job of jobs) await job!.remove();
    expect((await api.worker!.get(Reconciler).reconcile()).engagementsScheduled).toBeGreaterThanOrEqual(1);
    const start = await queue.getJob(ids[0]);
    expect(await start?.getState()).toBe('delayed');

    // The start's checkpoint: both sides' members see the engagement's checkpoint notice, linked to it.
    await start!.promote();
    const noticeOf = async (user: TestUser) =>
      ((await api.call('GET', '/api/notifications?pageSize=100', { token: user.token })).body.items as Array<{ event: string | null; link: string; readAt: string | null }>).filter((n) => n.event === 'checkpoint');
    for (const user of [hostUser, providerUser]) {
      const [notice] = await api.eventually(async () => {
        const found = await noticeOf(user);
        return found.length > 0 && found;
      }, 20_000);
      expect(notice.link).toContain(`/engagements/${engagementId}`);
    }
    // Read, then the same checkpoint runs again: nothing new.
    await api.app.get(DataSource).query(`UPDATE notifications SET read_at = now() WHERE event = 'checkpoint' AND user_id IN (SELECT user_id FROM memberships WHERE organization_id IN (SELECT host_organization_id FROM engagements WHERE id = $1))`, [engagementId]);
    await api.worker!.get(JobQueues).add(JOBS.remindEngagement, { id: `${engagementId}_start_${dayFromNow(8)}` }, `checkpoint-replayed-${randomUUID()}`);
    await api.eventually(async () => (await queue.getCompleted()).some((job) => job.id?.startsWith('checkpoint-replayed-') && job.data.id.startsWith(engagementId)), 20_000);
    const after = await noticeOf(hostUser);
    expect(after).toHaveLength(1);
    expect(after[0].readAt).not.toBeNull();
  }, 90_000);

  it('the timeline gathers the acceptance, the signatures, the milestones, the checkpoints and the check-in notes of both sides, oldest first', async () => {
    const { hostUser, providerUser, engagementId } = await engaged();
    const planned = await patch(hostUser, engagementId, { version: 1, workPlan: [{ title: 'Diagnostic des comptes', due: `${year}-02-20` }] });
    let version = planned.body.version;
    for (const user of [hostUser, providerUser]) version = (await act(user, engagementId, 'sign', version)).body.version;
    const note = (user: TestUser, body: unknown) => api.call('POST', `/api/engagements/${engagementId}/notes`, { token: user.token, body });
    const empty = await note(hostUser, { body: '   ' });
    expect([empty.status, empty.body.details?.[0]?.path]).toEqual([400, 'body']);
    expect((await note(hostUser, { body: 'Réunion de lancement fixée au 3 février.' })).status).toBe(201);
    expect((await note(providerUser, { body: 'Paul arrive le 2 au soir.' })).status).toBe(201);

    const { items } = (await api.call('GET', `/api/engagements/${engagementId}/timeline`, { token: providerUser.token })).body as { items: Array<{ kind: string; at: string; upcoming: boolean; author?: string; body?: string; phase?: string }> };
    expect(items.map((item) => item.kind)).toEqual(['accepted', 'signed', 'signed', 'note', 'note', 'checkpoint', 'milestone', 'checkpoint', 'checkpoint']);
    expect(items.filter((item) => item.kind === 'note').map((item) => [item.body, item.author])).toEqual([
      ['Réunion de lancement fixée au 3 février.', 'host test'],
      ['Paul arrive le 2 au soir.', 'provider test'],
    ]);
    expect(items.filter((item) => item.kind === 'checkpoint').map((item) => [item.phase, item.upcoming])).toEqual([['start', true], ['middle', true], ['end', true]]);
  }, 60_000);
});
