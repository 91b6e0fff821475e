import { randomUUID } from 'node:crypto';
import { withEnv } from './support/env';
import { TestApi, type Response, type SetCookie } from './support/test-api';

const PASSWORD = 'correct horse battery staple';
const SESSION_TTL_SECONDS = 168 * 3600;
const CSRF_MESSAGE = "The page's security token is missing or wrong: reload the page and try again";

const cookie = (response: Response, name: string): SetCookie => {
  const found = response.cookies.find((c) => c.name === name);
  if (!found) throw new Error(`no ${name} cookie in ${JSON.stringify(response.cookies)}`);
  return found;
};

/** What a browser sends back, and what the page's script reads from the CSRF cookie. */
type Browser = { email: string; token: string; cookies: Record<string, string>; csrf: string };

const browserOf = (email: string, response: Response): Browser => ({
  email,
  token: response.body.token,
  cookies: { relais_session: cookie(response, 'relais_session').value, relais_csrf: cookie(response, 'relais_csrf').value },
  csrf: cookie(response, 'relais_csrf').value,
});

describe('browser sessions by cookie, with CSRF protection', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(() => api.close());

  /** The answer of signing in to an account whose address is confirmed. */
  const login = async () => {
    const { email } = await api.register('browser', { displayName: 'Awa Diallo' });
    return { email, response: await api.call('POST', '/api/auth/login', { body: { email, password: PASSWORD } }) };
  };

  async function signedInBrowser(): Promise<Browser> {
    const { email, response } = await login();
    expect(response.status).toBe(200);
    return browserOf(email, response);
  }

  it('signing in keeps the token in the body and sets both cookies with the right attributes', async () => {
    const { response } = await login();

    expect(response.status).toBe(200);
    expect(response.body.token).toEqual(expect.any(String));
    expect(response.headers['cache-control']).toBe('no-store');
    expect(cookie(response, 'relais_session')).toMatchObject({
      value: response.body.token,
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      maxAge: SESSION_TTL_SECONDS,
    });
    const csrf = cookie(response, 'relais_csrf');
    expect(csrf).toMatchObject({ sameSite: 'Lax', path: '/', maxAge: SESSION_TTL_SECONDS });
    expect(csrf.httpOnly).toBeFalsy();
    expect(csrf.value).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
    // PUBLIC_URL is http:// in the tests: a Secure cookie would never come back.
    expect(cookie(response, 'relais_session').secure).toBeFalsy();
  });

  it('signing in again sets them anew, with a new CSRF value', async () => {
    const browser = await signedInBrowser();

    const response = await api.call('POST', '/api/auth/login', { body: { email: browser.email, password: PASSWORD } });

    expect(response.status).toBe(200);
    expect(cookie(response, 'relais_session').value).toBe(response.body.token);
    expect(cookie(response, 'relais_csrf').value).not.toBe(browser.csrf);
  });

  it('GET /api/me works with the cookie alone, and is not to be cached', async () => {
    const browser = await signedInBrowser();

    const me = await api.call('GET', '/api/me', { cookies: browser.cookies });

    expect(me.status).toBe(200);
    expect(me.body.email).toBe(browser.email);
    expect(me.headers['cache-control']).toBe('no-store');
    const anonymous = await api.call('GET', '/api/toolbox/mechanisms');
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers['cache-control']).not.toBe('no-store');
  });

  it.each([
    ['without the header', {}],
    ['with a wrong header', { 'x-csrf-token': 'not-the-right-value' }],
    ['with an empty header', { 'x-csrf-token': '' }],
  ])('PATCH /api/me by cookie %s gets 403 CSRF_FAILED and changes nothing', async (_, headers) => {
    const browser = await signedInBrowser();

    const patch = await api.call('PATCH', '/api/me', { cookies: browser.cookies, headers, body: { displayName: 'Changed by another site' } });

    expect(patch.status).toBe(403);
    expect(patch.body).toEqual({ statusCode: 403, code: 'CSRF_FAILED', message: CSRF_MESSAGE });
    expect((await api.call('GET', '/api/me', { cookies: browser.cookies })).body.displayName).toBe('Awa Diallo');
  });

  it("another browser's CSRF value does not do either", async () => {
    const browser = await signedInBrowser();
    const other = await signedInBrowser();

    const patch = await api.call('PATCH', '/api/me', {
      cookies: browser.cookies,
      headers: { 'x-csrf-token': other.csrf },
      body: { displayName: 'Changed' },
    });

    expect(patch.status).toBe(403);
    expect(patch.body.code).toBe('CSRF_FAILED');
  });

  it('PATCH /api/me by cookie with the right header works', async () => {
    const browser = await signedInBrowser();

    const patch = await api.call('PATCH', '/api/me', {
      cookies: browser.cookies,
      headers: { 'x-csrf-token': browser.csrf },
      body: { displayName: 'Awa Diatta' },
    });

    expect(patch.status).toBe(200);
    expect(patch.body.displayName).toBe('Awa Diatta');
    expect((await api.call('GET', '/api/me', { cookies: browser.cookies })).body.displayName).toBe('Awa Diatta');
  });

  it('Bearer calls need no CSRF header, even when session cookies come along', async () => {
    const browser = await signedInBrowser();

    const byBearer = await api.call('PATCH', '/api/me', { token: browser.token, body: { locale: 'en' } });
    const byBearerWithCookies = await api.call('PATCH', '/api/me', { token: browser.token, cookies: browser.cookies, body: { locale: 'fr' } });

    expect(byBearer.status).toBe(200);
    expect(byBearer.headers['cache-control']).toBe('no-store');
    expect(byBearerWithCookies.status).toBe(200);
    expect(byBearerWithCookies.body.locale).toBe('fr');
  });

  it('a public route checks the CSRF header too when a valid session cookie comes with the request', async () => {
    const browser = await signedInBrowser();
    const login = { email: browser.email, password: PASSWORD };

    const withoutHeader = await api.call('POST', '/api/auth/login', { cookies: browser.cookies, body: login });
    const withHeader = await api.call('POST', '/api/auth/login', { cookies: browser.cookies, headers: { 'x-csrf-token': browser.csrf }, body: login });

    expect(withoutHeader.status).toBe(403);
    expect(withoutHeader.body.code).toBe('CSRF_FAILED');
    expect(withHeader.status).toBe(200);
  });

  it('an invalid session cookie is ignored on a public route, and gets 401 on a signed-in one', async () => {
    const browser = await signedInBrowser();
    const stale = { relais_session: 'not-a-session-token', relais_csrf: browser.csrf };

    const login = await api.call('POST', '/api/auth/login', { cookies: stale, body: { email: browser.email, password: PASSWORD } });
    const me = await api.call('GET', '/api/me', { cookies: stale });

    expect(login.status).toBe(200);
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('UNAUTHENTICATED');
  });

  it('a lost CSRF cookie comes back with the next page load', async () => {
    const browser = await signedInBrowser();

    const reload = await api.call('GET', '/api/me', { cookies: { relais_session: browser.cookies.relais_session } });
    const csrf = cookie(reload, 'relais_csrf').value;
    const patch = await api.call('PATCH', '/api/me', {
      cookies: { relais_session: browser.cookies.relais_session, relais_csrf: csrf },
      headers: { 'x-csrf-token': csrf },
      body: { displayName: 'Back again' },
    });

    expect(reload.status).toBe(200);
    expect(patch.status).toBe(200);
  });

  it('logout by cookie needs the CSRF header, clears both cookies, and the old cookie is refused afterwards', async () => {
    const browser = await signedInBrowser();
    expect((await api.call('POST', '/api/auth/logout', { cookies: browser.cookies })).status).toBe(403);

    const logout = await api.call('POST', '/api/auth/logout', { cookies: browser.cookies, headers: { 'x-csrf-token': browser.csrf } });

    expect(logout.status).toBe(204);
    for (const name of ['relais_session', 'relais_csrf']) {
      const cleared = cookie(logout, name);
      expect(cleared).toMatchObject({ value: '', path: '/', maxAge: 0 });
      expect(cleared.expires!.getTime()).toBeLessThan(Date.now());
    }
    const after = await api.call('GET', '/api/me', { cookies: browser.cookies });
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
    expect((await api.call('GET', '/api/me', { token: browser.token })).status).toBe(401);
  });
});

describe('session cookies behind https', () => {
  let api: TestApi;
  let restoreEnv: () => void;

  beforeAll(async () => {
    restoreEnv = withEnv({ PUBLIC_URL: 'https://relais.example.org' });
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.close();
    restoreEnv();
  });

  it('marks both cookies Secure when PUBLIC_URL is https', async () => {
    const { email } = await api.register('secure');
    const response = await api.call('POST', '/api/auth/login', { body: { email, password: PASSWORD } });

    expect(response.status).toBe(200);
    expect(cookie(response, 'relais_session').secure).toBe(true);
    expect(cookie(response, 'relais_csrf').secure).toBe(true);
  });
});
