import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { withEnv } from './support/env';
import { TestApi } from './support/test-api';

const INDEX_HTML = '<!doctype html><html><head><script type="module" src="/assets/app-abc.js"></script></head><body><div id="root"></div></body></html>';
const APP_JS = 'console.log("relais web app");';

describe('the API serves the web app', () => {
  let api: TestApi;
  let dir: string;
  let restoreEnv: () => void;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'relais-web-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), INDEX_HTML);
    await writeFile(path.join(dir, 'assets', 'app-abc.js'), APP_JS);
    await writeFile(path.join(dir, 'robots.txt'), 'User-agent: *\n');
    await writeFile(path.join(dir, '.env'), 'SECRET=1\n');
    restoreEnv = withEnv({ WEB_DIST_DIR: dir });
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.close();
    restoreEnv();
    await rm(dir, { recursive: true, force: true });
  });

  const expectIndex = (response: { status: number; body: unknown; headers: Record<string, unknown> }) => {
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(INDEX_HTML);
  };

  it('answers / with index.html, to be asked for again each time', async () => {
    expectIndex(await api.call('GET', '/'));
    expectIndex(await api.call('GET', '/index.html'));
  });

  it("answers the app's own paths with index.html (history fallback)", async () => {
    expectIndex(await api.call('GET', '/needs/123/suggestions'));
    expectIndex(await api.call('GET', '/invitations/some-token?from=mail'));
    expectIndex(await api.call('GET', '/.env'));
    expectIndex(await api.call('GET', '/assets/../../etc/passwd'));
    const head = await api.call('HEAD', '/organizations/42');
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toMatch(/^text\/html/);
  });

  it('serves built assets as JavaScript, cached for good (their names change with their content)', async () => {
    const response = await api.call('GET', '/assets/app-abc.js');

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body).toBe(APP_JS);
  });

  it('serves other files as they are', async () => {
    const response = await api.call('GET', '/robots.txt');

    expect(response.status).toBe(200);
    expect(response.body).toBe('User-agent: *\n');
    expect(response.headers['cache-control']).not.toContain('immutable');
  });

  it('keeps the JSON 404 for /api paths that match no route', async () => {
    for (const url of ['/api/nope', '/api', '/api/needs/x/y/z']) {
      const response = await api.call('GET', url);
      expect(response.status).toBe(404);
      expect(response.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'No such route' });
    }
    const post = await api.call('POST', '/needs/123', { body: {} });
    expect(post.status).toBe(404);
    expect(post.body.code).toBe('NOT_FOUND');
  });

  it('still answers the API and its documentation', async () => {
    const health = await api.call('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ database: 'up' });

    const docs = await api.call('GET', '/api/docs');
    expect(docs.status).toBe(200);
    expect(docs.body).toContain('swagger-ui');
    const ui = await api.call('GET', '/api/docs/swagger-ui-bundle.js');
    expect(ui.status).toBe(200);
    const openapi = await api.call('GET', '/api/docs/openapi.json');
    expect(openapi.body.paths['/api/invitations/{token}/accept']).toBeDefined();
  });

  it('sends security headers: a content security policy without inline scripts, nosniff, no framing', async () => {
    for (const url of ['/', '/needs/123', '/api/health', '/api/needs/not-a-uuid']) {
      const { headers } = await api.call('GET', url);
      const policy = String(headers['content-security-policy']);
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("script-src 'self';");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('unsafe-inline');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      // Over plain http, HSTS would only mislead.
      expect(headers['strict-transport-security']).toBeUndefined();
    }
    // Swagger UI starts itself with an inline script: its pages alone allow one.
    expect(String((await api.call('GET', '/api/docs')).headers['content-security-policy'])).toContain("script-src 'self' 'unsafe-inline'");
  });
});

describe('the API reached over TLS', () => {
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

  it('tells browsers to come back over TLS only (HSTS)', async () => {
    const { headers } = await api.call('GET', '/api/health');
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('the API without a web build', () => {
  let api: TestApi;
  let dir: string;
  let restoreEnv: () => void;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'relais-web-empty-'));
    restoreEnv = withEnv({ WEB_DIST_DIR: dir });
    api = await TestApi.start();
  });
  afterAll(async () => {
    await api.close();
    restoreEnv();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers / with 503 and a page that says to run npm run build', async () => {
    const response = await api.call('GET', '/');

    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('npm run build');
    expect((await api.call('GET', '/api/health')).status).toBe(200);
  });
});
