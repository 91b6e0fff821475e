import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { User } from '@relais/database';
import { startSmtpSink, type ReceivedEmail, type SmtpSink } from '@relais/notifications';
import { withEnv } from './support/env';
import { TestApi, type Response } from './support/test-api';

const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'un puits de plus à Kédougou';

const uniqueEmail = (name: string) => `${name}-${randomUUID().slice(0, 8)}@example.org`;
/** Each test signs in from its own client address (the API believes X-Forwarded-For from loopback), so counts do not mix. */
const newAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const linkToken = (email: ReceivedEmail, page: string) => {
  const match = new RegExp(`http://relais\\.test/${page}/([A-Za-z0-9_-]{43})`).exec(email.text);
  if (!match) throw new Error(`no ${page} link in: ${email.text}`);
  return match[1];
};

describe('account security', () => {
  let api: TestApi;
  let sink: SmtpSink;
  let restoreEnv: () => void;

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

  const emailsTo = (address: string, count = 1) =>
    api.eventually(async () => {
      const received = sink.received.filter((email) => email.to.includes(address));
      return received.length >= count && received;
    });
  const register = (email: string, extra: Record<string, unknown> = {}) =>
    api.call('POST', '/api/auth/register', { body: { email, password: PASSWORD, displayName: 'Awa Diallo', ...extra } });
  const login = (email: string, password: string, from: string): Promise<Response> =>
    api.call('POST', '/api/auth/login', { body: { email, password }, headers: { 'x-forwarded-for': from } });
  const me = (token: string) => api.call('GET', '/api/me', { token });
  const verify = (token: string) => api.call('POST', '/api/auth/verify-email', { body: { token } });
  /** Registers, opens the link of the confirmation e-mail and signs in: the answer of the sign-in. */
  const signedUp = async (email: string, extra: Record<string, unknown> = {}): Promise<Response> => {
    expect((await register(email, extra)).status).toBe(202);
    const [message] = await emailsTo(email);
    expect((await verify(linkToken(message, 'verify-email'))).status).toBe(200);
    const signedIn = await login(email, PASSWORD, newAddress());
    expect(signedIn.status).toBe(200);
    return signedIn;
  };

  describe('confirming the address', () => {
    it('registering answers 202 and sends a link in the person’s language; nobody signs in before it is opened', async () => {
      const email = uniqueEmail('awa');
      const registered = await register(email, { locale: 'en' });
      expect(registered.status).toBe(202);
      expect(registered.body).toBeUndefined();
      expect(registered.cookies).toEqual([]);

      const [message] = await emailsTo(email);
      expect(message.subject).toBe('Confirm your e-mail address on Relais');
      const early = await login(email, PASSWORD, newAddress());
      expect(early.status).toBe(403);
      expect(early.body.code).toBe('EMAIL_NOT_VERIFIED');
      // A wrong password says nothing about the address.
      expect((await login(email, 'not the right password', newAddress())).status).toBe(401);

      const token = linkToken(message, 'verify-email');
      const verified = await verify(token);
      expect(verified.status).toBe(200);
      expect(verified.body).toEqual({ email });
      const signedIn = await login(email, PASSWORD, newAddress());
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.user.emailVerified).toBe(true);
      const again = await verify(token);
      expect(again.status).toBe(410);
      expect(again.body.code).toBe('TOKEN_INVALID');
    });

    it('registering a taken address answers the same; its owner is told by e-mail and keeps the password', async () => {
      const email = uniqueEmail('moussa');
      await signedUp(email);

      const taken = await register(email.toUpperCase(), { password: 'un tout autre mot de passe', displayName: 'Quelqu’un', locale: 'en', next: '/my' });
      const fresh = await register(uniqueEmail('newcomer'));

      expect([taken.status, fresh.status]).toEqual([202, 202]);
      expect(taken.body).toEqual(fresh.body);
      const [, notice] = await emailsTo(email, 2);
      expect(notice.subject).toBe('Vous avez déjà un compte Relais');
      expect(notice.text).toContain('http://relais.test/signin');
      expect((await login(email, PASSWORD, newAddress())).status).toBe(200);
      expect((await login(email, 'un tout autre mot de passe', newAddress())).status).toBe(401);
    });

    it('registering again an address never confirmed sends a new link, to the page asked for; the earlier link stops working', async () => {
      const email = uniqueEmail('khadija');
      await register(email);
      const [first] = await emailsTo(email);

      expect((await register(email, { password: 'un tout autre mot de passe', next: '/invitations/abc?x=1' })).status).toBe(202);
      const [, second] = await emailsTo(email, 2);

      expect(second.subject).toBe('Confirmez votre adresse e-mail sur Relais');
      expect(second.text).toContain(`/verify-email/${linkToken(second, 'verify-email')}?next=%2Finvitations%2Fabc%3Fx%3D1`);
      expect((await verify(linkToken(first, 'verify-email'))).status).toBe(410);
      expect((await verify(linkToken(second, 'verify-email'))).status).toBe(200);
      expect((await login(email, PASSWORD, newAddress())).status).toBe(200);
    });

    it('asking for a new link answers 202 for any address; only an account not confirmed gets one', async () => {
      const email = uniqueEmail('ousmane');
      const confirmed = uniqueEmail('confirmed');
      const nobody = uniqueEmail('nobody');
      await register(email);
      await signedUp(confirmed);
      const [first] = await emailsTo(email);

      const answers = await Promise.all(
        [email, confirmed, nobody].map((address) => api.call('POST', '/api/auth/verify-email/resend', { body: { email: address } })),
      );

      expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202]);
      const [, second] = await emailsTo(email, 2);
      expect((await verify(linkToken(first, 'verify-email'))).status).toBe(410);
      expect((await verify('x'.repeat(43))).status).toBe(410);
      expect((await verify(linkToken(second, 'verify-email'))).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(sink.received.filter((message) => message.to.includes(confirmed))).toHaveLength(1);
      expect(sink.received.some((message) => message.to.includes(nobody))).toBe(false);
    });

    it('one client address creates at most 30 accounts an hour, then 429', async () => {
      const from = newAddress();
      const fromThere = (email: string) =>
        api.call('POST', '/api/auth/register', { body: { email, password: PASSWORD, displayName: 'Awa Diallo' }, headers: { 'x-forwarded-for': from } });
      for (let i = 0; i < 30; i++) expect((await fromThere(uniqueEmail('bulk'))).status).toBe(202);

      const refused = await fromThere(uniqueEmail('bulk'));

      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toEqual(expect.any(String));
      expect((await register(uniqueEmail('elsewhere'))).status).toBe(202);
    });

    it('an account signed in before its address was confirmed cannot invite anyone until it is', async () => {
      // Accounts created before confirmation came first may still hold such sessions.
      const email = uniqueEmail('legacy');
      const signedIn = await signedUp(email);
      const user = { id: signedIn.body.user.id, email, token: signedIn.body.token };
      const organization = await api.createOrganization(user);
      await api.app.get(DataSource).getRepository(User).update({ id: user.id }, { emailVerifiedAt: null });
      const invite = () => api.call('POST', `/api/organizations/${organization.id}/invitations`, { token: user.token, body: { email: uniqueEmail('colleague') } });

      const refused = await invite();
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('EMAIL_NOT_VERIFIED');

      expect((await api.call('POST', '/api/auth/verify-email/resend', { body: { email } })).status).toBe(202);
      const [, link] = await emailsTo(email, 2);
      expect((await verify(linkToken(link, 'verify-email'))).status).toBe(200);
      expect((await invite()).status).toBe(201);
    });
  });

  describe('the password rule', () => {
    it.each([
      ['a common password', () => 'password12'],
      ['ten spaces', () => ' '.repeat(10)],
      ['the e-mail address itself', (email: string) => email],
      ['the name and a year', () => 'awadiallo2026'],
    ])('refuses %s, naming the field', async (_, password) => {
      const email = uniqueEmail('weak');
      const response = await register(email, { password: password(email) });

      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([{ path: 'password', reason: 'is too easy to guess' }]);
      expect((await login(email, password(email), newAddress())).status).toBe(401);
    });
  });

  describe('brute force', () => {
    it('after 5 wrong passwords the account answers 429 with Retry-After, even to the right one; others still sign in', async () => {
      const email = uniqueEmail('target');
      await signedUp(email);
      const from = newAddress();
      for (let i = 0; i < 5; i++) expect((await login(email, `wrong guess number ${i}`, from)).status).toBe(401);

      const blocked = await login(email, PASSWORD, newAddress());

      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('TOO_MANY_REQUESTS');
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(800);
      expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(900);
      const other = uniqueEmail('other');
      await signedUp(other);
      expect((await login(other, PASSWORD, from)).status).toBe(200);
    });

    it('one address trying many accounts is stopped after 30 wrong passwords', async () => {
      const from = newAddress();
      const email = uniqueEmail('victim');
      await signedUp(email);
      for (let i = 0; i < 30; i++) expect((await login(uniqueEmail('guess'), PASSWORD, from)).status).toBe(401);

      const fromThere = await login(email, PASSWORD, from);

      expect(fromThere.status).toBe(429);
      expect(fromThere.headers['retry-after']).toEqual(expect.any(String));
      expect((await login(email, PASSWORD, newAddress())).status).toBe(200);
    });

    it('a right password clears the run of wrong ones', async () => {
      const email = uniqueEmail('forgetful');
      await signedUp(email);
      const from = newAddress();
      for (let i = 0; i < 4; i++) await login(email, `typo ${i}`, from);
      expect((await login(email, PASSWORD, from)).status).toBe(200);

      for (let i = 0; i < 4; i++) expect((await login(email, `typo again ${i}`, from)).status).toBe(401);
      expect((await login(email, PASSWORD, from)).status).toBe(200);
    });

    it('the counts live in Redis: two API processes share them', async () => {
      const second = await TestApi.start();
      try {
        const email = uniqueEmail('shared');
        await signedUp(email);
        const from = newAddress();
        for (let i = 0; i < 3; i++) await login(email, `wrong ${i}`, from);
        for (let i = 0; i < 2; i++) {
          await second.call('POST', '/api/auth/login', { body: { email, password: `other wrong ${i}` }, headers: { 'x-forwarded-for': from } });
        }

        expect((await login(email, PASSWORD, from)).status).toBe(429);
        expect((await second.call('POST', '/api/auth/login', { body: { email, password: PASSWORD } })).status).toBe(429);
      } finally {
        await second.close();
      }
    });
  });

  describe('password reset by e-mail', () => {
    it('answers 202 whether the address has an account or not, and only an account gets an e-mail', async () => {
      const nobody = uniqueEmail('nobody');
      const email = uniqueEmail('fatou');
      await signedUp(email, { locale: 'en' });

      const unknown = await api.call('POST', '/api/auth/password-reset', { body: { email: nobody } });
      const known = await api.call('POST', '/api/auth/password-reset', { body: { email: email.toUpperCase() } });

      expect([unknown.status, known.status]).toEqual([202, 202]);
      expect(unknown.body).toEqual(known.body);
      const [, reset] = await emailsTo(email, 2);
      expect(reset.subject).toBe('Choose a new password on Relais');
      expect(sink.received.some((message) => message.to.includes(nobody))).toBe(false);
    });

    it('the link sets a new password once and signs out every session', async () => {
      const email = uniqueEmail('aminata');
      const registered = await signedUp(email);
      const other = await login(email, PASSWORD, newAddress());
      await api.call('POST', '/api/auth/password-reset', { body: { email } });
      const [, reset] = await emailsTo(email, 2);
      const token = linkToken(reset, 'reset-password');

      const weak = await api.call('POST', '/api/auth/password-reset/confirm', { body: { token, password: 'aminata2026' } });
      expect(weak.status).toBe(400);
      expect(weak.body.details).toEqual([{ path: 'password', reason: 'is too easy to guess' }]);

      expect((await api.call('POST', '/api/auth/password-reset/confirm', { body: { token, password: NEW_PASSWORD } })).status).toBe(204);
      expect((await me(registered.body.token)).status).toBe(401);
      expect((await me(other.body.token)).status).toBe(401);
      expect((await login(email, PASSWORD, newAddress())).status).toBe(401);
      expect((await login(email, NEW_PASSWORD, newAddress())).status).toBe(200);
      expect((await api.call('POST', '/api/auth/password-reset/confirm', { body: { token, password: 'encore un autre mot de passe' } })).status).toBe(410);
    });

    it('an address someone else registered and never confirmed: its owner takes it back with a reset link', async () => {
      const email = uniqueEmail('squatted');
      await register(email, { password: 'le mot de passe d’un autre' });
      await emailsTo(email);
      await api.call('POST', '/api/auth/password-reset', { body: { email } });
      const [, reset] = await emailsTo(email, 2);

      expect((await api.call('POST', '/api/auth/password-reset/confirm', { body: { token: linkToken(reset, 'reset-password'), password: NEW_PASSWORD } })).status).toBe(204);

      const signedIn = await login(email, NEW_PASSWORD, newAddress());
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.user.emailVerified).toBe(true);
      expect((await login(email, 'le mot de passe d’un autre', newAddress())).status).toBe(401);
    });

    it('sends at most 3 reset e-mails an hour to one account, and still answers 202', async () => {
      const email = uniqueEmail('insistent');
      await signedUp(email);
      const from = newAddress();
      for (let i = 0; i < 5; i++) {
        expect((await api.call('POST', '/api/auth/password-reset', { body: { email }, headers: { 'x-forwarded-for': from } })).status).toBe(202);
      }
      await emailsTo(email, 4);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(sink.received.filter((message) => message.to.includes(email))).toHaveLength(4);
    });
  });

  describe('changing the password and signing out everywhere', () => {
    it('needs the current password, refuses a weak new one, signs out the other sessions and tells the person', async () => {
      const email = uniqueEmail('ibrahima');
      const registered = await signedUp(email);
      const other = await login(email, PASSWORD, newAddress());
      const change = (body: Record<string, unknown>) => api.call('POST', '/api/auth/password', { token: registered.body.token, body });

      const wrong = await change({ currentPassword: 'not it at all', newPassword: NEW_PASSWORD });
      expect(wrong.status).toBe(400);
      expect(wrong.body.details).toEqual([{ path: 'currentPassword', reason: 'is not your current password' }]);
      const weak = await change({ currentPassword: PASSWORD, newPassword: 'ibrahima123' });
      expect(weak.body.details).toEqual([{ path: 'newPassword', reason: 'is too easy to guess' }]);

      expect((await change({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(204);
      expect((await me(registered.body.token)).status).toBe(200);
      expect((await me(other.body.token)).status).toBe(401);
      expect((await login(email, NEW_PASSWORD, newAddress())).status).toBe(200);
      const [, notice] = await emailsTo(email, 2);
      expect(notice.subject).toBe('Le mot de passe de votre compte Relais a changé');
    });

    it('sign out everywhere ends every session, this one included', async () => {
      const email = uniqueEmail('khady');
      const registered = await signedUp(email);
      const other = await login(email, PASSWORD, newAddress());

      expect((await api.call('POST', '/api/auth/logout-everywhere', { token: other.body.token })).status).toBe(204);

      expect((await me(registered.body.token)).status).toBe(401);
      expect((await me(other.body.token)).status).toBe(401);
      expect((await login(email, PASSWORD, newAddress())).status).toBe(200);
    });
  });
});
