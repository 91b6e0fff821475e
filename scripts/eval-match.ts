/**
 * Evaluates matching quality on both fixture sets (apps/eval/fixtures: needs that name trades
 * and skills; apps/eval/fixtures/everyday: needs in everyday words) through the real pipeline
 * (outbox, relay, queues, embeddings, Meilisearch, scoring), and writes apps/eval/REPORT.md.
 *   npm run eval:match
 * Metrics for Meilisearch ranking alone and for the full matcher, on the held-out half of the
 * needs (the figures that count), the tuning half, and all; plus how often a relevant offer in
 * the other language reaches a need's top 5.
 * EVAL_RANKINGS=file.json also writes each need's rankings, with each suggestion's factor values.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startSmtpSink } from '@relais/notifications';
import { LISTING_MIN_MEANING, SearchIndex } from '@relais/search';
import { startLocalStack } from '@relais/testing';
import { createWorker } from '../apps/worker/src/create-worker';
import { crossLanguageTop5, evaluate, LISTING_THRESHOLDS, NONSENSE_QUERIES, report as summaries, type Ranked } from '../apps/eval/src/evaluate';
import type { Summary } from '../apps/eval/src/metrics';
import { readEverydayFixtures, readFixtures, type Fixtures } from '../apps/eval/src/fixtures';
import { runMigrations } from './migrate';

const REPORT_FILE = path.resolve(__dirname, '..', '..', 'apps', 'eval', 'REPORT.md');

function markdown(title: string, ranked: Ranked[], fixtures: Fixtures): string {
  const crossPairs = fixtures.crossLanguage;
  const row = (split: string, needs: number, ranking: string, s: Summary) =>
    `| ${split} (${needs} needs) | ${ranking} | ${s.precisionAt5} | ${s.recallAt10} | ${s.ndcgAt10} | ${s.mrr} |`;
  const reports = summaries(ranked);
  const rows = reports.flatMap(({ split, needs, meilisearch, matcher }) => [
    row(split, needs, 'Meilisearch alone', meilisearch),
    row(split, needs, 'full matcher', matcher),
  ]);
  const listingRows = reports.flatMap(({ split, needs, listing }) =>
    LISTING_THRESHOLDS.map((min) => row(split, needs, min ? `words, and meaning from ${min}${min === LISTING_MIN_MEANING ? ' (used)' : ''}` : 'words alone', listing[min])),
  );
  const share = (found: number, total: number) => `${found}/${total} (${total ? Math.round((found / total) * 100) : 0} %)`;
  const cross = (split?: 'tune' | 'holdout', pairs = crossPairs) => {
    const { needs, found, total } = crossLanguageTop5(ranked, pairs, split);
    return { needs: share(needs.found, needs.total), pairs: share(found, total) };
  };
  const [heldOut, tune, all] = [cross('holdout'), cross('tune'), cross()];
  const written = (lang: 'fr' | 'en') => {
    const needs = new Set(fixtures.needs.filter((need) => need.lang === lang).map((need) => need.key));
    const pairs = crossPairs.filter((pair) => needs.has(pair.need));
    return `held-out ${cross('holdout', pairs).needs}, tune ${cross('tune', pairs).needs}, all ${cross(undefined, pairs).needs}`;
  };
  const holdout = crossLanguageTop5(ranked, crossPairs, 'holdout');
  return [
    `## ${title}: ${fixtures.needs.length} needs, ${fixtures.offers.length} offers`,
    '',
    '| needs | ranking | precision@5 | recall@10 | nDCG@10 | MRR |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Across languages (a French need and a relevant English offer, or the reverse; full matcher):',
    '',
    `- needs that rank at least one relevant offer written in the other language in their top 5: held-out ${heldOut.needs}, tune ${tune.needs}, all ${all.needs};`,
    `  French needs with a relevant English offer: ${written('fr')}; English needs with a relevant French offer: ${written('en')};`,
    `- such pairs whose offer is in the need's top 5 (stricter: some needs have more than five relevant offers): held-out ${heldOut.pairs}, tune ${tune.pairs}, all ${all.pairs}.`,
    `  Of the ${holdout.total} held-out pairs, stage 1 returned ${holdout.candidates} offers as candidates and the matcher suggested ${holdout.suggested}.`,
    '',
    "Listing search: the offers listing's first page, searched with the need's title (`GET /offers?q=`):",
    '',
    '| needs | ranking | precision@5 | recall@10 | nDCG@10 | MRR |',
    '| --- | --- | --- | --- | --- | --- |',
    ...listingRows,
    '',
  ].join('\n');
}

/** Both sets share the organizations and offers: one run of the pipeline ranks the needs of both. */
const SETS: Array<{ title: string; fixtures: Fixtures }> = [
  { title: 'Needs that name trades and skills (apps/eval/fixtures)', fixtures: readFixtures() },
  { title: 'Needs in everyday words (apps/eval/fixtures/everyday)', fixtures: readEverydayFixtures() },
];

function bothSets(): Fixtures {
  const [first] = SETS.map((set) => set.fixtures);
  return {
    organizations: first.organizations,
    offers: first.offers,
    needs: SETS.flatMap((set) => set.fixtures.needs),
    labels: Object.assign({}, ...SETS.map((set) => set.fixtures.labels)),
    crossLanguage: SETS.flatMap((set) => set.fixtures.crossLanguage),
  };
}

function report(ranked: Ranked[], nonsenseListed: Record<string, number>): string {
  return [
    '# Matching evaluation',
    '',
    `Generated by \`npm run eval:match\` on ${new Date().toISOString().slice(0, 10)}. LABELS.md in each set's folder says how`,
    'the labels were decided. Relevant = grade 2 or 3; nDCG uses the grades (gain 2^grade − 1).',
    'The held-out halves were not used to tune weights.',
    '',
    ...SETS.map(({ title, fixtures }) => {
      const keys = new Set(fixtures.needs.map((need) => need.key));
      return markdown(title, ranked.filter((r) => keys.has(r.needKey)), fixtures);
    }),
    `## Listing search: queries in no language`,
    '',
    `Of ${NONSENSE_QUERIES.length} queries in no language (${NONSENSE_QUERIES.map((q) => `"${q}"`).join(', ')}), those that list at least one offer:`,
    '',
    ...LISTING_THRESHOLDS.map((min) => `- ${min ? `words, and meaning from ${min}${min === LISTING_MIN_MEANING ? ' (used)' : ''}` : 'words alone'}: ${nonsenseListed[min]}`),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const fixtures = bothSets();
  const stack = await startLocalStack('relais_eval', process.env.EVAL_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', 13, runMigrations);
  const sink = await startSmtpSink({ port: 0 });
  Object.assign(process.env, stack.env, {
    NODE_ENV: 'test',
    JWT_SECRET: 'eval-secret-that-is-long-enough-0123456789',
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    MEILI_INDEX_PREFIX: '',
  });
  const worker = await createWorker();
  try {
    await worker.get(SearchIndex).applySettings();
    const started = Date.now();
    const { ranked, nonsenseListed } = await evaluate(fixtures, stack.dataSource, worker);
    const text = report(ranked, nonsenseListed);
    writeFileSync(REPORT_FILE, text);
    if (process.env.EVAL_RANKINGS) {
      writeFileSync(process.env.EVAL_RANKINGS, JSON.stringify(ranked.map((r) => ({ ...r, grades: Object.fromEntries(r.grades) })), null, 1));
    }
    console.log(text);
    console.log(`Evaluated in ${((Date.now() - started) / 1000).toFixed(1)} s; report written to apps/eval/REPORT.md`);
  } finally {
    await worker.close();
    await sink.stop();
    await stack.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
