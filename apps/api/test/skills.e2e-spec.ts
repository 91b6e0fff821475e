import { randomUUID } from 'node:crypto';
import { SKILL_ACCOUNTING, TestApi } from './support/test-api';

type SkillView = { id: string; label: string; labelEn: string; labelFr: string | null };

let api: TestApi;

beforeAll(async () => {
  api = await TestApi.start();
});
afterAll(() => api.close());

describe('skills catalog', () => {
  it('finds French labels with "comptabilite" typed without its accent', async () => {
    const response = await api.call('GET', '/api/skills?q=comptabilite&lang=fr');

    expect(response.status).toBe(200);
    const items: SkillView[] = response.body.items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((s) => s.labelFr?.includes('comptabilit') && s.label === s.labelFr)).toBe(true);
    // A label that starts with the typed text comes first.
    expect(items[0]).toMatchObject({ label: 'comptabilité', labelFr: 'comptabilité' });
  });

  it('gives the same first result for COMPTABILITÉ as for comptabilite', async () => {
    const plain = await api.call('GET', '/api/skills?q=comptabilite&lang=fr');
    const shouted = await api.call('GET', `/api/skills?q=${encodeURIComponent('COMPTABILITÉ')}&lang=fr`);

    expect(shouted.status).toBe(200);
    expect(shouted.body.total).toBe(plain.body.total);
    expect(shouted.body.items[0].id).toBe(plain.body.items[0].id);
  });

  it('answers in English with lang=en', async () => {
    const response = await api.call('GET', '/api/skills?q=accounting&lang=en');

    expect(response.status).toBe(200);
    const items: SkillView[] = response.body.items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((s) => s.label === s.labelEn)).toBe(true);
    expect(items[0].label.toLowerCase()).toContain('accounting');
    expect(response.body.attribution).toMatch(/ESCO/);
    expect(response.body.attribution).toMatch(/European Commission/);
  });

  it('picks English from an Accept-Language: en-GB header when lang is not given', async () => {
    const english = await api.call('GET', '/api/skills?q=comptabilite', { headers: { 'accept-language': 'en-GB,en;q=0.9,fr;q=0.8' } });
    const french = await api.call('GET', '/api/skills?q=comptabilite');

    expect(english.status).toBe(200);
    const withFrenchLabel = (english.body.items as SkillView[]).filter((s) => s.labelFr && s.labelFr !== s.labelEn);
    expect(withFrenchLabel.length).toBeGreaterThan(0);
    expect(withFrenchLabel.every((s) => s.label === s.labelEn)).toBe(true);
    expect((french.body.items as SkillView[]).every((s) => s.label === (s.labelFr ?? s.labelEn))).toBe(true);

    const one = await api.call('GET', `/api/skills/${SKILL_ACCOUNTING}`, { headers: { 'accept-language': 'en-GB' } });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: SKILL_ACCOUNTING, label: 'accounting techniques', labelFr: 'techniques comptables' });
  });

  it('refuses a one-character query with path q', async () => {
    const response = await api.call('GET', '/api/skills?q=c');

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(response.body.details).toEqual([{ path: 'q', reason: expect.any(String) }]);
  });

  it('pages through the results', async () => {
    const first = await api.call('GET', '/api/skills?q=gestion&lang=fr&pageSize=5');
    const second = await api.call('GET', '/api/skills?q=gestion&lang=fr&pageSize=5&page=2');

    expect(first.body).toMatchObject({ page: 1, pageSize: 5, total: expect.any(Number), attribution: expect.stringContaining('ESCO') });
    expect(first.body.total).toBeGreaterThan(10);
    expect(first.body.items).toHaveLength(5);
    expect(second.body).toMatchObject({ page: 2, pageSize: 5, total: first.body.total });
    const firstIds = (first.body.items as SkillView[]).map((s) => s.id);
    expect((second.body.items as SkillView[]).filter((s) => firstIds.includes(s.id))).toEqual([]);

    const byDefault = await api.call('GET', '/api/skills?q=gestion');
    expect(byDefault.body).toMatchObject({ page: 1, pageSize: 10 });
  });

  it('answers 404 for a skill id that is not in the catalog', async () => {
    const response = await api.call('GET', `/api/skills/${randomUUID()}`);

    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });
});

describe('service endpoints', () => {
  it('GET /api/health answers 200 when the database is up, and says no worker runs (degraded)', async () => {
    const response = await api.call('GET', '/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'degraded', database: 'up', redis: 'up', search: 'up', worker: 'down' });
  });

  it('GET /api/docs/openapi.json describes the API', async () => {
    const response = await api.call('GET', '/api/docs/openapi.json');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/needs', '/api/organizations', '/api/skills']));
  });
});

describe('skills from free text', () => {
  it('proposes catalog skills for a French need, with confidence and the words that triggered them', async () => {
    const response = await api.call('POST', '/api/skills/extract', {
      body: { text: "Nous cherchons un comptable pour mettre en place la comptabilité d'une coopérative de sel", lang: 'fr' },
    });
    expect(response.status).toBe(200);
    const [first] = response.body.items;
    expect(first.label).toMatch(/compt/);
    expect(first.confidence).toBeGreaterThan(0);
    expect(first.confidence).toBeLessThanOrEqual(1);
    expect(first.matched.join(' ')).toMatch(/compt/i);
    expect(response.body.attribution).toContain('ESCO');
  });

  it('works in English and refuses an empty text', async () => {
    const english = await api.call('POST', '/api/skills/extract', { body: { text: 'Hydraulic engineer to review the design of boreholes', lang: 'en' } });
    expect(english.body.items.map((s: { labelEn: string }) => s.labelEn).join(' | ')).toMatch(/hydraul/i);
    const empty = await api.call('POST', '/api/skills/extract', { body: { text: ' ' } });
    expect(empty.status).toBe(400);
    expect(empty.body.details[0].path).toBe('text');
  });
});
