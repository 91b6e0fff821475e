import type { FactorOutcome, SkillRelations } from './match-types';

/** Credit for a need's skill that the offer lacks but that a skill of the offer is close to. */
export const RELATED_SKILL_CREDIT = 0.5;

/**
 * Value used when the need lists no catalog skill: we cannot tell, so neither reward nor
 * punish; text relevance then carries what the need asks for.
 */
export const NEUTRAL_SKILL_VALUE = 0.5;

/**
 * Two skills are related when one is a direct broader skill/group of the other, or when they
 * share a direct broader skill/group or a field of work. One level only, so relations stay
 * explainable.
 */
export function skillsRelated(a: string, b: string, relations: SkillRelations): boolean {
  const broaderA = relations.get(a) ?? [];
  const broaderB = relations.get(b) ?? [];
  return broaderA.includes(b) || broaderB.includes(a) || broaderA.some((group) => broaderB.includes(group));
}

export type SkillCoverage = { asked: number; exact: number; related: number; value: number };

/**
 * Weight of a skill the need's text names but its poster did not pick, against 1 for a picked
 * one: extraction is less sure, and two texts written alike (same language, same words) yield
 * the same extracted skills, which favoured offers written in the need's language. A need with
 * no picked skill relies on those of its text alone. (Tuning half nDCG@10: 0.874 at 1, 0.881 at
 * 0.5, 0.888 at 0.25; apps/eval/TUNING.md.)
 */
export const TEXT_SKILL_WEIGHT = 0.25;

/**
 * Each distinct skill of the need scores 1 (the offer has it), 0.5 (a related one) or 0; the
 * need's `textSkills` (named by its text, not picked) weigh TEXT_SKILL_WEIGHT in the mean.
 */
export function skillCoverage(needSkills: string[], offerSkills: string[], relations: SkillRelations, textSkills: string[] = []): SkillCoverage {
  const picked = new Set(needSkills);
  const asked = [...new Set([...needSkills, ...textSkills])];
  const offered = new Set(offerSkills);
  let exact = 0;
  let related = 0;
  let covered = 0;
  let weights = 0;
  for (const skill of asked) {
    const weight = picked.has(skill) ? 1 : TEXT_SKILL_WEIGHT;
    weights += weight;
    if (offered.has(skill)) {
      exact++;
      covered += weight;
    } else if (offerSkills.some((other) => skillsRelated(skill, other, relations))) {
      related++;
      covered += RELATED_SKILL_CREDIT * weight;
    }
  }
  const value = asked.length === 0 ? NEUTRAL_SKILL_VALUE : covered / weights;
  return { asked: asked.length, exact, related, value };
}

export function skillsFactor(needSkills: string[], offerSkills: string[], relations: SkillRelations, textSkills: string[] = []): FactorOutcome {
  const coverage = skillCoverage(needSkills, offerSkills, relations, textSkills);
  return { value: coverage.value, text: skillsText(coverage) };
}

function skillsText({ asked, exact, related }: SkillCoverage): FactorOutcome['text'] {
  if (asked === 0) {
    return {
      fr: 'Le besoin ne précise aucune compétence du catalogue : ce critère compte pour moitié, par défaut.',
      en: 'The need lists no catalog skill: this factor counts for half, by default.',
    };
  }
  if (asked === 1) {
    if (exact === 1) {
      return {
        fr: "L'offre couvre la seule compétence demandée (1 sur 1).",
        en: 'The offer covers the only skill asked for (1 of 1).',
      };
    }
    return related === 1
      ? {
          fr: "L'offre n'a pas la seule compétence demandée (0 sur 1), mais une compétence proche.",
          en: 'The offer lacks the only skill asked for (0 of 1) but has a related one.',
        }
      : {
          fr: "L'offre ne couvre pas la seule compétence demandée (0 sur 1).",
          en: 'The offer does not cover the only skill asked for (0 of 1).',
        };
  }
  const relatedFr = related === 1 ? '1 par une compétence proche' : `${related} par des compétences proches`;
  const relatedEn = `${related} through ${related === 1 ? 'a related skill' : 'related skills'}`;
  if (exact === 0) {
    return related === 0
      ? {
          fr: `L'offre ne couvre aucune des ${asked} compétences demandées.`,
          en: `The offer covers none of the ${asked} skills asked for.`,
        }
      : {
          fr: `L'offre ne couvre directement aucune des ${asked} compétences demandées, mais ${relatedFr}.`,
          en: `The offer covers none of the ${asked} skills asked for directly, but ${relatedEn}.`,
        };
  }
  return {
    fr: `L'offre couvre ${exact} des ${asked} compétences demandées${related === 0 ? '' : `, et ${relatedFr}`}.`,
    en: `The offer covers ${exact} of the ${asked} skills asked for${related === 0 ? '' : `, and ${relatedEn}`}.`,
  };
}
