/**
 * SearchIndex against a real Meilisearch (the bundled binary, started here on a free port with
 * a throwaway data directory), and the reindex against the test PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { dataSourceOptions, Need, Offer, Organization } from '@relais/database';
import {
  LISTED_FIELDS,
  needCandidatesFilter,
  needDocument,
  offerCandidatesFilter,
  offerDocument,
  organizationDocument,
  SearchIndex,
  SearchTaskError,
  skillDocument,
  startLocalMeilisearch,
  type IndexableNeed,
  type IndexableOffer,
  type NeedDocument,
  type RunningMeilisearch,
} from '@relais/search';
import { readCatalog } from '@relais/skills-catalog';
import { reindexAll } from '../../../scripts/search-reindex';

const MASTER_KEY = 'search-e2e-master-key-0123456789';
const ACCOUNTING = '880c54f9-866e-4f37-b5fa-25ef8a7d49b6'; // "accounting techniques" / "techniques comptables"

/** 7721 when free (the global setup's server takes 7711), any free port otherwise. */
function freePort(preferred = 7721): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : port));
      });
    });
  return tryListen(preferred).catch(() => tryListen(0));
}

let dataDir: string;
let meili: RunningMeilisearch;
let search: SearchIndex;
let settingsApplied: { durationMs: number };

const host = { id: randomUUID(), name: 'Les Salines de Casamance', kind: 'association' as const, country: 'FR', region: 'Bretagne', city: 'Rennes' };
const provider = { id: randomUUID(), name: 'Numerica Consulting', kind: 'company' as const, country: 'FR', region: 'Bretagne', city: 'Rennes' };
const catalog = readCatalog();
const skillRows = catalog.filter((skill) => skill.id === ACCOUNTING);

const need = (fields: Partial<IndexableNeed> = {}): IndexableNeed => ({
  id: randomUUID(),
  title: 'Structurer la gestion d’une coopérative',
  description: 'Former la trésorière et mettre en place des outils simples.',
  keywords: [],
  skills: [],
  status: 'open',
  mechanisms: ['skills_sponsorship', 'volunteering'],
  languages: ['fr'],
  effortDays: 10,
  publishedAt: new Date('2026-11-01T09:00:00Z'),
  country: 'SN',
  city: 'Kafountine',
  workMode: 'hybrid',
  startDate: '2027-02-01',
  endDate: '2027-04-30',
  ...fields,
});

const offer = (fields: Partial<IndexableOffer> = {}): IndexableOffer => ({
  id: randomUUID(),
  title: 'Senior consultant available for NGOs',
  description: 'Our employees can support your team for a few weeks.',
  keywords: [],
  skills: [],
  status: 'open',
  mechanisms: ['skills_sponsorship'],
  languages: ['fr', 'en'],
  effortDays: 10,
  publishedAt: new Date('2026-11-02T09:00:00Z'),
  availableFrom: '2027-01-01',
  availableTo: null,
  workModes: ['remote'],
  countries: [],
  ...fields,
});

const ids = (items: { id: string }[]) => items.map((item) => item.id);

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'relais-meili-'));
  meili = await startLocalMeilisearch({ dataDir, port: await freePort(), masterKey: MASTER_KEY });
  search = new SearchIndex({ url: meili.url, apiKey: MASTER_KEY, indexPrefix: `e2e_${Date.now()}_` });
  settingsApplied = await search.applySettings();
}, 60_000);

afterAll(async () => {
  await search?.close();
  await meili?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('SearchIndex on a real Meilisearch', () => {
  it('answers health and applies settings again as a no-op', async () => {
    expect(await search.health()).toEqual({ status: 'available' });
    expect(settingsApplied.durationMs).toBeGreaterThan(0);
    await expect(search.applySettings()).resolves.toMatchObject({ durationMs: expect.any(Number) });
    // Synonyms are in the documents (translations), none in the settings: Meilisearch would apply them to every query word.
    const settings = await new Meilisearch({ host: meili.url, apiKey: MASTER_KEY }).index(search.uid('offers')).getSettings();
    expect(settings.synonyms).toEqual({});
    expect(settings.searchableAttributes).toContain('translations');
  });

  describe('listings', () => {
    const frenchNeed = need({ title: 'Comptable pour une coopérative de sel', description: 'Tenir la comptabilité de la coopérative.' });
    const englishNeed = need({ title: 'Accounting for a well committee', description: 'Bookkeeping help.', languages: ['en'], country: 'GN', workMode: 'remote', mechanisms: ['staff_loan'] });
    const draftNeed = need({ title: 'Comptabilité (brouillon)', status: 'draft', publishedAt: null });
    const closedNeed = need({ title: 'Comptabilité (fermé)', status: 'closed' });
    const englishOffer = offer({ title: 'Accounting support for associations', description: 'A chartered accountant, two weeks a year.' });
    const taggedOffer = offer({ title: 'Finance volunteer', description: 'Can help with money matters.', skills: [ACCOUNTING], countries: ['SN'], workModes: ['onsite'] });
    const draftOffer = offer({ title: 'Accounting draft', status: 'draft', publishedAt: null });
    const unrelated = Array.from({ length: 23 }, (_, i) =>
      need({ title: `Hydraulique villageoise ${i}`, description: 'Forages et puits.', country: i % 2 ? 'GN' : 'ML', publishedAt: new Date(Date.UTC(2026, 0, i + 1)) }),
    );

    beforeAll(async () => {
      await search.upsert('needs', [frenchNeed, englishNeed, draftNeed, closedNeed, ...unrelated].map((n) => needDocument(n, host, skillRows)));
      await search.upsert('offers', [englishOffer, taggedOffer, draftOffer].map((o) => offerDocument(o, provider, skillRows)));
    });

    it('finds an English "accounting" offer with the French query "comptabilité", through its translations and skill labels', async () => {
      const result = await search.searchOffers('comptabilité', {}, {});
      expect(ids(result.items)).toEqual(expect.arrayContaining([englishOffer.id, taggedOffer.id]));
      expect(ids(result.items)).not.toContain(draftOffer.id);
      // What only searches and matching read stays out of the page.
      for (const item of result.items) expect(Object.keys(item).sort()).toEqual([...LISTED_FIELDS.offers].sort());
    });

    it('finds needs in French and English from one French query', async () => {
      const result = await search.searchNeeds('comptabilité', {}, {});
      expect(ids(result.items)).toEqual(expect.arrayContaining([frenchNeed.id, englishNeed.id]));
    });

    it.each([
      [{}],
      [{ country: 'SN' }],
      [{ mechanism: 'skills_sponsorship' }],
      [{ workMode: 'hybrid' }],
      [{ country: 'SN', mechanism: 'volunteering', workMode: 'hybrid' }],
    ])('never returns a draft or closed need, with filters %j', async (filters) => {
      for (const q of ['comptabilité', 'brouillon', 'fermé', '']) {
        const result = await search.searchNeeds(q, filters, { pageSize: 100 });
        expect(ids(result.items)).not.toContain(draftNeed.id);
        expect(ids(result.items)).not.toContain(closedNeed.id);
        expect(result.items.every((item) => item.status === 'open')).toBe(true);
      }
    });

    it('refuses a crafted filter value instead of searching', async () => {
      await expect(search.searchNeeds('', { country: 'SN" OR status = "draft' })).rejects.toThrow('country');
    });

    it('filters offers by country: those that can go there or anywhere', async () => {
      const inSenegal = await search.searchOffers('', { country: 'SN' });
      expect(ids(inSenegal.items).sort()).toEqual([englishOffer.id, taggedOffer.id].sort());
      const inMali = await search.searchOffers('', { country: 'ML' });
      expect(ids(inMali.items)).toEqual([englishOffer.id]);
    });

    it('returns facet counts', async () => {
      const result = await search.searchNeeds('', {}, { pageSize: 1 });
      expect(result.facets.country).toEqual({ SN: 1, GN: 12, ML: 12 });
      expect(result.facets.mechanisms).toMatchObject({ skills_sponsorship: 24, staff_loan: 1 });
      expect(result.facets.workMode).toEqual({ hybrid: 24, remote: 1 });
      const offers = await search.searchOffers('', {});
      expect(offers.facets.skills).toEqual({ [ACCOUNTING]: 1 });
      expect(offers.facets.countries).toEqual({ SN: 1 });
    });

    it('pages through results, most recently published first when there is no query', async () => {
      const pages = await Promise.all([1, 2, 3].map((page) => search.searchNeeds('', {}, { page, pageSize: 10 })));
      expect(pages.map((p) => p.items.length)).toEqual([10, 10, 5]);
      expect(pages.map((p) => p.total)).toEqual([25, 25, 25]);
      expect(pages[2]).toMatchObject({ page: 3, pageSize: 10 });
      const all = pages.flatMap((p) => ids(p.items));
      expect(new Set(all).size).toBe(25);
      const times = pages.flatMap((p) => p.items.map((item) => item.publishedAt ?? 0));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('removes documents and waits for it', async () => {
      const extra = need({ title: 'Éphémère' });
      await search.upsert('needs', [needDocument(extra, host)]);
      expect(ids((await search.searchNeeds('Éphémère')).items)).toEqual([extra.id]);
      await search.remove('needs', [extra.id]);
      expect((await search.searchNeeds('Éphémère')).items).toEqual([]);
    });
  });

  it('throws when Meilisearch refuses a write', async () => {
    const bad = { ...needDocument(need(), host), id: 'not a valid id!' } as NeedDocument;
    await expect(search.upsert('needs', [bad])).rejects.toThrow(SearchTaskError);
  });

  it('autocompletes skills in both languages, whatever the accents and case', async () => {
    const wanted = new Set([ACCOUNTING, 'ecc18804-a466-40d9-98b4-fba5cd67dd4b']); // + "accounting" / "comptabilité"
    await search.upsert('skills', catalog.filter((skill, i) => i < 3000 || wanted.has(skill.id)).map(skillDocument));
    const french = await search.searchSkills('TECHNIQUES COMPTABLES', 'fr', { pageSize: 5 });
    expect(french.items[0]).toMatchObject({ id: ACCOUNTING, label: 'techniques comptables' });
    const english = await search.searchSkills('techniques comptables', 'en');
    expect(english.items[0]).toMatchObject({ id: ACCOUNTING, label: 'accounting techniques' });
    const unaccented = await search.searchSkills('comptabilite', 'fr', { pageSize: 100 });
    expect(unaccented.items.map((skill) => skill.label)).toContain('comptabilité');
    const prefix = await search.searchSkills('accountin', 'en');
    expect(ids(prefix.items)).toContain(ACCOUNTING);
  });

  it('finds only compatible candidates, with their ranking score', async () => {
    const senegal = need({ title: 'Comptabilité de la coopérative', country: 'SN', workMode: 'onsite', skills: [ACCOUNTING] });
    const compatible = offer({ title: 'Accounting volunteer', countries: ['SN'], workModes: ['onsite'] });
    const silent = offer({ title: 'Chartered volunteer', countries: [], workModes: ['hybrid'], skills: [ACCOUNTING] });
    const unrelated = offer({ title: 'Chartered volunteer too', countries: [], workModes: ['hybrid'] });
    const incompatible = [
      offer({ title: 'Accounting, other mechanism', mechanisms: ['vsi'], countries: ['SN'], workModes: ['onsite'] }),
      offer({ title: 'Accounting, too late', availableFrom: '2027-05-01', countries: ['SN'], workModes: ['onsite'] }),
      offer({ title: 'Accounting, remote only', workModes: ['remote'] }),
      offer({ title: 'Accounting, other country', countries: ['GN'], workModes: ['onsite'] }),
      offer({ title: 'Accounting, other language', languages: ['es'], countries: ['SN'], workModes: ['onsite'] }),
      offer({ title: 'Accounting draft', status: 'draft', countries: ['SN'], workModes: ['onsite'] }),
    ];
    const prefix = new SearchIndex({ url: meili.url, apiKey: MASTER_KEY, indexPrefix: `cand_${Date.now()}_` });
    try {
      await prefix.applySettings();
      await prefix.upsert('offers', [compatible, silent, unrelated, ...incompatible].map((o) => offerDocument(o, provider)));
      await prefix.upsert('needs', [needDocument(senegal, host)]);

      const candidates = await prefix.findCandidates('offers', 'comptabilité coopérative', offerCandidatesFilter(senegal), 10, { skills: senegal.skills });
      expect(ids(candidates)).toEqual([compatible.id, silent.id]);
      expect(candidates[0]._rankingScore).toBeGreaterThan(0);
      expect(candidates[1]._rankingScore).toBe(0); // no word in common: found by its skill only

      // A text in the other language, no skill: found by the terms both texts turn into.
      const english = offer({ title: 'Chartered bookkeeper', countries: ['SN'], workModes: ['onsite'] });
      await prefix.upsert('offers', [offerDocument(english, provider, [], { matchSkills: [], terms: ['charter', 'bookkeep', 'account'] })]);
      const byTerms = await prefix.findCandidates('offers', 'comptabilité coopérative', offerCandidatesFilter(senegal), 10, {
        skills: senegal.skills,
        terms: ['account', 'cooperat'],
      });
      expect(ids(byTerms)).toEqual([compatible.id, silent.id, english.id]);
      expect(byTerms[2]._rankingScore).toBe(0);

      const needs = await prefix.findCandidates('needs', 'accounting', needCandidatesFilter(compatible), 10, { skills: [ACCOUNTING] });
      expect(ids(needs)).toEqual([senegal.id]);
      expect(await prefix.findCandidates('needs', '', needCandidatesFilter(incompatible[0]), 10)).toEqual([]);
    } finally {
      await prefix.close();
    }
  });
});

describe('reindex from PostgreSQL', () => {
  let dataSource: DataSource;
  let reindexed: SearchIndex;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? '')).initialize();
    reindexed = new SearchIndex({ url: meili.url, apiKey: MASTER_KEY, indexPrefix: `reindex_${Date.now()}_` });
  });
  afterAll(async () => {
    await reindexed?.close();
    await dataSource?.destroy();
  });

  it('indexes open rows, keeps what is live, and removes documents whose rows are gone or closed', async () => {
    const organization = await dataSource.getRepository(Organization).save({
      name: `Reindex ${randomUUID().slice(0, 8)}`, kind: 'association', country: 'FR', region: 'Bretagne', city: 'Brest', description: 'Puits',
    });
    const row = (fields: Partial<Need>) => ({ ...need(), organizationId: organization.id, createdById: randomUUID(), ...fields });
    const [open, draft] = await dataSource.getRepository(Need).save([row({ skills: [ACCOUNTING] }), row({ status: 'draft', publishedAt: null })]);
    const closedOffer = await dataSource.getRepository(Offer).save({ ...offer(), status: 'closed' as const, organizationId: organization.id, createdById: randomUUID() });
    // Left over from earlier syncs: needs deleted since (more than a batch), and an offer closed since.
    await reindexed.applySettings();
    const deleted = [need(), need(), need()].map((n) => needDocument(n, organization));
    await reindexed.upsert('needs', deleted);
    await reindexed.upsert('offers', [offerDocument({ ...closedOffer, status: 'open' }, organization)]);

    const progress: string[] = [];
    const report = await reindexAll(dataSource, reindexed, {
      indexes: ['needs', 'offers', 'organizations'],
      batchSize: 2,
      onProgress: (index, done, total, finished) => finished && progress.push(`${index} ${done}/${total}`),
    });

    expect(report.needs.removed).toBe(3);
    expect(report.offers.removed).toBe(1);
    expect(progress.map((line) => line.split(' ')[0])).toEqual(['needs', 'offers', 'organizations']);
    const found = await reindexed.searchNeeds('', {}, { pageSize: 100 });
    expect(ids(found.items)).toContain(open.id);
    expect(ids(found.items)).not.toContain(draft.id);
    deleted.forEach((document) => expect(ids(found.items)).not.toContain(document.id));
    expect(found.items.find((item) => item.id === open.id)?.skillLabels).toEqual(['techniques comptables', 'accounting techniques']);
    expect(ids((await reindexed.searchOffers('', {})).items)).not.toContain(closedOffer.id);
    expect(ids((await reindexed.searchOrganizations(organization.name, { kind: 'association' })).items)).toContain(organization.id);
    // Batches of 2 over every open row the other suites left in the database: its time grows with them.
  }, 120_000);
});
