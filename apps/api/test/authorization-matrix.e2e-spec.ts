import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Engagement, FailedJob, Invitation, Suggestion, User } from '@relais/database';
import { hashLinkToken, newLinkToken } from '../src/auth/link-tokens';
import { needBody, offerBody, SKILL_ACCOUNTING, TestApi, type TestUser } from './support/test-api';

/**
 * Who may call what: every endpoint of the API (as its OpenAPI document lists them) against
 * five identities. A new endpoint without a row here fails the first test.
 *
 * - `ok`: the call got past the access rules (any answer but 401, 403 and 404: a 400 for a
 *   bad body, a 409 for a state, a 410 for a used link are the endpoint's own business);
 * - `401`: sign in first; `403`: signed in, not allowed; `404`: hidden (drafts, other people's things).
 *
 * Rows run in order, each identity in turn (anonymous, outsider, platform admin, member,
 * admin): writes that change the fixtures come after the reads, and leaving comes last.
 */
type Identity = 'anonymous' | 'outsider' | 'platform' | 'member' | 'admin';
type Expected = 'ok' | 401 | 403 | 404;
const IDENTITIES: Identity[] = ['anonymous', 'outsider', 'platform', 'member', 'admin'];

type Fixtures = {
  organization: string;
  engagement: string;
  signedCopy: string;
  otherOrganization: string;
  openNeed: string;
  draftNeed: string;
  openOffer: string;
  draftOffer: string;
  colleague: string;
  invitation: string;
  invitationToken: string;
  failedJob: string;
  /** A pair of our open need and another organization's offer, and that organization's proposal on it. */
  suggestion: string;
  proposal: string;
  /** An import of drafts by our organization. */
  postingImport: string;
};
type Call = { url: string; body?: unknown };
type Row = {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** As the OpenAPI document writes it. */
  path: string;
  call: (f: Fixtures) => Call;
  expect: Record<Identity, Expected>;
  /** Calls that end sessions get a fresh session of the identity, not the one the table uses. */
  ownSession?: boolean;
};

const everyone: Record<Identity, Expected> = { anonymous: 'ok', outsider: 'ok', platform: 'ok', member: 'ok', admin: 'ok' };
const signedIn: Record<Identity, Expected> = { anonymous: 401, outsider: 'ok', platform: 'ok', member: 'ok', admin: 'ok' };
const members: Record<Identity, Expected> = { anonymous: 401, outsider: 403, platform: 403, member: 'ok', admin: 'ok' };
const admins: Record<Identity, Expected> = { anonymous: 401, outsider: 403, platform: 403, member: 403, admin: 'ok' };
const platformAdmins: Record<Identity, Expected> = { anonymous: 401, outsider: 403, platform: 'ok', member: 403, admin: 403 };
/** Drafts: hidden from everyone outside the organization. */
const membersElseHidden: Record<Identity, Expected> = { anonymous: 404, outsider: 404, platform: 404, member: 'ok', admin: 'ok' };
const signedInMembersElseHidden: Record<Identity, Expected> = { anonymous: 401, outsider: 404, platform: 404, member: 'ok', admin: 'ok' };

const PASSWORD = 'correct horse battery staple';
const someone = () => `someone-${randomUUID().slice(0, 8)}@example.org`;

const ROWS: Row[] = [
  // Anyone
  { method: 'GET', path: '/api/health', call: () => ({ url: '/api/health' }), expect: everyone },
  { method: 'GET', path: '/api/organizations', call: () => ({ url: '/api/organizations' }), expect: everyone },
  { method: 'GET', path: '/api/organizations/{id}', call: (f) => ({ url: `/api/organizations/${f.organization}` }), expect: everyone },
  { method: 'GET', path: '/api/needs', call: () => ({ url: '/api/needs' }), expect: everyone },
  { method: 'GET', path: '/api/needs/{id}', call: (f) => ({ url: `/api/needs/${f.openNeed}` }), expect: everyone },
  { method: 'GET', path: '/api/skills', call: () => ({ url: '/api/skills?q=compta' }), expect: everyone },
  { method: 'GET', path: '/api/skills/{id}', call: () => ({ url: `/api/skills/${SKILL_ACCOUNTING}` }), expect: everyone },
  { method: 'POST', path: '/api/skills/extract', call: () => ({ url: '/api/skills/extract', body: { text: 'Tenir la comptabilité' } }), expect: everyone },
  { method: 'GET', path: '/api/toolbox/mechanisms', call: () => ({ url: '/api/toolbox/mechanisms' }), expect: everyone },
  { method: 'GET', path: '/api/toolbox/mechanisms/{code}', call: () => ({ url: '/api/toolbox/mechanisms/skills_sponsorship' }), expect: everyone },
  { method: 'GET', path: '/api/toolbox/advisor/questions', call: () => ({ url: '/api/toolbox/advisor/questions' }), expect: everyone },
  { method: 'POST', path: '/api/toolbox/advisor', call: () => ({ url: '/api/toolbox/advisor', body: {} }), expect: everyone },
  { method: 'POST', path: '/api/toolbox/calculators/skills-sponsorship', call: () => ({ url: '/api/toolbox/calculators/skills-sponsorship', body: {} }), expect: everyone },
  {
    method: 'POST',
    path: '/api/toolbox/calculators/internship-gratification',
    call: () => ({ url: '/api/toolbox/calculators/internship-gratification', body: { hours: 300, year: 2026 } }),
    expect: everyone,
  },
  { method: 'POST', path: '/api/toolbox/calculators/volunteer-expenses', call: () => ({ url: '/api/toolbox/calculators/volunteer-expenses', body: {} }), expect: everyone },
  { method: 'GET', path: '/api/invitations/{token}', call: (f) => ({ url: `/api/invitations/${f.invitationToken}` }), expect: everyone },
  { method: 'POST', path: '/api/auth/register', call: () => ({ url: '/api/auth/register', body: { email: someone(), password: PASSWORD, displayName: 'Newcomer' } }), expect: everyone },
  { method: 'POST', path: '/api/auth/login', call: () => ({ url: '/api/auth/login', body: { email: someone(), password: PASSWORD } }), expect: { anonymous: 401, outsider: 401, platform: 401, member: 401, admin: 401 } },
  { method: 'POST', path: '/api/auth/verify-email', call: () => ({ url: '/api/auth/verify-email', body: { token: 'x'.repeat(43) } }), expect: everyone },
  { method: 'POST', path: '/api/auth/password-reset', call: () => ({ url: '/api/auth/password-reset', body: { email: someone() } }), expect: everyone },
  {
    method: 'POST',
    path: '/api/auth/password-reset/confirm',
    call: () => ({ url: '/api/auth/password-reset/confirm', body: { token: 'x'.repeat(43), password: 'un tout nouveau mot de passe' } }),
    expect: everyone,
  },

  // Signed-in users, about themselves
  { method: 'GET', path: '/api/me', call: () => ({ url: '/api/me' }), expect: signedIn },
  { method: 'PATCH', path: '/api/me', call: () => ({ url: '/api/me', body: { locale: 'fr' } }), expect: signedIn },
  { method: 'GET', path: '/api/me/export', call: () => ({ url: '/api/me/export' }), expect: signedIn },
  // A wrong password: the erasure is refused by the endpoint itself (400), the account stays.
  { method: 'DELETE', path: '/api/me', call: () => ({ url: '/api/me', body: { password: 'not the password' } }), expect: signedIn },
  { method: 'POST', path: '/api/auth/verify-email/resend', call: () => ({ url: '/api/auth/verify-email/resend', body: { email: someone() } }), expect: everyone },
  { method: 'POST', path: '/api/auth/password', call: () => ({ url: '/api/auth/password', body: { currentPassword: 'not the password', newPassword: 'un tout nouveau mot de passe' } }), expect: signedIn },
  { method: 'GET', path: '/api/notifications', call: () => ({ url: '/api/notifications' }), expect: signedIn },
  { method: 'GET', path: '/api/notifications/unread-count', call: () => ({ url: '/api/notifications/unread-count' }), expect: signedIn },
  { method: 'POST', path: '/api/notifications/read-all', call: () => ({ url: '/api/notifications/read-all' }), expect: signedIn },
  // Nobody's notification but one's own: an unknown one is hidden from everyone.
  { method: 'POST', path: '/api/notifications/{id}/read', call: () => ({ url: `/api/notifications/${randomUUID()}/read` }), expect: { anonymous: 401, outsider: 404, platform: 404, member: 404, admin: 404 } },
  { method: 'GET', path: '/api/offers', call: () => ({ url: '/api/offers' }), expect: signedIn },
  { method: 'GET', path: '/api/offers/{id}', call: (f) => ({ url: `/api/offers/${f.openOffer}` }), expect: signedIn },
  { method: 'POST', path: '/api/organizations', call: () => ({ url: '/api/organizations', body: { name: `Org ${randomUUID().slice(0, 8)}`, kind: 'association', country: 'FR' } }), expect: signedIn },
  // Only the invited address accepts: none of these identities is it.
  { method: 'POST', path: '/api/invitations/{token}/accept', call: (f) => ({ url: `/api/invitations/${f.invitationToken}/accept` }), expect: { anonymous: 401, outsider: 403, platform: 403, member: 403, admin: 403 } },

  // Members of the organization
  { method: 'GET', path: '/api/organizations/{id}/members', call: (f) => ({ url: `/api/organizations/${f.organization}/members` }), expect: members },
  { method: 'GET', path: '/api/organizations/{id}/needs', call: (f) => ({ url: `/api/organizations/${f.organization}/needs` }), expect: members },
  { method: 'GET', path: '/api/organizations/{id}/offers', call: (f) => ({ url: `/api/organizations/${f.organization}/offers` }), expect: members },
  { method: 'POST', path: '/api/organizations/{id}/needs', call: (f) => ({ url: `/api/organizations/${f.organization}/needs`, body: needBody() }), expect: members },
  { method: 'POST', path: '/api/organizations/{id}/offers', call: (f) => ({ url: `/api/organizations/${f.organization}/offers`, body: offerBody() }), expect: members },
  { method: 'GET', path: '/api/needs/{id}/suggestions', call: (f) => ({ url: `/api/needs/${f.openNeed}/suggestions` }), expect: members },
  { method: 'GET', path: '/api/offers/{id}/suggestions', call: (f) => ({ url: `/api/offers/${f.openOffer}/suggestions` }), expect: members },
  // Proposals: the other organization proposed to ours. Either side of the pair may propose (a
  // 409 for the pending one is the endpoint's own); only the receiving side answers, only the sender withdraws.
  { method: 'GET', path: '/api/organizations/{id}/proposals', call: (f) => ({ url: `/api/organizations/${f.organization}/proposals` }), expect: members },
  { method: 'GET', path: '/api/proposals/{id}', call: (f) => ({ url: `/api/proposals/${f.proposal}` }), expect: signedInMembersElseHidden },
  { method: 'POST', path: '/api/suggestions/{id}/proposals', call: (f) => ({ url: `/api/suggestions/${f.suggestion}/proposals`, body: { message: 'Travaillons ensemble.' } }), expect: signedInMembersElseHidden },
  { method: 'POST', path: '/api/proposals/{id}/withdraw', call: (f) => ({ url: `/api/proposals/${f.proposal}/withdraw` }), expect: { anonymous: 401, outsider: 404, platform: 404, member: 403, admin: 403 } },
  { method: 'POST', path: '/api/proposals/{id}/accept', call: (f) => ({ url: `/api/proposals/${f.proposal}/accept` }), expect: signedInMembersElseHidden },
  // An empty file: refused by the endpoint itself (400), nothing imported.
  { method: 'POST', path: '/api/organizations/{id}/imports', call: (f) => ({ url: `/api/organizations/${f.organization}/imports?kind=offers&publish=false`, body: [] }), expect: members },
  { method: 'GET', path: '/api/organizations/{id}/imports', call: (f) => ({ url: `/api/organizations/${f.organization}/imports` }), expect: members },
  { method: 'GET', path: '/api/organizations/{id}/imports/{importId}', call: (f) => ({ url: `/api/organizations/${f.organization}/imports/${f.postingImport}` }), expect: members },
  { method: 'GET', path: '/api/organizations/{id}/stats', call: (f) => ({ url: `/api/organizations/${f.organization}/stats` }), expect: members },
  { method: 'GET', path: '/api/organizations/{id}/engagements.csv', call: (f) => ({ url: `/api/organizations/${f.organization}/engagements.csv` }), expect: members },
  { method: 'GET', path: '/api/organizations/{id}/engagements', call: (f) => ({ url: `/api/organizations/${f.organization}/engagements` }), expect: members },
  { method: 'GET', path: '/api/engagements/{id}', call: (f) => ({ url: `/api/engagements/${f.engagement}` }), expect: signedInMembersElseHidden },
  { method: 'PATCH', path: '/api/engagements/{id}', call: (f) => ({ url: `/api/engagements/${f.engagement}`, body: { version: 1, people: [] } }), expect: signedInMembersElseHidden },
  { method: 'GET', path: '/api/engagements/{id}/documents/{kind}', call: (f) => ({ url: `/api/engagements/${f.engagement}/documents/sponsorship_agreement` }), expect: signedInMembersElseHidden },
  { method: 'GET', path: '/api/engagements/{id}/signed-copies', call: (f) => ({ url: `/api/engagements/${f.engagement}/signed-copies` }), expect: signedInMembersElseHidden },
  { method: 'GET', path: '/api/engagements/{id}/signed-copies/{copyId}', call: (f) => ({ url: `/api/engagements/${f.engagement}/signed-copies/${f.signedCopy}` }), expect: signedInMembersElseHidden },
  { method: 'POST', path: '/api/engagements/{id}/signed-copies', call: (f) => ({ url: `/api/engagements/${f.engagement}/signed-copies?document=sponsorship_agreement&version=1`, body: {} }), expect: signedInMembersElseHidden },
  { method: 'POST', path: '/api/engagements/{id}/evaluation', call: (f) => ({ url: `/api/engagements/${f.engagement}/evaluation`, body: { version: 1, rating: 4, delivered: 'x', again: true } }), expect: signedInMembersElseHidden },
  { method: 'GET', path: '/api/engagements/{id}/timeline', call: (f) => ({ url: `/api/engagements/${f.engagement}/timeline` }), expect: signedInMembersElseHidden },
  { method: 'POST', path: '/api/engagements/{id}/notes', call: (f) => ({ url: `/api/engagements/${f.engagement}/notes`, body: { body: 'Point du lundi : tout va bien.' } }), expect: signedInMembersElseHidden },
  { method: 'GET', path: '/api/engagements/{id}/time', call: (f) => ({ url: `/api/engagements/${f.engagement}/time` }), expect: signedInMembersElseHidden },
  { method: 'POST', path: '/api/engagements/{id}/time', call: (f) => ({ url: `/api/engagements/${f.engagement}/time`, body: { person: 'x', day: '2026-01-01', amount: 1 } }),
    // Our organization is the engagement's host: the provider logs time (engagements.e2e-spec), the host may not.
    expect: { anonymous: 401, outsider: 404, platform: 404, member: 403, admin: 403 } },
  { method: 'POST', path: '/api/engagements/{id}/time/{entryId}/{decision}', call: (f) => ({ url: `/api/engagements/${f.engagement}/time/${randomUUID()}/approve`, body: {} }), expect: signedInMembersElseHidden },
  { method: 'GET', path: '/api/engagements/{id}/receipt-summary', call: (f) => ({ url: `/api/engagements/${f.engagement}/receipt-summary` }), expect: signedInMembersElseHidden },
  { method: 'POST', path: '/api/engagements/{id}/{action}', call: (f) => ({ url: `/api/engagements/${f.engagement}/cancel`, body: { version: 1 } }), expect: signedInMembersElseHidden },
  { method: 'GET', path: '/api/proposals/{id}/messages', call: (f) => ({ url: `/api/proposals/${f.proposal}/messages` }), expect: signedInMembersElseHidden },
  { method: 'POST', path: '/api/proposals/{id}/messages', call: (f) => ({ url: `/api/proposals/${f.proposal}/messages`, body: { body: 'Bonjour !' } }), expect: signedInMembersElseHidden },
  { method: 'POST', path: '/api/proposals/{id}/decline', call: (f) => ({ url: `/api/proposals/${f.proposal}/decline`, body: { reason: 'other' } }), expect: signedInMembersElseHidden },
  // A draft is hidden outside the organization (GET /needs/{id} of an open need is public, above).
  { method: 'PATCH', path: '/api/needs/{id}', call: (f) => ({ url: `/api/needs/${f.draftNeed}`, body: { title: 'Comptable, titre revu' } }), expect: { ...membersElseHidden, anonymous: 401 } },
  { method: 'PATCH', path: '/api/offers/{id}', call: (f) => ({ url: `/api/offers/${f.draftOffer}`, body: { title: 'Senior accountant, title changed' } }), expect: { ...membersElseHidden, anonymous: 401 } },
  { method: 'POST', path: '/api/needs/{id}/publish', call: (f) => ({ url: `/api/needs/${f.draftNeed}/publish` }), expect: signedInMembersElseHidden },
  { method: 'POST', path: '/api/offers/{id}/publish', call: (f) => ({ url: `/api/offers/${f.draftOffer}/publish` }), expect: signedInMembersElseHidden },
  // Open postings are visible to all: closing one is refused, not hidden.
  { method: 'POST', path: '/api/needs/{id}/close', call: (f) => ({ url: `/api/needs/${f.openNeed}/close` }), expect: members },
  { method: 'POST', path: '/api/offers/{id}/close', call: (f) => ({ url: `/api/offers/${f.openOffer}/close` }), expect: members },

  // Admins of the organization
  { method: 'PATCH', path: '/api/organizations/{id}', call: (f) => ({ url: `/api/organizations/${f.organization}`, body: { description: 'Présentation revue' } }), expect: admins },
  { method: 'POST', path: '/api/organizations/{id}/invitations', call: (f) => ({ url: `/api/organizations/${f.organization}/invitations`, body: { email: someone() } }), expect: admins },
  { method: 'GET', path: '/api/organizations/{id}/invitations', call: (f) => ({ url: `/api/organizations/${f.organization}/invitations` }), expect: admins },
  { method: 'DELETE', path: '/api/organizations/{id}/invitations/{invitationId}', call: (f) => ({ url: `/api/organizations/${f.organization}/invitations/${f.invitation}` }), expect: admins },
  { method: 'PATCH', path: '/api/organizations/{id}/members/{userId}', call: (f) => ({ url: `/api/organizations/${f.organization}/members/${f.colleague}`, body: { role: 'member' } }), expect: admins },
  { method: 'DELETE', path: '/api/organizations/{id}/members/{userId}', call: (f) => ({ url: `/api/organizations/${f.organization}/members/${f.colleague}` }), expect: admins },

  // Platform admins
  { method: 'GET', path: '/api/admin/failed-jobs', call: () => ({ url: '/api/admin/failed-jobs' }), expect: platformAdmins },
  { method: 'POST', path: '/api/admin/failed-jobs/{id}/replay', call: (f) => ({ url: `/api/admin/failed-jobs/${f.failedJob}/replay` }), expect: platformAdmins },
  { method: 'GET', path: '/api/admin/organizations', call: () => ({ url: '/api/admin/organizations' }), expect: platformAdmins },
  { method: 'POST', path: '/api/admin/organizations/{id}/verification', call: (f) => ({ url: `/api/admin/organizations/${f.otherOrganization}/verification` }), expect: platformAdmins },
  { method: 'DELETE', path: '/api/admin/organizations/{id}/verification', call: (f) => ({ url: `/api/admin/organizations/${f.otherOrganization}/verification` }), expect: platformAdmins },

  // Last: they end memberships and sessions.
  // Leaving needs a membership: others find none (404); the last admin's refusal (409) is the endpoint's own.
  { method: 'POST', path: '/api/organizations/{id}/leave', call: (f) => ({ url: `/api/organizations/${f.organization}/leave` }), expect: { anonymous: 401, outsider: 404, platform: 404, member: 'ok', admin: 'ok' } },
  { method: 'POST', path: '/api/auth/logout', call: () => ({ url: '/api/auth/logout' }), expect: signedIn, ownSession: true },
  { method: 'POST', path: '/api/auth/logout-everywhere', call: () => ({ url: '/api/auth/logout-everywhere' }), expect: signedIn, ownSession: true },
];

const outcome = (status: number): Expected | number => (status === 401 || status === 403 || status === 404 ? status : status < 500 ? 'ok' : status);

describe('authorization matrix', () => {
  let api: TestApi;
  let users: Record<Exclude<Identity, 'anonymous'>, TestUser>;
  let fixtures: Fixtures;

  beforeAll(async () => {
    api = await TestApi.start();
    const db = api.app.get(DataSource);
    users = {
      outsider: await api.register('outsider'),
      platform: await api.register('platform'),
      member: await api.register('member'),
      admin: await api.register('admin'),
    };
    await db.getRepository(User).update({ id: users.platform.id }, { isPlatformAdmin: true });
    const organization = (await api.createOrganization(users.admin)).id;
    await api.createOrganization(users.outsider);
    const elsewhere = await api.register('elsewhere');
    const otherOrganization = (await api.createOrganization(elsewhere, { kind: 'company' })).id;
    await api.join(users.admin, organization, users.member);
    const colleague = await api.register('colleague');
    await api.join(users.admin, organization, colleague);

    const post = async (kind: 'needs' | 'offers', publish: boolean) => {
      const body = kind === 'needs' ? needBody() : offerBody();
      const created = await api.call('POST', `/api/organizations/${organization}/${kind}`, { token: users.admin.token, body });
      if (publish) await api.call('POST', `/api/${kind}/${created.body.id}/publish`, { token: users.admin.token });
      return created.body.id as string;
    };
    const invited = await api.call('POST', `/api/organizations/${organization}/invitations`, { token: users.admin.token, body: { email: someone() } });
    const invitationToken = newLinkToken();
    await db.getRepository(Invitation).update({ id: invited.body.id }, { tokenHash: hashLinkToken(invitationToken) });
    const failedJob = await db.getRepository(FailedJob).save(
      db.getRepository(FailedJob).create({ queue: 'matching', jobName: 'match-need', jobId: `matrix-${randomUUID()}`, data: { id: randomUUID() }, error: 'matrix', attempts: 1, failedAt: new Date(), replayedAt: null, permanent: true }),
    );
    const openNeed = await post('needs', true);
    const theirOffer = (await api.call('POST', `/api/organizations/${otherOrganization}/offers`, { token: elsewhere.token, body: offerBody() })).body.id as string;
    await api.call('POST', `/api/offers/${theirOffer}/publish`, { token: elsewhere.token });
    const [pair] = (
      await db.getRepository(Suggestion).insert({
        needId: openNeed,
        offerId: theirOffer,
        needOrganizationId: organization,
        offerOrganizationId: otherOrganization,
        score: 0.8,
        reasons: [],
        mechanisms: [],
        status: 'active',
      })
    ).identifiers;
    const proposal = await api.call('POST', `/api/suggestions/${pair.id}/proposals`, { token: elsewhere.token, body: { message: 'Travaillons ensemble.' } });
    // An accepted proposal of another pair: its engagement.
    const otherNeed = await post('needs', true);
    const [otherPair] = (
      await db.getRepository(Suggestion).insert({ needId: otherNeed, offerId: theirOffer, needOrganizationId: organization, offerOrganizationId: otherOrganization, score: 0.8, reasons: [], mechanisms: [], status: 'active' })
    ).identifiers;
    const accepted = await api.call('POST', `/api/suggestions/${otherPair.id}/proposals`, { token: elsewhere.token, body: { message: 'Et celle-ci ?' } });
    const engagement = (await api.call('POST', `/api/proposals/${accepted.body.id}/accept`, { token: users.admin.token })).body.engagementId as string;
    // Its agreement, and a signed copy of it.
    await db.getRepository(Engagement).update({ id: engagement }, { mechanism: 'skills_sponsorship' });
    const signedCopy = await api.call('POST', `/api/engagements/${engagement}/signed-copies?document=sponsorship_agreement&version=1`, {
      token: users.admin.token,
      body: Buffer.from('%PDF-1.7 signed'),
      headers: { 'content-type': 'application/pdf' },
    });
    expect(signedCopy.status).toBe(201);
    const postingImport = await api.call('POST', `/api/organizations/${organization}/imports?kind=offers&publish=false`, { token: users.admin.token, body: [offerBody()] });
    expect(postingImport.status).toBe(201);
    fixtures = {
      postingImport: postingImport.body.id as string,
      organization,
      otherOrganization,
      suggestion: pair.id as string,
      proposal: proposal.body.id as string,
      engagement,
      signedCopy: signedCopy.body.id as string,
      openNeed,
      draftNeed: await post('needs', false),
      openOffer: await post('offers', true),
      draftOffer: await post('offers', false),
      colleague: colleague.id,
      invitation: invited.body.id,
      invitationToken,
      failedJob: failedJob.id,
    };
  });
  afterAll(() => api.close());

  it('has a row for every endpoint of the API, and no row for an endpoint that is gone', async () => {
    const document = (await api.call('GET', '/api/docs/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const endpoints = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    const rows = ROWS.map((row) => `${row.method} ${row.path}`);

    expect(endpoints.filter((endpoint) => !rows.includes(endpoint))).toEqual([]);
    expect(rows.filter((row) => !endpoints.includes(row))).toEqual([]);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('answers each identity as the table says', async () => {
    const deviations: string[] = [];
    for (const row of ROWS) {
      for (const identity of IDENTITIES) {
        const { url, body } = row.call(fixtures);
        let token = identity === 'anonymous' ? undefined : users[identity].token;
        if (token && row.ownSession) {
          token = (await api.call('POST', '/api/auth/login', { body: { email: users[identity as Exclude<Identity, 'anonymous'>].email, password: PASSWORD } })).body.token;
        }
        const response = await api.call(row.method, url, { token, body });
        const got = outcome(response.status);
        if (got !== row.expect[identity]) deviations.push(`${row.method} ${row.path} as ${identity}: expected ${row.expect[identity]}, got ${response.status} ${response.body?.code ?? ''}`);
      }
    }
    expect(deviations).toEqual([]);
  });
});
