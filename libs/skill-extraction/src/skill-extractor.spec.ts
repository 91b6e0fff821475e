import { readCatalog, type CatalogSkill } from '@relais/skills-catalog';
import { catalogEntries } from './catalog-entries';
import { createSkillExtractor, DEFAULT_MIN_CONFIDENCE, type ExtractedSkill, type SkillExtractor } from './skill-extractor';

let catalog: CatalogSkill[];
let extractor: SkillExtractor;

beforeAll(() => {
  catalog = readCatalog();
  extractor = createSkillExtractor(catalogEntries(catalog));
});

const skillNamed = (labelEn: string) => {
  const skill = catalog.find((s) => s.labelEn === labelEn);
  if (!skill) throw new Error(`No skill "${labelEn}" in the catalog`);
  return skill;
};
const labelOf = (id: string) => catalog.find((s) => s.id === id)?.labelEn;
const scores = (results: ExtractedSkill[]) => results.map(({ id, confidence }) => ({ id, confidence }));

describe('createSkillExtractor on the ESCO catalog', () => {
  it.each([
    ["Nous cherchons un comptable pour mettre en place la comptabilité d'une coopérative", 'accounting', 3],
    ['hydraulic engineer to review the design of boreholes', 'hydraulics', 1],
    ['Ingénieur hydraulicien pour la conception de forages', 'hydraulics', 1],
    ['développeur web pour un site bilingue', 'web programming', 3],
    ['Formation en gestion de projet pour notre équipe', 'project management', 1],
    ['Infirmière pour un dispensaire rural, soins de santé primaires et vaccination', 'primary care', 1],
    ['Agronomist: market gardening, irrigation and soil fertility', 'ensure soil fertility', 3],
    ['Senior accountant: bookkeeping, budgets and financial statements', 'financial statements', 1],
    ['Former nos bénévoles aux premiers secours', 'first aid', 3],
  ])('%s -> "%s" in the top %i', (text, labelEn, rank) => {
    const ids = extractor.extract(text).map((s) => s.id);
    expect(ids.slice(0, rank)).toContain(skillNamed(labelEn).id);
  });

  it('finds a hydraulics skill first for an English need', () => {
    const [first] = extractor.extract('hydraulic engineer to review the design of boreholes');
    expect(labelOf(first.id)).toMatch(/hydraulic/);
  });

  it.each([
    [['comptabilité', 'Comptabilité', 'COMPTABILITÉ', 'comptabilite', 'COMPTABILITE']],
    [['Développeur web pour un site bilingue', 'DEVELOPPEUR WEB POUR UN SITE BILINGUE', 'developpeur Web pour un Site bilingue']],
    [['Hydraulic engineer', 'HYDRAULIC ENGINEER', 'hydraulic engineer']],
    [['Comptabilité et santé publique', 'Comptabilite\u0301 et SANTE\u0301 PUBLIQUE']],
  ])('gives the same skills and confidences whatever the accents and case: %j', (variants) => {
    const [reference, ...others] = variants.map((text) => scores(extractor.extract(text)));
    expect(reference.length).toBeGreaterThan(0);
    for (const other of others) expect(other).toEqual(reference);
  });

  it.each([
    ['un comptable', 'des comptables'],
    ['la comptabilité', 'les comptabilités'],
    ['hydraulic engineer', 'hydraulic engineers'],
    ['gestion de projet', 'gestion des projets'],
    ['financial statement', 'financial statements'],
    ['soil fertility', 'soils fertility'],
  ])('stems plural and singular alike: %s / %s', (singular, plural) => {
    const one = scores(extractor.extract(singular));
    expect(one.length).toBeGreaterThan(0);
    expect(scores(extractor.extract(plural))).toEqual(one);
  });

  it.each([
    '',
    '   ',
    'Bonjour à tous, merci et à bientôt !',
    'Hello everyone, thanks a lot and see you soon.',
    'Nous sommes disponibles du 3 au 17 mars 2025.',
    'de la des du le les of the and',
  ])('returns nothing above the default minimum confidence for a text without skill words: %j', (text) => {
    expect(extractor.extract(text)).toEqual([]);
  });

  it.each(['management', 'gérer', 'utiliser', 'perform'])(
    'never matches a label on one very frequent word alone: %s',
    (word) => {
      const alone = extractor.extract(word, { minConfidence: 0, limit: 100 });
      expect(alone.filter((s) => s.confidence >= DEFAULT_MIN_CONFIDENCE)).toEqual([]);
    },
  );

  it.each([
    ["Nous cherchons un comptable pour mettre en place la comptabilité d'une coopérative", 'accounting', ['comptable', 'comptabilité']],
    ['Formation en Gestion De Projet', 'project management', ['Gestion De Projet']],
    ['hydraulic engineer to review the design of boreholes', 'hydraulics', ['hydraulic']],
    ['Agronomist: irrigation and soil fertility', 'ensure soil fertility', ['soil fertility']],
  ])('reports the words that triggered a skill, as written: %s', (text, labelEn, matched) => {
    const found = extractor.extract(text).find((s) => s.id === skillNamed(labelEn).id);
    expect(found?.matched).toEqual(matched);
  });

  it('ranks a full multi-word label above matches on single words', () => {
    const [first, ...others] = extractor.extract('Formation en gestion de projet pour notre équipe', { minConfidence: 0, limit: 50 });
    expect(first.id).toBe(skillNamed('project management').id);
    expect(first.matched).toEqual(['gestion de projet']);
    const singleWords = others.filter((s) => s.matched.length === 1 && !s.matched[0].includes(' '));
    expect(singleWords.length).toBeGreaterThan(0);
    for (const other of singleWords) expect(first.confidence).toBeGreaterThan(other.confidence);
  });

  it('is more confident in a skill when its whole label is there than when one of its words is', () => {
    const id = skillNamed('project management').id;
    const confidence = (text: string) => extractor.extract(text, { minConfidence: 0, limit: 1000 }).find((s) => s.id === id)?.confidence ?? 0;
    expect(confidence('gestion de projets')).toBeGreaterThan(confidence('un projet'));
    expect(confidence('project management')).toBeGreaterThan(confidence('a project'));
  });

  it('sorts by confidence, keeps it within [0, 1], and applies limit and minConfidence', () => {
    const text = 'Comptable pour la gestion de projet, les états financiers et la formation des bénévoles';
    const all = extractor.extract(text, { minConfidence: 0, limit: 1000 });
    expect(all.length).toBeGreaterThan(10);
    for (const [i, s] of all.entries()) {
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      if (i > 0) expect(s.confidence).toBeLessThanOrEqual(all[i - 1].confidence);
    }
    expect(extractor.extract(text, { limit: 2, minConfidence: 0 })).toEqual(all.slice(0, 2));
    expect(extractor.extract(text, { minConfidence: 0.6, limit: 1000 })).toEqual(all.filter((s) => s.confidence >= 0.6));
    expect(extractor.extract(text, { limit: 0 })).toEqual([]);
  });

  it('uses extra labels merged by catalogEntries', () => {
    const hydraulics = skillNamed('hydraulics').id;
    const text = 'Projet d’adduction d’eau potable dans trois villages';
    expect(extractor.extract(text).map((s) => s.id)).not.toContain(hydraulics);
    const withExtras = createSkillExtractor(catalogEntries(catalog, [{ id: hydraulics, fr: ['adduction d’eau'], en: ['water supply'] }]));
    const [first] = withExtras.extract(text);
    expect(first).toMatchObject({ id: hydraulics, matched: ['adduction d’eau'] });
  });
});

describe('createSkillExtractor on a small catalog', () => {
  const filler = Array.from({ length: 30 }, (_, i) => ({ id: `filler-${i}`, labelsFr: [`gestion de thing${i}`], labelsEn: [`manage thing${i}`] }));
  const small = createSkillExtractor([
    { id: 'project', labelsFr: ['gestion de projets', 'conduite de projet'], labelsEn: ['project management'] },
    { id: 'management', labelsFr: ['gestion'], labelsEn: ['management'] },
    { id: 'ent', labelsFr: ['oto-rhino-laryngologie'], labelsEn: ['ear, nose and throat conditions'] },
    ...filler,
  ]);

  it('matches a phrase with stop words between its words, but not across punctuation', () => {
    expect(small.extract('la gestion des projets')[0]).toMatchObject({ id: 'project', matched: ['gestion des projets'] });
    expect(small.extract('la gestion, des projets')[0].matched).toEqual(['gestion', 'projets']);
    expect(small.extract('la gestion, des projets')[0].confidence).toBeLessThan(small.extract('la gestion des projets')[0].confidence);
  });

  it('lets a text have punctuation where the label has some', () => {
    expect(small.extract('ear, nose and throat conditions')[0]).toMatchObject({ id: 'ent', matched: ['ear, nose and throat conditions'] });
  });

  it('does not match a label made of one word found in most skills', () => {
    expect(small.extract('gestion', { minConfidence: 0 }).map((s) => s.id)).not.toContain('management');
    expect(small.extract('management', { minConfidence: 0 }).map((s) => s.id)).not.toContain('management');
  });
});
