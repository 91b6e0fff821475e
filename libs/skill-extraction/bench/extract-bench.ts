/**
 * Times the skill extractor on the full ESCO catalog: index build once, then `extract` on texts
 * of about 1 000 characters (French, English, and one packed with the most frequent label words).
 * Prints figures; not a test.
 *   npm run build && node dist/libs/skill-extraction/bench/extract-bench.js [-- iterations]
 */
import { readCatalog } from '@relais/skills-catalog';
import { catalogEntries, createSkillExtractor } from '../src';

const ITERATIONS = Number(process.argv[2] ?? 2000);

const TEXTS: Record<string, string> = {
  french: [
    'Notre coopérative agricole, basée en Casamance, cherche un ou une comptable bénévole pour mettre en place',
    'la comptabilité de l’association, former deux salariées à la tenue des comptes et préparer les états',
    'financiers annuels pour nos bailleurs. Nous avons aussi besoin d’un ingénieur hydraulicien pour la conception',
    'de forages et d’un réseau d’adduction d’eau potable, ainsi que d’un développeur web pour un site bilingue',
    'présentant nos activités. La mission peut se faire à distance, avec un séjour de deux semaines sur place.',
    'Gestion de projet, suivi-évaluation et rédaction de rapports sont un plus. Les volontaires seront accueillis',
    'par l’équipe, logés dans le village et accompagnés par notre coordinatrice. Merci de nous contacter.',
    'Une expérience des organisations paysannes, de la microfinance ou de la formation d’adultes serait appréciée,',
    'tout comme la maîtrise des logiciels de tableur et une bonne connaissance de l’Afrique de l’Ouest.',
    'Le poste est ouvert dès janvier, pour six mois renouvelables.',
  ].join(' ').slice(0, 1000),
  english: [
    'Our women-led cooperative in northern Ghana is looking for a volunteer accountant to set up bookkeeping,',
    'train two staff members in managing accounts and prepare the annual financial statements for our donors.',
    'We also need a hydraulic engineer to review the design of boreholes and of a small drinking water network,',
    'and a web developer to build a bilingual website presenting our activities. The assignment can be done',
    'remotely, with a two-week stay on site. Project management, monitoring and evaluation, and report writing',
    'skills are welcome. Volunteers will be hosted in the village and supported by our coordinator throughout',
    'the mission. Please get in touch with us, we will answer quickly and share all the documents you need.',
    'Experience with farmer organisations, microfinance or adult education would be appreciated, as would a good',
    'command of spreadsheet software and some knowledge of West Africa and of its agricultural value chains.',
    'The position opens in January 2026, for six months that can be renewed.',
  ].join(' ').slice(0, 1000),
  frequentWords: Array.from(
    { length: 40 },
    (_, i) => ['gestion', 'management', 'utiliser', 'gérer', 'develop', 'système', 'données', 'perform', 'manage', 'use', 'work', 'ensure'][i % 12],
  )
    .join(' ')
    .repeat(4)
    .slice(0, 1000),
};

for (const [name, text] of Object.entries(TEXTS)) if (text.length < 1000) throw new Error(`${name}: ${text.length} chars`);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function main(): void {
  let started = performance.now();
  const catalog = readCatalog();
  const entries = catalogEntries(catalog);
  const labels = entries.reduce((sum, e) => sum + e.labelsFr.length + e.labelsEn.length, 0);
  console.log(`catalog: ${catalog.length} skills, ${labels} labels, read in ${(performance.now() - started).toFixed(0)} ms`);

  started = performance.now();
  const extractor = createSkillExtractor(entries);
  console.log(`createSkillExtractor: ${(performance.now() - started).toFixed(0)} ms`);
  console.log(`heap used after build: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);

  for (const [name, text] of Object.entries(TEXTS)) {
    for (let i = 0; i < 200; i++) extractor.extract(text); // warm-up (JIT)
    const times: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const t = performance.now();
      extractor.extract(text);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    const top = extractor.extract(text, { limit: 3 }).map((s) => `${catalog.find((c) => c.id === s.id)?.labelEn} ${s.confidence}`);
    console.log(
      `${name} (${text.length} chars, ${ITERATIONS} runs): mean ${mean.toFixed(3)} ms, p50 ${percentile(times, 50).toFixed(3)}, ` +
        `p95 ${percentile(times, 95).toFixed(3)}, p99 ${percentile(times, 99).toFixed(3)}, max ${times[times.length - 1].toFixed(3)} ms`,
    );
    console.log(`  top 3: ${top.join(' | ')}`);
  }
}

main();
