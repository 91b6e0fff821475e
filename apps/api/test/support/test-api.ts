import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Invitation, User } from '@relais/database';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { createWorker } from '../../../worker/src/create-worker';
import { hashLinkToken, newLinkToken } from '../../src/auth/link-tokens';
import { createApp } from '../../src/create-app';

type Method = 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'DELETE';
/** A cookie the answer sets, as light-my-request parses Set-Cookie. */
export type SetCookie = { name: string; value: string; path?: string; maxAge?: number; expires?: Date; httpOnly?: boolean; secure?: boolean; sameSite?: string };
/** `body` is parsed JSON for JSON answers, the text otherwise. */
/** `raw`: the body's bytes, for files (a PDF, a DOCX). */
export type Response = { status: number; body: any; raw: Buffer; headers: Record<string, unknown>; cookies: SetCookie[] };
type CallOptions = { token?: string; body?: unknown; headers?: Record<string, string>; cookies?: Record<string, string> };
export type TestUser = { id: string; email: string; token: string };

export const TEST_PASSWORD = 'correct horse battery staple';

/** An address of the 10.0.0.0/8 private range, at random. */
const randomClientAddress = () => ['10', ...[0, 0, 0].map(() => String(Math.floor(Math.random() * 256)))].join('.');

/** The real app over Fastify's in-process HTTP injection, with small factories for test data. */
export class TestApi {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly worker: INestApplicationContext | null,
  ) {}

  /** The API, and with `worker: true` the worker too (outbox relay, search sync, matching, notifications). */
  static async start(options: { worker?: boolean } = {}): Promise<TestApi> {
    const app = await createApp();
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return new TestApi(app, options.worker ? await createWorker() : null);
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.app.close();
  }

  /** Polls until `check` returns something truthy (work done by the worker is asynchronous). */
  async eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`Still not true after ${timeoutMs} ms`);
      await sleep(50);
    }
  }

  /**
   * One request. Each comes from a client address of its own (the API believes X-Forwarded-For
   * from loopback) unless the test gives one, so that limits per client address never mix tests.
   */
  async call(method: Method, url: string, options: CallOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { 'x-forwarded-for': randomClientAddress(), ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const payload =
      options.body === undefined ? undefined : typeof options.body === 'string' || Buffer.isBuffer(options.body) ? options.body : JSON.stringify(options.body);
    if (payload !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    const response = await this.app.inject({ method, url, headers, payload, cookies: options.cookies });
    const text = response.body;
    const isJson = String(response.headers['content-type'] ?? '').startsWith('application/json');
    return {
      status: response.statusCode,
      body: text ? (isJson ? JSON.parse(text) : text) : undefined,
      raw: response.rawPayload,
      headers: response.headers,
      cookies: response.cookies as SetCookie[],
    };
  }

  /** A new account, its address confirmed as if its link had been opened, signed in. */
  async register(name = 'user', fields: { email?: string; displayName?: string } = {}): Promise<TestUser> {
    const { id, email } = await this.signUp(name, fields);
    await this.app.get(DataSource).getRepository(User).update({ id }, { emailVerifiedAt: new Date() });
    const login = await this.call('POST', '/api/auth/login', { body: { email, password: TEST_PASSWORD } });
    if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
    return { id, email, token: login.body.token };
  }

  /** A new account with a unique e-mail address (or the one given), not confirmed yet: it cannot sign in. */
  async signUp(name = 'user', fields: { email?: string; displayName?: string } = {}): Promise<{ id: string; email: string }> {
    const email = fields.email ?? `${name}-${randomUUID().slice(0, 8)}@example.org`;
    const response = await this.call('POST', '/api/auth/register', {
      body: { email, password: TEST_PASSWORD, displayName: fields.displayName ?? `${name} test` },
    });
    if (response.status !== 202) throw new Error(`register failed: ${JSON.stringify(response.body)}`);
    const { id } = await this.app.get(DataSource).getRepository(User).findOneByOrFail({ email });
    return { id, email };
  }

  /**
   * Makes `person` a member of the organization the way people join: an admin invites their
   * address and they accept. The invitation's token is set here, standing in for the link its
   * e-mail brings.
   */
  async join(admin: TestUser, organizationId: string, person: TestUser, role: 'admin' | 'member' = 'member'): Promise<void> {
    const invited = await this.call('POST', `/api/organizations/${organizationId}/invitations`, {
      token: admin.token,
      body: { email: person.email, role },
    });
    if (invited.status !== 201) throw new Error(`invitation failed: ${JSON.stringify(invited.body)}`);
    const token = newLinkToken();
    await this.app.get(DataSource).getRepository(Invitation).update({ id: invited.body.id }, { tokenHash: hashLinkToken(token) });
    const accepted = await this.call('POST', `/api/invitations/${token}/accept`, { token: person.token });
    if (accepted.status !== 200) throw new Error(`acceptance failed: ${JSON.stringify(accepted.body)}`);
  }

  /** A provider company with one published offer available during `year` (a year of the test's own keeps other suites' needs away). */
  async publishedOffer(year: number): Promise<{ provider: TestUser; offerId: string }> {
    const provider = await this.register('provider');
    const organization = await this.createOrganization(provider, { kind: 'company' });
    const offer = await this.call('POST', `/api/organizations/${organization.id}/offers`, {
      token: provider.token,
      body: offerBody({ availableFrom: `${year}-01-15`, availableTo: `${year}-06-30` }),
    });
    if (offer.status !== 201) throw new Error(`offer failed: ${JSON.stringify(offer.body)}`);
    await this.call('POST', `/api/offers/${offer.body.id}/publish`, { token: provider.token });
    return { provider, offerId: offer.body.id };
  }

  async createOrganization(owner: TestUser, fields: Record<string, unknown> = {}): Promise<{ id: string }> {
    const response = await this.call('POST', '/api/organizations', {
      token: owner.token,
      body: { name: `Org ${randomUUID().slice(0, 8)}`, kind: 'association', country: 'FR', ...fields },
    });
    if (response.status !== 201) throw new Error(`organization failed: ${JSON.stringify(response.body)}`);
    return response.body;
  }
}

export const SKILL_ACCOUNTING = '880c54f9-866e-4f37-b5fa-25ef8a7d49b6'; // ESCO "accounting techniques"

export const needBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Comptable pour une coopérative de sel',
  description: 'Mettre en place la comptabilité d’une coopérative de femmes productrices de sel en Casamance.',
  skills: [SKILL_ACCOUNTING],
  keywords: ['comptabilité', 'coopérative'],
  languages: ['fr'],
  country: 'SN',
  city: 'Ziguinchor',
  workMode: 'hybrid',
  startDate: '2027-02-01',
  endDate: '2027-03-31',
  effortDays: 15,
  mechanisms: ['skills_sponsorship', 'solidarity_leave'],
  ...overrides,
});

export const offerBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Senior accountant, ten years in NGOs',
  description: 'Chartered accountant who set up bookkeeping for West African cooperatives; available part time.',
  skills: [SKILL_ACCOUNTING],
  keywords: ['accounting', 'cooperatives'],
  languages: ['en', 'fr'],
  availableFrom: '2027-01-15',
  availableTo: '2027-06-30',
  effortDays: 20,
  workModes: ['remote', 'hybrid'],
  countries: ['SN', 'GN'],
  mechanisms: ['skills_sponsorship'],
  ...overrides,
});
