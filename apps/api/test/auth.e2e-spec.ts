import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { User } from '@relais/database';
import { TestApi } from './support/test-api';

const PASSWORD = 'correct horse battery staple';
const uniqueEmail = (name: string) => `${name}-${randomUUID().slice(0, 8)}@example.org`;

describe('accounts and sessions', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(() => api.close());

  const register = (email: string, extra: Record<string, unknown> = {}) =>
    api.call('POST', '/api/auth/register', { body: { email, password: PASSWORD, displayName: 'Awa Diallo', ...extra } });
  const login = (email: string, password: string) => api.call('POST', '/api/auth/login', { body: { email, password } });
  const users = () => api.app.get(DataSource).getRepository(User);
  /** As if the link of the confirmation e-mail had been opened (account-security.e2e-spec opens real ones). */
  const confirm = (email: string) => users().update({ email }, { emailVerifiedAt: new Date() });

  it('registers an account: 202, no session; once the address is confirmed, signing in returns a token, never the password hash', async () => {
    const email = uniqueEmail('awa');

    const response = await register(email, { locale: 'en' });

    expect(response.status).toBe(202);
    expect(response.body).toBeUndefined();
    expect(response.cookies).toEqual([]);
    const row = await users().findOneByOrFail({ email });
    expect(row).toMatchObject({ displayName: 'Awa Diallo', locale: 'en', emailVerifiedAt: null });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    await confirm(email);
    const signedIn = await login(email, PASSWORD);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toEqual({
      token: expect.any(String),
      expiresAt: expect.any(String),
      user: { id: row.id, email, displayName: 'Awa Diallo', locale: 'en', emailPreference: 'immediate', emailVerified: true },
    });
    const text = JSON.stringify(signedIn.body);
    expect(text).not.toMatch(/password/i);
    expect(text).not.toContain('$argon2');
    expect(text).not.toContain(PASSWORD);
    const me = await api.call('GET', '/api/me', { token: signedIn.body.token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ id: row.id, email, memberships: [] });
  });

  it('a second registration of an address, whatever its case, answers the same and creates nothing', async () => {
    const email = uniqueEmail('moussa');
    const first = await register(email.toUpperCase());

    const duplicate = await register(email, { displayName: 'Someone else' });

    expect([first.status, duplicate.status]).toEqual([202, 202]);
    expect(duplicate.body).toEqual(first.body);
    expect(await users().findBy({ email })).toEqual([expect.objectContaining({ displayName: 'Awa Diallo' })]);
  });

  it('signs in with the right password, whatever the case of the e-mail', async () => {
    const email = uniqueEmail('fatou');
    await register(email);
    await confirm(email);
    const first = await login(email, PASSWORD);

    const response = await login(email.toUpperCase(), PASSWORD);

    expect(response.status).toBe(200);
    expect(response.body.user).toEqual({
      id: first.body.user.id,
      email,
      displayName: 'Awa Diallo',
      locale: 'fr',
      emailPreference: 'immediate',
      emailVerified: true,
    });
    expect(response.body.token).not.toBe(first.body.token);
    expect((await api.call('GET', '/api/me', { token: response.body.token })).body.email).toBe(email);
  });

  it('answers a wrong password and an unknown e-mail alike: 401 INVALID_CREDENTIALS', async () => {
    const email = uniqueEmail('ibrahima');
    await register(email);

    const wrongPassword = await login(email, 'not the right password');
    const unknownEmail = await login(uniqueEmail('nobody'), PASSWORD);

    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body).toMatchObject({ statusCode: 401, code: 'INVALID_CREDENTIALS' });
    expect(unknownEmail.status).toBe(401);
    expect(unknownEmail.body).toEqual(wrongPassword.body);
  });

  it('GET /api/me needs a token', async () => {
    const response = await api.call('GET', '/api/me');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });

  it('after logout the same token gets 401, while another session of the same person still works', async () => {
    const user = await api.register('leaving');
    const otherSession = await login(user.email, PASSWORD);

    const logout = await api.call('POST', '/api/auth/logout', { token: user.token });

    expect(logout.status).toBe(204);
    expect(logout.body).toBeUndefined();
    const after = await api.call('GET', '/api/me', { token: user.token });
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
    expect((await api.call('GET', '/api/me', { token: otherSession.body.token })).status).toBe(200);
  });

  it('keeps recent sessions in memory, and forgets one as soon as it ends in PostgreSQL, or while it cannot hear about it', async () => {
    const db = api.app.get(DataSource);
    const user = await api.register('remembered');
    const [session] = await db.query(`SELECT id FROM sessions WHERE user_id = $1`, [user.id]);
    expect((await api.call('GET', '/api/me', { token: user.token })).status).toBe(200);

    // Ended without a notification (triggers off for this connection): the API still holds the session in memory.
    await db.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1`, [session.id]);
    });
    expect((await api.call('GET', '/api/me', { token: user.token })).status).toBe(200);
    // Any change to the row, as another process would make it, notifies: this one reads the session again, ended.
    await db.query(`UPDATE sessions SET expires_at = expires_at WHERE id = $1`, [session.id]);
    await api.eventually(async () => (await api.call('GET', '/api/me', { token: user.token })).status === 401, 5000);

    // Without its listening connection, the API asks PostgreSQL every time.
    const other = await api.register('unheard');
    expect((await api.call('GET', '/api/me', { token: other.token })).status).toBe(200);
    await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN session_changes' AND pid <> pg_backend_pid()`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await db.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1`, [other.id]);
    });
    expect((await api.call('GET', '/api/me', { token: other.token })).status).toBe(401);
  });

  it.each([
    ['a garbage token', 'not-a-jwt'],
    ['a token signed with another secret', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwic2lkIjoieSJ9.c2lnbmF0dXJl'],
  ])('%s gets 401', async (_, token) => {
    const response = await api.call('GET', '/api/me', { token });
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });

  it('PATCH /api/me changes the locale', async () => {
    const user = await api.register('polyglot');

    const patch = await api.call('PATCH', '/api/me', { token: user.token, body: { locale: 'en' } });

    expect(patch.status).toBe(200);
    expect(patch.body).toMatchObject({ id: user.id, email: user.email, locale: 'en' });
    expect((await api.call('GET', '/api/me', { token: user.token })).body.locale).toBe('en');
    const refused = await api.call('PATCH', '/api/me', { token: user.token, body: { locale: 'de' } });
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([{ path: 'locale', reason: expect.any(String) }]);
  });
});
