import type { MechanismCode, OrganizationKind, PostingStatus, SkillType, WorkMode } from '@relais/domain';
import type { Need, Offer, Organization, Skill } from '@relais/database';
import { EMBEDDER } from './index-settings';
import { catalogSynonyms } from './synonyms';

/**
 * What goes into Meilisearch: what the public listing shows plus the fields filters need.
 * Never personal data: no user ids (createdById), e-mails or names of people.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 of a YYYY-MM-DD date: a number Meilisearch can compare. */
export const dayNumber = (isoDate: string): number => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

/** The day number of 9999-12-31, standing for "no end" of an open-ended availability. */
export const OPEN_ENDED_DAY = dayNumber('9999-12-31');

const unixSeconds = (date: Date | null): number | null => (date ? Math.floor(date.getTime() / 1000) : null);

export type OrganizationSummary = { id: string; name: string; kind: OrganizationKind; country: string };

type PostingDocument = {
  id: string;
  title: string;
  description: string;
  keywords: string[];
  /** Catalog skill ids. */
  skills: string[];
  /** The picked skills plus TextSkills.matchKeys (skills the text names, broader groups): what matching's stage 1 filters on. */
  matchSkills: string[];
  /** French and English labels of those skills, so a query in either language finds the posting. */
  skillLabels: string[];
  /** The catalog's synonyms of the words above (labels in the other language, SynonymExpansion), searched as words of the posting. */
  translations: string[];
  /** TextSkills.terms: the text as English stems (French words translated), for stage 1 across languages. */
  terms: string[];
  status: PostingStatus;
  mechanisms: MechanismCode[];
  languages: string[];
  effortDays: number;
  /** Unix seconds. */
  publishedAt: number | null;
  /** Where the organization is based (region and city of the organization). */
  region: string | null;
  organization: OrganizationSummary;
  /** The text's sentence embedding (null until the worker has computed it); never returned by searches. */
  _vectors: { [EMBEDDER]: number[] | null };
};

export type NeedDocument = PostingDocument & {
  /** Where the mission takes place. */
  country: string;
  city: string | null;
  workMode: WorkMode;
  startDate: string;
  endDate: string;
  startDay: number;
  endDay: number;
};

export type OfferDocument = PostingDocument & {
  /** The provider organization's country and city. */
  country: string;
  city: string | null;
  /** Countries the person can go to; `anywhere` is true when the offer lists none. */
  countries: string[];
  anywhere: boolean;
  workModes: WorkMode[];
  availableFrom: string;
  availableTo: string | null;
  fromDay: number;
  /** OPEN_ENDED_DAY when the availability has no end. */
  toDay: number;
};

export type OrganizationDocument = {
  id: string;
  name: string;
  kind: OrganizationKind;
  country: string;
  region: string | null;
  city: string | null;
  description: string;
  /** As a posting's `translations`. */
  translations: string[];
  website: string | null;
  generalInterest: boolean;
  /** Checked by a platform admin. */
  verified: boolean;
  /** The presentation's sentence embedding, null until the worker has computed it. */
  _vectors: { [EMBEDDER]: number[] | null };
};

export type SkillDocument = {
  id: string;
  type: SkillType;
  labelEn: string;
  labelFr: string | null;
  altLabelsEn: string[];
  altLabelsFr: string[];
};

/**
 * What a listing returns of each index's documents: not what only searches and matching read
 * (matchSkills, terms, translations, day numbers, the embedding), which would weigh on every page.
 */
export const LISTED_FIELDS = {
  needs: ['id', 'title', 'description', 'keywords', 'skills', 'skillLabels', 'status', 'mechanisms', 'languages', 'effortDays', 'publishedAt', 'region', 'organization', 'country', 'city', 'workMode', 'startDate', 'endDate'],
  offers: ['id', 'title', 'description', 'keywords', 'skills', 'skillLabels', 'status', 'mechanisms', 'languages', 'effortDays', 'publishedAt', 'region', 'organization', 'country', 'city', 'countries', 'workModes', 'availableFrom', 'availableTo'],
  organizations: ['id', 'name', 'kind', 'country', 'region', 'city', 'description', 'website', 'generalInterest', 'verified'],
  skills: ['id', 'type', 'labelEn', 'labelFr', 'altLabelsEn', 'altLabelsFr'],
} as const satisfies {
  needs: readonly (keyof NeedDocument)[];
  offers: readonly (keyof OfferDocument)[];
  organizations: readonly (keyof OrganizationDocument)[];
  skills: readonly (keyof SkillDocument)[];
};

/** A document as listings return it, for each index. */
export type ListedOf = {
  needs: Pick<NeedDocument, (typeof LISTED_FIELDS.needs)[number]>;
  offers: Pick<OfferDocument, (typeof LISTED_FIELDS.offers)[number]>;
  organizations: Pick<OrganizationDocument, (typeof LISTED_FIELDS.organizations)[number]>;
  skills: SkillDocument;
};

export type PostingOrganization = Pick<Organization, 'id' | 'name' | 'kind' | 'country' | 'region' | 'city'>;
export type LabelledSkill = Pick<Skill, 'id' | 'labelEn' | 'labelFr'>;
type PostingFields = 'id' | 'title' | 'description' | 'keywords' | 'skills' | 'status' | 'mechanisms' | 'languages' | 'effortDays' | 'publishedAt';
export type IndexableNeed = Pick<Need, PostingFields | 'country' | 'city' | 'workMode' | 'startDate' | 'endDate'>;
export type IndexableOffer = Pick<Offer, PostingFields | 'countries' | 'workModes' | 'availableFrom' | 'availableTo'>;

/** French then English label of each of the posting's skills, in the posting's order, without repeats. */
export function skillLabels(skillIds: readonly string[], skills: readonly LabelledSkill[]): string[] {
  const byId = new Map(skills.map((skill) => [skill.id, skill]));
  const labels = skillIds.flatMap((id) => {
    const skill = byId.get(id);
    return skill ? [skill.labelFr, skill.labelEn].filter((label): label is string => !!label) : [];
  });
  return [...new Set(labels)];
}

function postingFields(
  posting: Pick<Need, PostingFields>,
  organization: PostingOrganization,
  skills: readonly LabelledSkill[],
  fromText: FromText,
): PostingDocument {
  const labels = skillLabels(posting.skills, skills);
  return {
    id: posting.id,
    title: posting.title,
    description: posting.description,
    keywords: [...posting.keywords],
    skills: [...posting.skills],
    matchSkills: [...new Set([...posting.skills, ...fromText.matchSkills])],
    skillLabels: labels,
    translations: catalogSynonyms().of([posting.title, ...labels, ...posting.keywords, posting.description, organization.name]),
    terms: [...fromText.terms],
    status: posting.status,
    mechanisms: [...posting.mechanisms],
    languages: [...posting.languages],
    effortDays: posting.effortDays,
    publishedAt: unixSeconds(posting.publishedAt),
    region: organization.region,
    organization: { id: organization.id, name: organization.name, kind: organization.kind, country: organization.country },
    _vectors: { [EMBEDDER]: fromText.vector ? [...fromText.vector] : null },
  };
}

/**
 * What the worker reads in a posting's text (TextSkills): `matchSkills` = matchKeys (skills the
 * text names and broader groups), `terms` = terms; and its sentence embedding, when computed.
 */
export type FromText = { matchSkills: readonly string[]; terms: readonly string[]; vector?: readonly number[] | null };
const NOTHING_FROM_TEXT: FromText = { matchSkills: [], terms: [] };

/** `skills`: catalog rows of (at least) the need's skills; others are ignored. */
export function needDocument(
  need: IndexableNeed,
  organization: PostingOrganization,
  skills: readonly LabelledSkill[] = [],
  fromText: FromText = NOTHING_FROM_TEXT,
): NeedDocument {
  return {
    ...postingFields(need, organization, skills, fromText),
    country: need.country,
    city: need.city,
    workMode: need.workMode,
    startDate: need.startDate,
    endDate: need.endDate,
    startDay: dayNumber(need.startDate),
    endDay: dayNumber(need.endDate),
  };
}

export function offerDocument(
  offer: IndexableOffer,
  organization: PostingOrganization,
  skills: readonly LabelledSkill[] = [],
  fromText: FromText = NOTHING_FROM_TEXT,
): OfferDocument {
  return {
    ...postingFields(offer, organization, skills, fromText),
    country: organization.country,
    city: organization.city,
    countries: [...offer.countries],
    anywhere: offer.countries.length === 0,
    workModes: [...offer.workModes],
    availableFrom: offer.availableFrom,
    availableTo: offer.availableTo,
    fromDay: dayNumber(offer.availableFrom),
    toDay: offer.availableTo === null ? OPEN_ENDED_DAY : dayNumber(offer.availableTo),
  };
}

export function organizationDocument(
  organization: Pick<Organization, 'id' | 'name' | 'kind' | 'country' | 'region' | 'city' | 'description' | 'website' | 'generalInterest' | 'verifiedAt'>,
  vector: readonly number[] | null = null,
): OrganizationDocument {
  return {
    id: organization.id,
    name: organization.name,
    kind: organization.kind,
    country: organization.country,
    region: organization.region,
    city: organization.city,
    description: organization.description,
    translations: catalogSynonyms().of([organization.name, organization.description]),
    website: organization.website,
    generalInterest: organization.generalInterest,
    verified: organization.verifiedAt !== null,
    _vectors: { [EMBEDDER]: vector ? [...vector] : null },
  };
}

export function skillDocument(skill: Pick<Skill, 'id' | 'type' | 'labelEn' | 'labelFr' | 'altLabelsEn' | 'altLabelsFr'>): SkillDocument {
  return {
    id: skill.id,
    type: skill.type,
    labelEn: skill.labelEn,
    labelFr: skill.labelFr,
    altLabelsEn: [...skill.altLabelsEn],
    altLabelsFr: [...skill.altLabelsFr],
  };
}
