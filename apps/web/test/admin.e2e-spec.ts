/**
 * The platform admin's failed-jobs page in Chromium against the real stack: an admin replays
 * a job; a plain user is told the page is not for them; a visitor is asked to sign in.
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { FailedJob, User } from '@relais/database';
import { eventually, WebStack } from './support/web-stack';

jest.setTimeout(120_000);

const PASSWORD = 'une phrase de passe assez longue';
const unique = () => randomUUID().slice(0, 8);

describe('the failed-jobs page', () => {
  let stack: WebStack;
  const jobIds: string[] = [];

  beforeAll(async () => {
    stack = await WebStack.start();
  });
  afterAll(async () => {
    if (jobIds.length) await stack?.app.get(DataSource).getRepository(FailedJob).delete(jobIds.map((jobId) => ({ jobId })));
    await stack?.stop();
  });

  async function open(language: 'fr' | 'en', viewport?: { width: number; height: number }): Promise<Page> {
    const { context, page } = await stack.newPage(language, viewport);
    return page;
  }

  async function signUp(page: Page, email: string, language: 'fr' | 'en') {
    await page.goto('/signup');
    await stack.signUpInPage(page, language, { displayName: 'Camille Martin', email, password: PASSWORD });
  }

  /** A job that used its attempts; its data names no need, so a replay is skipped by the worker. */
  async function failedJob(): Promise<FailedJob> {
    const jobId = `match-need-${randomUUID()}`;
    jobIds.push(jobId);
    return stack.app.get(DataSource).getRepository(FailedJob).save({
      queue: 'matching',
      jobName: 'match-need',
      jobId,
      data: { id: randomUUID() },
      error: 'Error: Meilisearch is unreachable\n    at SearchIndex.search (search-index.ts:42:11)',
      attempts: 3,
      failedAt: new Date(),
      replayedAt: null,
    });
  }

  it('lets a platform admin replay a failed job and says so', async () => {
    const email = `admin-${unique()}@relais.test`;
    const page = await open('fr');
    await signUp(page, email, 'fr');
    await stack.app.get(DataSource).getRepository(User).update({ email }, { isPlatformAdmin: true });
    const job = await failedJob();

    await page.goto('/');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tâches en échec' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: job.jobId });
    for (const header of ['File', 'Tâche', 'Erreur', 'Tentatives', 'Échec le', 'Rejouée le']) {
      await page.getByRole('columnheader', { name: header, exact: true }).waitFor();
    }
    expect(await row.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['matching', 'Jamais', expect.stringContaining('Meilisearch is unreachable')]),
    );
    await stack.checkPage(page, 'failed-jobs-fr');

    await row.getByRole('button', { name: `Rejouer match-need ${job.jobId}` }).click();
    await page.getByRole('status').getByText(`La tâche match-need (${job.jobId}) est relancée`).waitFor();
    await row.getByRole('cell', { name: 'Jamais', exact: true }).waitFor({ state: 'detached' });
    const stored = await stack.app.get(DataSource).getRepository(FailedJob).findOneByOrFail({ id: job.id });
    expect(stored.replayedAt).not.toBeNull();
    await stack.checkPage(page, 'failed-jobs-replayed-fr');
    await page.setViewportSize({ width: 360, height: 780 });
    await stack.checkPage(page, 'failed-jobs-fr-360');
  });

  it('tells a plain user the page is reserved to platform admins, and shows them no admin link', async () => {
    const page = await open('en');
    await signUp(page, `user-${unique()}@relais.test`, 'en');
    await page.goto('/admin/failed-jobs');
    await page.getByRole('alert').getByText('This page is reserved to platform admins.').waitFor();
    await page.getByRole('link', { name: 'My account' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Admin' }).count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
    await stack.checkPage(page, 'failed-jobs-forbidden-en');
  });

  it('asks a visitor to sign in first', async () => {
    const page = await open('en');
    await page.goto('/admin/failed-jobs');
    const link = page.getByRole('alert').getByRole('link', { name: 'Sign in' });
    expect(await link.getAttribute('href')).toBe('/signin?next=%2Fadmin%2Ffailed-jobs');
    await stack.checkPage(page, 'failed-jobs-anonymous-en');
  });

  it('lets a platform admin verify an organization: the badge shows on its public profile and in the directory', async () => {
    const email = `verifier-${unique()}@relais.test`;
    const page = await open('en');
    await signUp(page, email, 'en');
    await stack.app.get(DataSource).getRepository(User).update({ email }, { isPlatformAdmin: true });
    const name = `Puits du Sahel ${unique()}`;
    const rna = `W${randomInt(100_000_000, 1_000_000_000)}`;
    const created = await page.context().request.post('/api/organizations', {
      data: { name, kind: 'association', country: 'SN', rna },
      headers: { 'x-csrf-token': (await page.context().cookies()).find((c) => c.name === 'relais_csrf')!.value },
    });
    expect(created.status()).toBe(201);

    await page.goto('/admin/organizations');
    await page.getByRole('heading', { level: 1, name: 'Verifying organizations' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByText(`RNA ${rna}`).waitFor();
    await row.getByText('Not verified').waitFor();
    await stack.checkPage(page, 'admin-organizations-en');
    await row.getByRole('button', { name: `Verify ${name}` }).click();
    await page.getByLabel('Show').selectOption('true');
    await page.getByRole('row').filter({ hasText: name }).getByText('✓ Verified').waitFor();

    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('✓ Verified').waitFor();
    await stack.checkPage(page, 'organization-verified-en');
    // The directory reads the search index, which the worker updates through the outbox.
    const card = page.getByRole('listitem').filter({ hasText: name });
    await eventually('the directory shows the badge', async () => {
      await page.goto(`/organizations?q=${encodeURIComponent(name)}`);
      // Until the worker has indexed it, the organization is not listed at all.
      await page.waitForLoadState('networkidle');
      return (await card.getByText('✓ Verified').count()) === 1;
    });
  });
});
