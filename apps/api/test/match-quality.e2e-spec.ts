import { DataSource } from 'typeorm';
import { crossLanguageTop5, evaluate, report } from '../../eval/src/evaluate';
import { readFixtures, type Fixtures } from '../../eval/src/fixtures';
import { TestApi } from './support/test-api';

/**
 * The smallest version of `npm run eval:match`, as a floor: 12 held-out needs, the offers
 * labelled for them and 60 others, through the real pipeline. It fails if quality drops below
 * the stated thresholds (the full evaluation, in apps/eval/REPORT.md, gives the real figures).
 */
/**
 * crossLanguage: share of the needs ranking a relevant offer written in the other language in their
 * top 5; overMeilisearch: the matcher's nDCG@10 over Meilisearch's. Last measured: nDCG@10 0.876,
 * MRR 0.958, 11 of 12 needs across languages, 0.876 against 0.742 for Meilisearch alone.
 */
const FLOOR = { ndcgAt10: 0.8, mrr: 0.9, crossLanguage: 0.75, overMeilisearch: 1.1 };

function subset(all: Fixtures): Fixtures {
  const needs = all.needs.filter((n) => n.split === 'holdout').slice(0, 12);
  const labelled = new Set(needs.flatMap((n) => Object.keys(all.labels[n.key] ?? {})));
  const others = all.offers.filter((o) => !labelled.has(o.key)).slice(0, 60);
  const offers = [...all.offers.filter((o) => labelled.has(o.key)), ...others];
  const used = new Set([...needs.map((n) => n.host), ...offers.map((o) => o.provider)]);
  return {
    organizations: all.organizations.filter((o) => used.has(o.key)),
    needs,
    offers,
    labels: Object.fromEntries(needs.map((n) => [n.key, all.labels[n.key] ?? {}])),
    crossLanguage: all.crossLanguage.filter((p) => needs.some((n) => n.key === p.need)),
  };
}

describe('match quality floor', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start({ worker: true });
  });
  afterAll(() => api.close());

  it(`keeps nDCG@10 ≥ ${FLOOR.ndcgAt10}, MRR ≥ ${FLOOR.mrr}, ${FLOOR.crossLanguage * 100} % across languages, ${FLOOR.overMeilisearch}× Meilisearch alone`, async () => {
    const fixtures = subset(readFixtures());
    const ranked = await evaluate(fixtures, api.app.get(DataSource), api.worker!);
    const all = report(ranked).find((r) => r.split === 'all')!;
    expect(all.needs).toBe(12);
    expect(all.matcher.ndcgAt10).toBeGreaterThanOrEqual(FLOOR.ndcgAt10);
    expect(all.matcher.mrr).toBeGreaterThanOrEqual(FLOOR.mrr);
    expect(all.matcher.ndcgAt10).toBeGreaterThanOrEqual(FLOOR.overMeilisearch * all.meilisearch.ndcgAt10);
    const { needs } = crossLanguageTop5(ranked, fixtures.crossLanguage);
    expect(needs.total).toBe(12);
    expect(needs.found / needs.total).toBeGreaterThanOrEqual(FLOOR.crossLanguage);
  }, 120_000);
});
