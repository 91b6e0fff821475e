import { skillCoverage, skillsFactor, skillsRelated, TEXT_SKILL_WEIGHT } from './skill-coverage';
import { SKILL } from './test/factories';

const { accounting, auditing, bookkeeping, hydraulics, finance } = SKILL;
// accounting and bookkeeping share the group "finance"; auditing's broader skill is accounting.
const relations = new Map<string, string[]>([
  [accounting, [finance]],
  [bookkeeping, [finance]],
  [auditing, [accounting]],
]);

describe('skillsRelated', () => {
  it.each([
    [accounting, bookkeeping, true], // siblings under one group
    [auditing, accounting, true], // narrower -> broader
    [accounting, auditing, true], // broader -> narrower
    [auditing, bookkeeping, false], // two levels apart: one level only
    [hydraulics, accounting, false], // unknown to the relations
  ])('%s ~ %s -> %s', (a, b, expected) => {
    expect(skillsRelated(a, b, relations)).toBe(expected);
  });
});

describe('skills named by the text only', () => {
  it(`weigh ${TEXT_SKILL_WEIGHT} against 1 for a picked skill`, () => {
    // Picked accounting (covered), text names hydraulics (not covered).
    const coverage = skillCoverage([accounting], [accounting], relations, [hydraulics]);
    expect(coverage).toMatchObject({ asked: 2, exact: 1, related: 0 });
    expect(coverage.value).toBeCloseTo(1 / (1 + TEXT_SKILL_WEIGHT));
    // The reverse: the picked one is missed, the one the text names is there.
    expect(skillCoverage([hydraulics], [accounting], relations, [accounting]).value).toBeCloseTo(TEXT_SKILL_WEIGHT / (1 + TEXT_SKILL_WEIGHT));
  });

  it('carry the whole value when the poster picked none, and a picked skill listed again counts as picked', () => {
    expect(skillCoverage([], [accounting], relations, [accounting, hydraulics]).value).toBeCloseTo(0.5);
    expect(skillCoverage([accounting], [accounting], relations, [accounting]).value).toBe(1);
  });
});

describe('skill coverage', () => {
  it.each([
    ['all exact', [accounting, auditing], [auditing, accounting], 1, 2, 0],
    ['half exact', [accounting, hydraulics], [accounting], 0.5, 1, 0],
    ['one related of one', [bookkeeping], [accounting], 0.5, 0, 1],
    ['exact plus related', [accounting, bookkeeping], [accounting], 0.75, 1, 1],
    ['none', [hydraulics], [accounting], 0, 0, 0],
    ['offer with no skills', [accounting], [], 0, 0, 0],
    ['need with no skills is neutral', [], [accounting], 0.5, 0, 0],
    ['duplicates in the need count once', [accounting, accounting, hydraulics], [accounting], 0.5, 1, 0],
  ])('%s', (_name, needSkills, offerSkills, value, exact, related) => {
    expect(skillCoverage(needSkills, offerSkills, relations)).toMatchObject({ value, exact, related });
  });

  it.each([
    [[accounting, auditing, hydraulics], [accounting, auditing], 'couvre 2 des 3 compétences demandées.', 'covers 2 of the 3 skills asked for.'],
    [
      [accounting, bookkeeping, hydraulics],
      [accounting],
      'couvre 1 des 3 compétences demandées, et 1 par une compétence proche.',
      'covers 1 of the 3 skills asked for, and 1 through a related skill.',
    ],
    [[bookkeeping, auditing], [accounting], 'ne couvre directement aucune des 2 compétences demandées, mais 2 par des compétences proches.', 'covers none of the 2 skills asked for directly, but 2 through related skills.'],
    [[hydraulics, SKILL.gardening], [accounting], 'ne couvre aucune des 2 compétences demandées.', 'covers none of the 2 skills asked for.'],
    [[accounting], [accounting], 'couvre la seule compétence demandée (1 sur 1).', 'covers the only skill asked for (1 of 1).'],
    [[bookkeeping], [accounting], "n'a pas la seule compétence demandée (0 sur 1), mais une compétence proche.", 'lacks the only skill asked for (0 of 1) but has a related one.'],
    [[], [accounting], 'aucune compétence du catalogue', 'no catalog skill'],
  ])('says how many skills are covered: %j vs %j', (needSkills, offerSkills, fr, en) => {
    const { text } = skillsFactor(needSkills, offerSkills, relations);
    expect(text.fr).toContain(fr);
    expect(text.en).toContain(en);
  });
});
