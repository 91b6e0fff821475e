/**
 * Prints what SearchIndex costs on a real Meilisearch: settings, writes, and search latency per
 * kind of query, with and without the documents' translations (synonyms), undici vs Node's fetch.
 *   npm run build && node dist/libs/search/bench/search-latency.js [documents per index, default 2000]
 * Uses MEILI_URL / MEILI_MASTER_KEY when a server answers there, else starts the bundled one.
 * Indexes are created under a `bench_<time>_` prefix and deleted at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { MECHANISM_CODES, WORK_MODES } from '@relais/domain';
import { readCatalog, type CatalogSkill } from '@relais/skills-catalog';
import {
  INDEX_NAMES,
  meilisearchAnswers,
  needDocument,
  needsListingFilter,
  offerCandidatesFilter,
  offerDocument,
  SearchIndex,
  skillDocument,
  startLocalMeilisearch,
  type NeedDocument,
  type OfferDocument,
} from '@relais/search';

const COUNTRIES = ['SN', 'GN', 'ML', 'MG', 'BF', 'CI', 'FR', 'BJ', 'TG', 'CM'];
const QUERIES = ['comptabilité', 'accounting', 'gestion de projet', 'hydraulique', 'web developer', 'formation coopérative', 'énergie solaire', 'agronomie'];

/** Small deterministic generator, so runs compare. */
function random(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

function postings(skills: CatalogSkill[], count: number) {
  const next = random(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const organization = { id: '00000000-0000-4000-8000-000000000001', name: 'Bench', kind: 'association' as const, country: 'FR', region: 'Bretagne', city: 'Rennes' };
  const needs: NeedDocument[] = [];
  const offers: OfferDocument[] = [];
  for (let i = 0; i < count; i++) {
    const tags = [pick(skills), pick(skills), pick(skills)];
    const french = i % 2 === 0;
    const label = (s: CatalogSkill) => (french ? (s.labelFr ?? s.labelEn) : s.labelEn);
    const common = {
      id: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      title: `${french ? 'Besoin en' : 'Looking for'} ${label(tags[0])}`,
      description: tags.map(label).join(', '),
      keywords: [],
      skills: tags.map((s) => s.id),
      status: (i % 10 === 0 ? 'draft' : 'open') as 'open' | 'draft',
      mechanisms: [pick(MECHANISM_CODES), pick(MECHANISM_CODES)],
      languages: french ? ['fr'] : ['en', 'fr'],
      effortDays: 5 + Math.floor(next() * 30),
      publishedAt: new Date(Date.UTC(2026, 0, 1 + (i % 300))),
    };
    needs.push(needDocument({ ...common, country: pick(COUNTRIES), city: null, workMode: pick(WORK_MODES), startDate: '2027-02-01', endDate: '2027-06-30' }, organization, tags));
    offers.push(
      offerDocument(
        { ...common, id: common.id.replace(/^1/, '2'), availableFrom: '2027-01-01', availableTo: null, workModes: [pick(WORK_MODES)], countries: next() < 0.5 ? [] : [pick(COUNTRIES)] },
        organization,
        tags,
      ),
    );
  }
  return { needs, offers };
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
}

async function latency(label: string, iterations: number, run: (i: number) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 20; i++) await run(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) times.push((await timed(() => run(i)))[1]);
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  console.log(`${label.padEnd(52)} p50 ${at(0.5).padStart(6)} ms   p95 ${at(0.95).padStart(6)} ms`);
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 2000);
  const apiKey = process.env.MEILI_MASTER_KEY || 'bench-master-key-0123456789';
  let url = process.env.MEILI_URL ?? '';
  let local: { stop: () => Promise<void> } | undefined;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'relais-bench-'));
  if (!url || !(await meilisearchAnswers(url))) {
    const started = await startLocalMeilisearch({ dataDir, port: 7712, masterKey: apiKey });
    ({ url } = started);
    local = started;
    console.log(`Started the bundled Meilisearch on ${url}`);
  }
  const stamp = Date.now();
  const search = new SearchIndex({ url, apiKey, indexPrefix: `bench_${stamp}_` });
  const bare = new SearchIndex({ url, apiKey, indexPrefix: `bench_${stamp}_bare_` });
  const fetchClient = new Meilisearch({ host: url, apiKey });
  try {
    const catalog = readCatalog();
    const labelled = catalog.filter((s) => s.labelFr);
    const { needs, offers } = postings(labelled, count);

    const [, firstMs] = await timed(() => search.applySettings());
    console.log(`applySettings, empty indexes: ${firstMs.toFixed(0)} ms`);
    await bare.applySettings();
    for (let i = 0; i < count; i += 500) {
      await search.upsert('needs', needs.slice(i, i + 500));
      await search.upsert('offers', offers.slice(i, i + 500));
      await bare.upsert('needs', needs.slice(i, i + 500).map((need) => ({ ...need, translations: [] })));
      await bare.upsert('offers', offers.slice(i, i + 500).map((offer) => ({ ...offer, translations: [] })));
    }
    const [, skillsMs] = await timed(async () => {
      for (let i = 0; i < catalog.length; i += 500) await search.upsert('skills', catalog.slice(i, i + 500).map(skillDocument));
    });
    console.log(`upsert ${catalog.length} skills in batches of 500: ${skillsMs.toFixed(0)} ms`);
    const [, againMs] = await timed(() => search.applySettings());
    console.log(`applySettings again, ${count} needs + ${count} offers + skills indexed (no change): ${againMs.toFixed(0)} ms`);

    const n = 200;
    const q = (i: number) => QUERIES[i % QUERIES.length];
    await latency(`searchNeeds (facets, ${count} docs)`, n, (i) => search.searchNeeds(q(i), { country: 'SN' }));
    await latency('searchNeeds, documents without translations', n, (i) => bare.searchNeeds(q(i), { country: 'SN' }));
    await latency('same search with Node fetch (meilisearch default)', n, (i) =>
      fetchClient.index(search.uid('needs')).search(q(i), { filter: needsListingFilter({ country: 'SN' }), hitsPerPage: 20, page: 1, facets: ['country', 'mechanisms', 'workMode', 'skills'] }),
    );
    await latency('searchOffers', n, (i) => search.searchOffers(q(i), { country: 'SN' }));
    await latency(`searchSkills autocomplete (${catalog.length} skills)`, n, (i) => search.searchSkills(q(i).slice(0, 3 + (i % 6)), 'fr'));
    await latency('findCandidates (offers for a need, limit 50)', n, (i) =>
      search.findCandidates('offers', `${q(i)} ${needs[i % count].title}`, offerCandidatesFilter(needs[i % count]), 50),
    );
    await latency('findCandidates, documents without translations', n, (i) =>
      bare.findCandidates('offers', `${q(i)} ${needs[i % count].title}`, offerCandidatesFilter(needs[i % count]), 50),
    );
    await latency('findCandidates, one-word text', n, (i) => search.findCandidates('offers', q(i).split(' ')[0], offerCandidatesFilter(needs[i % count]), 50));
  } finally {
    for (const index of INDEX_NAMES) {
      await fetchClient.deleteIndexIfExists(search.uid(index));
      await fetchClient.deleteIndexIfExists(bare.uid(index));
    }
    await search.close();
    await bare.close();
    await local?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
