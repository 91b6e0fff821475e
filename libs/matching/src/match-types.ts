import type { MechanismCode, WorkMode } from '@relais/domain';

/** The fields of a need that matching reads; built by the worker from the row and its host. */
export type MatchableNeed = {
  id: string;
  /** Catalog skill ids (ESCO uuids) the poster picked. */
  skills: string[];
  /** Catalog skills its title and description name, besides the picked ones (they weigh less). */
  textSkills?: string[];
  /** ISO 639-1 codes. */
  languages: string[];
  /** ISO 3166-1 alpha-2: where the mission happens. */
  country: string;
  city: string | null;
  /** The host organization's region (e.g. 'Bretagne'), may be null. */
  region: string | null;
  workMode: WorkMode;
  /** YYYY-MM-DD, both included. */
  startDate: string;
  endDate: string;
  effortDays: number;
  mechanisms: MechanismCode[];
};

/** The fields of an offer that matching reads; location fields are the provider organization's. */
export type MatchableOffer = {
  id: string;
  skills: string[];
  languages: string[];
  /** YYYY-MM-DD; availableTo null means open-ended. */
  availableFrom: string;
  availableTo: string | null;
  effortDays: number;
  workModes: WorkMode[];
  /** Countries the person can travel to; [] means anywhere. */
  countries: string[];
  mechanisms: MechanismCode[];
  country: string;
  region: string | null;
  city: string | null;
};

/**
 * Skill id -> ids of its DIRECT broader skills or groups in the catalog, and of the fields of
 * work it belongs to (groups too: two skills of one field are related). Pass one level only:
 * with every ancestor, two skills would always "share" a top group of ESCO and all be related.
 */
export type SkillRelations = ReadonlyMap<string, readonly string[]>;

export type HardConstraint = 'mechanism' | 'dates' | 'language' | 'place';

/** `taxEstimate`: the provider's tax reduction, from its pay band; shown to the provider's side only (reasonsForSide). */
export type ReasonFactor = 'skills' | 'text' | 'meaning' | 'dates' | 'effort' | 'language' | 'proximity' | 'mechanisms' | 'taxEstimate';
/** Factors of the lexical score; `meaning` is blended in apart, when both texts are embedded. */
export type WeightedFactor = Exclude<ReasonFactor, 'meaning' | 'mechanisms' | 'taxEstimate'>;

/** One line of the explanation shown to users. `value` is in [0,1]; score = sum of weight x value. */
export type MatchReason = { factor: ReasonFactor; weight: number; value: number; text: { fr: string; en: string } };

/** `mechanisms`: the mechanisms both sides can use, in the order of MECHANISM_CODES. */
export type MatchResult = { score: number; reasons: MatchReason[]; mechanisms: MechanismCode[] };

/** A factor's value and its sentences, before weighting. */
export type FactorOutcome = { value: number; text: { fr: string; en: string } };
