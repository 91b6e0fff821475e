/**
 * The real product for browser tests: the API (serving the built web app from dist/web) on a
 * free port, the worker, an in-process SMTP server, and Debian's Chromium driven by
 * playwright-core. PostgreSQL, Redis and Meilisearch come from the e2e global setup.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startSmtpSink, type ReceivedEmail, type SmtpSink } from '@relais/notifications';
import { freePort } from '@relais/testing';
import { createApp } from '../../../api/src/create-app';
import { withEnv } from '../../../api/test/support/env';
import { createWorker } from '../../../worker/src/create-worker';

const REPO = path.resolve(__dirname, '../../../..');
/** Screenshots of every main page, kept outside the tracked files for a person to look at. */
export const SCREENSHOT_DIR = path.join(REPO, '.data', 'screenshots');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> };

export class WebStack {
  /** Every browser context opened, closed by stop(). */
  private readonly contexts: BrowserContext[] = [];
  /** What the browser refused under the content security policy, per page (checkPage fails on any). */
  private readonly cspViolations = new WeakMap<Page, string[]>();

  private constructor(
    readonly baseUrl: string,
    readonly app: NestFastifyApplication,
    readonly worker: INestApplicationContext,
    readonly mail: SmtpSink,
    readonly browser: Browser,
    private readonly restoreEnv: () => void,
  ) {}

  static async start(): Promise<WebStack> {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const mail = await startSmtpSink({ port: 0 });
    const restoreEnv = withEnv({
      PUBLIC_URL: baseUrl,
      SMTP_URL: `smtp://127.0.0.1:${mail.port}`,
      JOB_ATTEMPTS: '3',
      JOB_BACKOFF_MS: '50',
      SUGGESTION_EMAIL_WINDOW_SECONDS: '1',
    });
    const app = await createApp();
    await app.listen({ port, host: '127.0.0.1' });
    const worker = await createWorker();
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    return new WebStack(baseUrl, app, worker, mail, browser, restoreEnv);
  }

  async stop(): Promise<void> {
    for (const context of this.contexts) await context.close().catch(() => undefined);
    await this.browser.close();
    await this.worker.close();
    await this.app.close();
    await this.mail.stop();
    this.restoreEnv();
  }

  /** A fresh browser profile (no cookies) speaking `language`, at a laptop's size unless told. */
  async newPage(language: 'fr' | 'en' = 'fr', viewport = { width: 1280, height: 860 }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await this.browser.newContext({
      baseURL: this.baseUrl,
      locale: language === 'fr' ? 'fr-FR' : 'en-GB',
      viewport,
      // Each profile is a client of its own (the API believes X-Forwarded-For from loopback): limits per client address do not mix tests.
      extraHTTPHeaders: { 'x-forwarded-for': `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 256)).join('.')}` },
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
    const refused: string[] = [];
    this.cspViolations.set(page, refused);
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy')) refused.push(message.text());
    });
    return { context, page };
  }

  /** What every open page shows, as last-<name>-<n>.png: the first thing to look at when a test fails. */
  async screenshotOpenPages(name: string): Promise<void> {
    const pages = this.contexts.flatMap((context) => context.pages());
    const file = (index: number) => path.join(SCREENSHOT_DIR, `last-${name.replace(/\W+/g, '-').slice(-60)}-${index}.png`);
    for (const [index, page] of pages.entries()) await page.screenshot({ path: file(index) }).catch(() => undefined);
  }

  /** axe-core's serious and critical violations on the page as it is now. */
  async axe(page: Page): Promise<AxeViolation[]> {
    // Evaluated through the DevTools protocol: the page's content security policy allows no inline script.
    await page.evaluate(AXE_SOURCE);
    // Runs in the page (a string, so that this Node file needs no DOM types).
    const options = { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } };
    const violations: AxeViolation[] = await page.evaluate(
      `axe.run(document, ${JSON.stringify(options)}).then((result) => result.violations.map((v) => ({
        id: v.id, impact: v.impact || null, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })),
      })))`,
    );
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  /** Checks the page with axe (no serious or critical violation) and saves its screenshot. */
  async checkPage(page: Page, name: string): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
    const violations = await this.axe(page);
    const refusedByCsp = this.cspViolations.get(page) ?? [];
    expect({ page: name, violations, refusedByCsp }).toEqual({ page: name, violations: [], refusedByCsp: [] });
  }

  /**
   * A confirmed account, signed in in `context`, made through the API the way a person does it:
   * registers, opens the link of the confirmation e-mail, signs in.
   */
  async createAccount(context: BrowserContext, account: { email: string; password: string; displayName: string; locale: 'fr' | 'en' }): Promise<void> {
    await send(context, '/api/auth/register', account);
    const token = new URL(linkIn(await this.emailTo(account.email, CONFIRMATION), this.baseUrl)).pathname.split('/').pop();
    await send(context, '/api/auth/verify-email', { token });
    await send(context, '/api/auth/login', { email: account.email, password: account.password });
  }

  /**
   * Fills the sign-up form the page shows, then does what the person does next: opens the link of
   * the confirmation e-mail and signs in on the page it opens. The page then goes to its `next`.
   */
  async signUpInPage(page: Page, language: 'fr' | 'en', account: { displayName?: string; email: string; password: string }): Promise<void> {
    const labels = SIGN_UP_LABELS[language];
    if (account.displayName) await page.getByLabel(labels.name).fill(account.displayName);
    await page.getByLabel(labels.email).fill(account.email);
    await page.getByLabel(labels.password).fill(account.password);
    await page.getByRole('button', { name: labels.submit }).click();
    await page.getByRole('heading', { name: labels.sent }).waitFor();
    await page.goto(linkIn(await this.emailTo(account.email, CONFIRMATION), this.baseUrl));
    await page.getByText(labels.confirmed).waitFor();
    await page.getByLabel(field(labels.password)).fill(account.password);
    await page.getByRole('button', { name: labels.signIn, exact: true }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/verify-email'));
  }

  /** The first e-mail sent to `address` whose subject matches, waiting for the worker to send it. */
  async emailTo(address: string, subject: RegExp, timeoutMs = 15_000): Promise<ReceivedEmail> {
    const [first] = await this.emailsTo(address, subject, 1, timeoutMs);
    return first;
  }

  /** The first `count` e-mails to the address whose subject matches, in the order received. */
  async emailsTo(address: string, subject: RegExp, count: number, timeoutMs = 15_000): Promise<ReceivedEmail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.mail.received.filter((m) => m.to.includes(address) && subject.test(m.subject));
      if (found.length >= count) return found.slice(0, count);
      if (Date.now() > deadline) throw new Error(`Fewer than ${count} e-mails to ${address} matching ${subject} after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The subject of the e-mail that confirms an address, in French and in English. */
const CONFIRMATION = /Confirm(ez)? (your|votre) (e-mail address|adresse e-mail)/;

const SIGN_UP_LABELS = {
  fr: {
    name: 'Votre nom',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    submit: 'Créer mon compte',
    sent: 'Confirmez votre adresse e-mail',
    confirmed: 'Votre adresse e-mail est confirmée.',
    signIn: 'Se connecter',
  },
  en: {
    name: 'Your name',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Create my account',
    sent: 'Confirm your e-mail address',
    confirmed: 'Your e-mail address is confirmed.',
    signIn: 'Sign in',
  },
};

/** The first link of an e-mail's text that starts with the product's address. */
export function linkIn(email: ReceivedEmail, baseUrl: string): string {
  const match = email.text.match(new RegExp(`${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s>)\\]]+`));
  if (!match) throw new Error(`No link to ${baseUrl} in: ${email.text}`);
  return match[0];
}

/** A field by its whole label, whether or not it is marked required (" *"). */
export const field = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);

/** A change through the API with the context's cookies, echoing the CSRF cookie as the web app does. */
export async function send(context: BrowserContext, url: string, data: unknown = {}, method: 'POST' | 'PATCH' = 'POST'): Promise<{ id: string }> {
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'relais_csrf')?.value;
  const answer = await context.request.fetch(url, { method, data, headers: csrf ? { 'x-csrf-token': csrf } : {} });
  if (!answer.ok()) throw new Error(`${method} ${url}: ${answer.status()} ${await answer.text()}`);
  return (await answer.json().catch(() => ({}))) as { id: string };
}

/** Waits for work the worker does in the background (matching, notifications). */
export async function eventually(what: string, check: () => Promise<boolean | undefined>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Still no ${what} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
