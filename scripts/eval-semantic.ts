/**
 * Ranks each evaluation need's offers by the cosine of sentence embeddings alone (among the
 * offers the product may suggest), for each way of giving French text to an English encoder,
 * on both evaluation sets. Prints one table; nothing is written.
 *   npm run eval:semantic
 */
import { readGlossary } from '@relais/skills-catalog';
import { textTerms } from '@relais/skill-extraction';
import { Apertium, cosine, SentenceEncoder } from '@relais/semantic';
import { readEverydayFixtures, readFixtures, type Fixtures, type FixturePosting } from '../apps/eval/src/fixtures';
import { summarize } from '../apps/eval/src/metrics';
import { pairBlockers } from '../apps/eval/src/pair-blockers';

type Prepare = (postings: readonly FixturePosting[]) => Promise<string[]>;

const glossary = readGlossary();
const apertium = new Apertium();
const textOf = (p: FixturePosting) => [p.title, p.description, p.keywords.join(', ')].filter(Boolean).join('. ');
/** French text followed by the English terms the glossary gives for its words. */
const withGlossary = (text: string, lang: 'fr' | 'en') => (lang === 'fr' ? `${text} ${textTerms(text, glossary, 'fr').join(' ')}` : text);

async function throughApertium(postings: readonly FixturePosting[], after: (english: string, original: string) => string): Promise<string[]> {
  const texts = postings.map(textOf);
  const french = postings.flatMap((p, i) => (p.lang === 'fr' ? [i] : []));
  const english = await apertium.frenchToEnglish(french.map((i) => texts[i]));
  french.forEach((i, j) => (texts[i] = after(english[j], texts[i])));
  return texts;
}

const OPTIONS: Record<string, Prepare> = {
  'encoder alone': async (postings) => postings.map(textOf),
  'glossary terms added': async (postings) => postings.map((p) => withGlossary(textOf(p), p.lang)),
  ...(Apertium.available()
    ? {
        Apertium: (postings: readonly FixturePosting[]) => throughApertium(postings, (english) => english),
        'Apertium + glossary terms': (postings: readonly FixturePosting[]) =>
          throughApertium(postings, (english, original) => `${english} ${textTerms(original, glossary, 'fr').join(' ')}`),
      }
    : {}),
};

async function rankings(set: Fixtures, encoder: SentenceEncoder, prepare: Prepare) {
  const organizations = new Map(set.organizations.map((o) => [o.key, o]));
  const [needVectors, offerVectors] = [await encoder.embed(await prepare(set.needs)), await encoder.embed(await prepare(set.offers))];
  return set.needs.map((need, i) => {
    const ranking = set.offers
      .map((offer, j) => ({ offer, similarity: cosine(needVectors[i], offerVectors[j]) }))
      .filter(({ offer }) => pairBlockers(need, offer, organizations).length === 0)
      .sort((a, b) => b.similarity - a.similarity)
      .map(({ offer }) => offer.key);
    return { need, ranking, grades: new Map(Object.entries(set.labels[need.key] ?? {})) };
  });
}

/** French needs that rank a relevant (grade ≥ 2) English offer in their top 5, among those that have one. */
function crossLanguage(set: Fixtures, ranked: Awaited<ReturnType<typeof rankings>>): string {
  const withPair = ranked.filter(({ need }) => need.lang === 'fr' && set.crossLanguage.some((p) => p.need === need.key));
  const found = withPair.filter(({ need, ranking }) => set.crossLanguage.some((p) => p.need === need.key && ranking.slice(0, 5).includes(p.offer)));
  return `${found.length}/${withPair.length}`;
}

async function main(): Promise<void> {
  let started = performance.now();
  const encoder = await SentenceEncoder.load();
  console.log(`encoder loaded in ${Math.round(performance.now() - started)} ms; Apertium ${Apertium.available() ? 'installed' : 'not installed'}`);
  const sets: Array<[string, Fixtures]> = [
    ['catalogue', readFixtures()],
    ['everyday', readEverydayFixtures()],
  ];
  console.log('| set | half | option | nDCG@10 | P@5 | MRR | FR needs with an EN offer in top 5 |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [name, set] of sets) {
    for (const [option, prepare] of Object.entries(OPTIONS)) {
      started = performance.now();
      const ranked = await rankings(set, encoder, prepare);
      const ms = Math.round(performance.now() - started);
      for (const half of ['tune', 'holdout'] as const) {
        const rows = ranked.filter(({ need }) => need.split === half);
        const { ndcgAt10, precisionAt5, mrr } = summarize(rows);
        console.log(`| ${name} | ${half} | ${option} (${ms} ms) | ${ndcgAt10} | ${precisionAt5} | ${mrr} | ${crossLanguage(set, rows)} |`);
      }
    }
  }
  console.log(`RSS ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
  await encoder.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
