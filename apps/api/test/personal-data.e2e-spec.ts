import { randomInt } from 'node:crypto';
import { DataSource, IsNull, Like } from 'typeorm';
import { EmailMessage, Notification, User } from '@relais/database';
import { Retention } from '../../worker/src/jobs/retention';
import { needBody, TestApi } from './support/test-api';

const PASSWORD = 'correct horse battery staple';
const YEAR_MS = 365 * 24 * 3600 * 1000;

describe('personal data: export, erasure, retention', () => {
  let api: TestApi;
  let db: DataSource;
  // A period of its own, so that other suites' postings never match these.
  const year = 3600 + randomInt(300);

  beforeAll(async () => {
    api = await TestApi.start({ worker: true });
    db = api.app.get(DataSource);
  });
  afterAll(() => api.close());

  it('exports everything held about the person as a JSON download, without secrets or anyone else’s data', async () => {
    const awa = await api.register('awa', { displayName: 'Awa Diallo' });
    const other = await api.register('other', { displayName: 'Quelqu’un d’autre' });
    const organization = await api.createOrganization(awa, { name: 'Salines de Casamance' });
    await api.join(awa, organization.id, other);
    await api.call('POST', `/api/organizations/${organization.id}/needs`, { token: awa.token, body: needBody({ title: 'Comptable bénévole' }) });

    const response = await api.call('GET', '/api/me/export', { token: awa.token });

    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="relais-my-data.json"');
    expect(response.headers['cache-control']).toContain('no-store');
    const data = response.body;
    expect(data.account).toMatchObject({ id: awa.id, email: awa.email, displayName: 'Awa Diallo', emailVerifiedAt: expect.any(String) });
    expect(data.memberships).toEqual([expect.objectContaining({ organizationName: 'Salines de Casamance', role: 'admin' })]);
    expect(data.postingsWritten).toEqual([expect.objectContaining({ kind: 'need', title: 'Comptable bénévole', status: 'draft' })]);
    expect(data.accountLinks).toEqual([expect.objectContaining({ purpose: 'verify_email' })]);
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    const text = JSON.stringify(data);
    for (const secret of ['$argon2', 'passwordHash', 'tokenHash', awa.token, other.email, 'Quelqu’un d’autre']) expect(text).not.toContain(secret);
    // A reset link still waiting to be sent is not in the file: a stolen session could use it.
    await api.call('POST', '/api/auth/password-reset', { body: { email: awa.email } });
    expect(JSON.stringify((await api.call('GET', '/api/me/export', { token: awa.token })).body)).not.toMatch(/reset-password\/[A-Za-z0-9_-]{20}/);
  });

  it('counts wrong passwords given to delete the account like failed sign-ins', async () => {
    const awa = await api.register('guessed');
    for (let i = 0; i < 5; i++) expect((await api.call('DELETE', '/api/me', { token: awa.token, body: { password: `guess ${i}` } })).status).toBe(400);

    const blocked = await api.call('DELETE', '/api/me', { token: awa.token, body: { password: PASSWORD } });

    expect(blocked.status).toBe(429);
    expect((await api.call('GET', '/api/me', { token: awa.token })).status).toBe(200);
  });

  it('erases an account after its password: the person cannot sign in, their organization and its postings stay', async () => {
    const awa = await api.register('awa');
    const moussa = await api.register('moussa');
    const organization = await api.createOrganization(awa);
    await api.join(awa, organization.id, moussa);
    // An invitation sent to the address by another organization: an e-mail to the address, with no account on it.
    const elsewhere = await api.createOrganization(moussa, { name: 'Autre structure' });
    expect((await api.call('POST', `/api/organizations/${elsewhere.id}/invitations`, { token: moussa.token, body: { email: awa.email } })).status).toBe(201);
    await api.eventually(() => db.getRepository(EmailMessage).findOneBy({ to: awa.email, userId: IsNull() }));
    const need = await api.call('POST', `/api/organizations/${organization.id}/needs`, { token: awa.token, body: needBody() });
    await api.call('POST', `/api/needs/${need.body.id}/publish`, { token: awa.token });

    const wrong = await api.call('DELETE', '/api/me', { token: awa.token, body: { password: 'not my password' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details).toEqual([{ path: 'password', reason: 'is not your current password' }]);
    const lastAdmin = await api.call('DELETE', '/api/me', { token: awa.token, body: { password: PASSWORD } });
    expect(lastAdmin.status).toBe(409);
    expect(lastAdmin.body.code).toBe('LAST_ADMIN');

    await api.call('PATCH', `/api/organizations/${organization.id}/members/${moussa.id}`, { token: awa.token, body: { role: 'admin' } });
    const erased = await api.call('DELETE', '/api/me', { token: awa.token, body: { password: PASSWORD } });

    expect(erased.status).toBe(204);
    expect((await api.call('GET', '/api/me', { token: awa.token })).status).toBe(401);
    expect((await api.call('POST', '/api/auth/login', { body: { email: awa.email, password: PASSWORD } })).status).toBe(401);
    const row = await db.getRepository(User).findOneByOrFail({ id: awa.id });
    expect(row).toMatchObject({ email: `erased-${awa.id}@erased.invalid`, displayName: 'Compte supprimé / Deleted account', emailVerifiedAt: null });
    expect(row.erasedAt).not.toBeNull();
    expect((await api.call('GET', `/api/needs/${need.body.id}`)).status).toBe(200);
    const members = await api.call('GET', `/api/organizations/${organization.id}/members`, { token: moussa.token });
    expect(members.body.map((m: { userId: string }) => m.userId)).toEqual([moussa.id]);
    expect(await db.getRepository(EmailMessage).countBy({ to: awa.email })).toBe(0);
    // The address is free again.
    expect((await api.signUp('awa', { email: awa.email })).id).not.toBe(awa.id);
  });

  it('a removed member loses the notifications they got as a member; the others keep theirs', async () => {
    await api.publishedOffer(year);
    const host = await api.register('host');
    const colleague = await api.register('colleague');
    const hostOrg = await api.createOrganization(host, { generalInterest: true });
    await api.join(host, hostOrg.id, colleague);
    const need = await api.call('POST', `/api/organizations/${hostOrg.id}/needs`, {
      token: host.token,
      body: needBody({ startDate: `${year}-02-01`, endDate: `${year}-03-31` }),
    });
    await api.call('POST', `/api/needs/${need.body.id}/publish`, { token: host.token });
    await api.eventually(async () => (await db.getRepository(Notification).countBy({ userId: colleague.id })) > 0, 20_000);

    expect((await api.call('DELETE', `/api/organizations/${hostOrg.id}/members/${colleague.id}`, { token: host.token })).status).toBe(204);

    expect(await db.getRepository(Notification).countBy({ userId: colleague.id })).toBe(0);
    expect(await db.getRepository(Notification).countBy({ userId: host.id })).toBeGreaterThan(0);
    expect((await api.call('GET', '/api/notifications', { token: colleague.token })).body.total).toBe(0);
  });

  it('an account unused for three years is warned once, then anonymized 30 days later unless the person signs in', async () => {
    const retention = api.worker!.get(Retention);
    const sleeper = await api.register('sleeper');
    const returning = await api.register('returning');
    const fourYearsAgo = new Date(Date.now() - 4 * YEAR_MS);
    await db.getRepository(User).update({ id: sleeper.id }, { lastSeenAt: fourYearsAgo });
    await db.getRepository(User).update({ id: returning.id }, { lastSeenAt: fourYearsAgo });

    await retention.run();
    await retention.run();

    const warnings = await db.getRepository(EmailMessage).findBy({ userId: sleeper.id, dedupeKey: Like('retention:%') });
    expect(warnings).toHaveLength(1);
    expect(warnings[0].subject).toBe('Votre compte Relais va être anonymisé');
    expect(warnings[0].text).toMatch(/votre compte sera anonymisé le \d+ \S+ \d{4}/);
    expect((await db.getRepository(User).findOneByOrFail({ id: sleeper.id })).erasedAt).toBeNull();

    // One signs in again; 31 days pass for both.
    expect((await api.call('POST', '/api/auth/login', { body: { email: returning.email, password: PASSWORD } })).status).toBe(200);
    await retention.run(new Date(Date.now() + 31 * 24 * 3600 * 1000));

    expect((await db.getRepository(User).findOneByOrFail({ id: sleeper.id })).erasedAt).not.toBeNull();
    expect((await db.getRepository(User).findOneByOrFail({ id: returning.id })).erasedAt).toBeNull();
  });
});
