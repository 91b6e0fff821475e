import { DataSource } from 'typeorm';
import { crossLanguageTop5, evaluate, report } from '../../eval/src/evaluate';
import { readEverydayFixtures, readFixtures, type Fixtures } from '../../eval/src/fixtures';
import { TestApi } from './support/test-api';

/**
 * The smallest version of `npm run eval:match`, as a floor: for each set, 12 held-out needs, the
 * offers labelled for them and 60 others, through the real pipeline (embeddings included). It
 * fails if quality drops below the stated thresholds (the full evaluation, in
 * apps/eval/REPORT.md, gives the real figures).
 */
/**
 * crossLanguage: share of the needs ranking a relevant offer written in the other language in their
 * top 5; overMeilisearch: the matcher's nDCG@10 over Meilisearch's. Last measured, needs that name
 * trades: nDCG@10 0.906, MRR 0.958, 11 of 12 needs across languages; needs in everyday words: see
 * EVERYDAY_FLOOR.
 */
const FLOOR = { ndcgAt10: 0.8, mrr: 0.9, crossLanguage: 0.75, overMeilisearch: 1.1 };

/**
 * Needs in everyday words (apps/eval/fixtures/everyday): a lower floor, as the matcher finds them
 * much harder. Last measured: nDCG@10 0.569 (0.446 for Meilisearch alone), 4 of 10 needs across
 * languages; without matching on meaning, the whole held-out half gave 0.427.
 */
const EVERYDAY_FLOOR = { ndcgAt10: 0.5, crossLanguage: 0.3 };

/** 12 held-out needs of each set, with the offers labelled for them and 60 others: one market, ranked in one run. */
function subset(sets: Fixtures[]): Fixtures {
  const needs = sets.flatMap((set) => set.needs.filter((n) => n.split === 'holdout').slice(0, 12));
  const [all] = sets;
  const labels = Object.assign({}, ...sets.map((set) => set.labels)) as Fixtures['labels'];
  const labelled = new Set(needs.flatMap((n) => Object.keys(labels[n.key] ?? {})));
  const others = all.offers.filter((o) => !labelled.has(o.key)).slice(0, 60);
  const offers = [...all.offers.filter((o) => labelled.has(o.key)), ...others];
  const used = new Set([...needs.map((n) => n.host), ...offers.map((o) => o.provider)]);
  return {
    organizations: all.organizations.filter((o) => used.has(o.key)),
    needs,
    offers,
    labels: Object.fromEntries(needs.map((n) => [n.key, labels[n.key] ?? {}])),
    crossLanguage: sets.flatMap((set) => set.crossLanguage).filter((p) => needs.some((n) => n.key === p.need)),
  };
}

describe('match quality floor', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start({ worker: true });
  });
  afterAll(() => api.close());

  it(`keeps nDCG@10 ≥ ${FLOOR.ndcgAt10}, MRR ≥ ${FLOOR.mrr}, ${FLOOR.crossLanguage * 100} % across languages, ${FLOOR.overMeilisearch}× Meilisearch alone; for needs in everyday words nDCG@10 ≥ ${EVERYDAY_FLOOR.ndcgAt10}, ${EVERYDAY_FLOOR.crossLanguage * 100} % across languages`, async () => {
    const fixtures = subset([readFixtures(), readEverydayFixtures()]);
    const { ranked } = await evaluate(fixtures, api.app.get(DataSource), api.worker!);
    const ofSet = (prefix: string) => ranked.filter((r) => r.needKey.startsWith(prefix));
    const named = ofSet('n-');
    const everyday = ofSet('e-');

    const all = report(named).find((r) => r.split === 'all')!;
    expect(all.needs).toBe(12);
    expect(all.matcher.ndcgAt10).toBeGreaterThanOrEqual(FLOOR.ndcgAt10);
    expect(all.matcher.mrr).toBeGreaterThanOrEqual(FLOOR.mrr);
    expect(all.matcher.ndcgAt10).toBeGreaterThanOrEqual(FLOOR.overMeilisearch * all.meilisearch.ndcgAt10);
    const { needs } = crossLanguageTop5(named, fixtures.crossLanguage);
    expect(needs.total).toBe(12);
    expect(needs.found / needs.total).toBeGreaterThanOrEqual(FLOOR.crossLanguage);

    const everydayAll = report(everyday).find((r) => r.split === 'all')!;
    const everydayCross = crossLanguageTop5(everyday, fixtures.crossLanguage).needs;
    console.log(
      `needs that name trades: nDCG@10 ${all.matcher.ndcgAt10}, MRR ${all.matcher.mrr}, across languages ${needs.found}/${needs.total}; ` +
        `needs in everyday words: nDCG@10 ${everydayAll.matcher.ndcgAt10} (Meilisearch alone ${everydayAll.meilisearch.ndcgAt10}), across languages ${everydayCross.found}/${everydayCross.total}`,
    );
    expect(everydayAll.needs).toBe(12);
    expect(everydayAll.matcher.ndcgAt10).toBeGreaterThanOrEqual(EVERYDAY_FLOOR.ndcgAt10);
    expect(everydayCross.found / everydayCross.total).toBeGreaterThanOrEqual(EVERYDAY_FLOOR.crossLanguage);
  }, 180_000);
});
