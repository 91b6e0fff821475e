/**
 * What the benchmarks share: generated offers, the API and the worker as processes of their own,
 * HTTP calls, memory readings and percentiles.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import type { DataSource } from 'typeorm';
import { Offer, Organization, Skill, User } from '@relais/database';
import { MECHANISM_CODES, WORK_MODES } from '@relais/domain';
import { NODE_FLAGS } from './node-flags';

export const ROOT = path.resolve(__dirname, '..', '..');

export const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};

/** Deterministic pseudo-random numbers, so that two runs generate the same data. */
let seed = 42;
export const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
export const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
export const some = <T>(items: readonly T[], max: number) => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(items)))];

export const COUNTRIES = ['SN', 'GN', 'ML', 'BF', 'CI', 'MG', 'TG', 'BJ', 'CM', 'HT', 'FR'];
export const LANGUAGES = ['fr', 'en', 'es', 'pt'];
export const PROFILES = [
  ['Senior accountant', 'bookkeeping, budgets and financial statements for small organisations'],
  ['Comptable confirmée', 'tenue de comptabilité, budgets et rapports financiers pour des associations'],
  ['Hydraulic engineer', 'design and review of wells, boreholes and water networks'],
  ['Ingénieur hydraulicien', 'conception de forages, adduction d’eau et assainissement'],
  ['Web developer', 'websites, databases and training of volunteers to maintain them'],
  ['Formatrice en gouvernance', 'animation de coopératives, statuts et assemblées générales'],
  ['Agronomist', 'market gardening, irrigation and soil fertility'],
  ['Chargé de projet', 'suivi-évaluation, cadre logique et rapports aux bailleurs'],
];

/** The catalog skills postings are drawn from. */
export const skillPool = async (dataSource: DataSource) =>
  (await dataSource.getRepository(Skill).find({ select: { id: true }, where: { type: 'skill' }, take: 60 })).map((s) => s.id);

/** An offer's fields, as the API takes them. */
export function offerFields(skills: string[]) {
  const [title, description] = pick(PROFILES);
  const from = `2027-${String(1 + Math.floor(random() * 6)).padStart(2, '0')}-01`;
  return {
    title: `${title} ${Math.floor(random() * 1000)}`,
    description: `${description}.`,
    skills: some(skills, 3),
    keywords: [],
    languages: some(LANGUAGES, 2),
    availableFrom: from,
    availableTo: random() < 0.3 ? null : '2027-12-31',
    effortDays: 5 + Math.floor(random() * 40),
    workModes: some(WORK_MODES, 2),
    countries: random() < 0.3 ? [] : some(COUNTRIES, 3),
    mechanisms: some(MECHANISM_CODES, 3),
  };
}

/** A need's fields, as the API takes them. */
export function needFields(skills: string[], i: number) {
  const [title, description] = pick(PROFILES);
  return {
    title: `${title} recherché·e ${i}`,
    description: `Mission : ${description}, avec l'équipe locale.`,
    skills: some(skills, 3),
    languages: some(LANGUAGES.slice(0, 2), 2),
    country: pick(COUNTRIES),
    workMode: pick(WORK_MODES),
    startDate: '2027-07-01',
    endDate: '2027-09-30',
    effortDays: 10,
  };
}

/** The 50 provider companies of the generated offers. */
export const providers = (dataSource: DataSource) =>
  dataSource.getRepository(Organization).save(
    Array.from({ length: 50 }, (_, i) => ({ name: `Provider ${i}`, kind: 'company' as const, country: 'FR', region: pick(['Bretagne', 'Occitanie', 'Île-de-France']), city: 'Rennes' })),
  );

/** `count` open offers written straight to PostgreSQL, in batches (their own matching is not what is measured). */
export async function writeOffers(dataSource: DataSource, owners: Organization[], skills: string[], count: number): Promise<void> {
  for (let done = 0; done < count; done += 500) {
    const batch = Array.from({ length: Math.min(500, count - done) }, () => ({
      ...offerFields(skills),
      organizationId: pick(owners).id,
      createdById: owners[0].id, // any uuid: offers written here have no author account
      status: 'open' as const,
      publishedAt: new Date(),
    }));
    await dataSource.getRepository(Offer).insert(batch);
  }
}

export async function api<T>(port: number, method: 'GET' | 'POST', url: string, body?: unknown, token?: string, contentType = 'application/json'): Promise<T> {
  const response = await request(`http://127.0.0.1:${port}${url}`, {
    method,
    headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.body.text();
  const json = (text ? JSON.parse(text) : undefined) as T;
  if (response.statusCode >= 400) throw new Error(`${method} ${url}: ${response.statusCode} ${JSON.stringify(json)}`);
  return json;
}

/** A person with a confirmed address, signed in: their token. */
export async function account(port: number, dataSource: DataSource, email: string): Promise<{ token: string; id: string }> {
  const credentials = { email, password: 'bench-password-123' };
  await api(port, 'POST', '/api/auth/register', { ...credentials, displayName: email.split('@')[0] });
  // As if the link of the confirmation e-mail had been opened.
  await dataSource.getRepository(User).update({ email }, { emailVerifiedAt: new Date() });
  const { token } = await api<{ token: string }>(port, 'POST', '/api/auth/login', credentials);
  const { id } = await dataSource.getRepository(User).findOneByOrFail({ email });
  return { token, id };
}

/** The process's resident memory, from /proc (Linux). */
export function residentMegabytes(pid: number): number {
  const kilobytes = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kilobytes) / 1024);
}

/** The environment of the API and the worker of a benchmark: the stack's services, an SMTP server that accepts everything. */
export function productEnv(services: Record<string, string>, port: number, smtpPort: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    ...services,
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    ...extra,
  };
}

/** A compiled script of dist/ as a process of its own (the API, the worker). */
export function spawnApp(script: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [...NODE_FLAGS, path.join(ROOT, 'dist', script)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}

export async function waitForHealth(port: number): Promise<void> {
  for (let i = 0; i < 150; i++) {
    const up = await request(`http://127.0.0.1:${port}/api/health`).then((r) => r.body.text().then(() => r.statusCode === 200), () => false);
    if (up) return;
    await sleep(200);
  }
  throw new Error(`the API on port ${port} did not start`);
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
