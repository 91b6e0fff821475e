import {
  COUNTRY_CODES,
  isIsoDate,
  LANGUAGE_CODES,
  MECHANISM_CODES,
  ORGANIZATION_KINDS,
  WORK_MODES,
  type MechanismCode,
  type OrganizationKind,
  type WorkMode,
} from '@relais/domain';
import { dayNumber, OPEN_ENDED_DAY } from './documents';

/**
 * Meilisearch filter expressions, built ONLY from values checked against a closed list or a
 * strict pattern: whatever reaches a filter string cannot carry an operator. A bad value throws
 * SearchFilterError (the API maps it to a 400 naming the field) instead of being dropped, so a
 * typo never silently widens a search.
 */

declare const filterBrand: unique symbol;
/** A filter expression made by this file; SearchIndex takes nothing else. */
export type SearchFilter = string & { readonly [filterBrand]: true };

export class SearchFilterError extends Error {
  override name = 'SearchFilterError';
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_LIST = 50;

const described = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value);

function oneOf<T extends string>(field: string, allowed: ReadonlySet<string> | readonly T[], value: unknown): T {
  const set: ReadonlySet<string> = allowed instanceof Set ? allowed : new Set(allowed as readonly string[]);
  if (typeof value !== 'string' || !set.has(value)) throw new SearchFilterError(field, `${described(value)} is not an accepted value`);
  return value as T;
}

export const checkCountry = (value: unknown, field = 'country') => oneOf<string>(field, COUNTRY_CODES, value);
export const checkLanguage = (value: unknown, field = 'language') => oneOf<string>(field, LANGUAGE_CODES, value);
export const checkMechanism = (value: unknown, field = 'mechanism') => oneOf<MechanismCode>(field, MECHANISM_CODES, value);
export const checkWorkMode = (value: unknown, field = 'workMode') => oneOf<WorkMode>(field, WORK_MODES, value);
export const checkKind = (value: unknown, field = 'kind') => oneOf<OrganizationKind>(field, ORGANIZATION_KINDS, value);

export function checkUuid(value: unknown, field = 'id'): string {
  if (typeof value !== 'string' || !UUID.test(value)) throw new SearchFilterError(field, `${described(value)} is not a uuid`);
  return value.toLowerCase();
}

export function checkDate(value: unknown, field = 'date'): string {
  if (typeof value !== 'string' || !isIsoDate(value)) throw new SearchFilterError(field, `${described(value)} is not a YYYY-MM-DD date`);
  return value;
}

function checkList<T>(field: string, values: unknown, check: (value: unknown, field: string) => T): T[] {
  if (!Array.isArray(values)) throw new SearchFilterError(field, 'must be a list');
  if (values.length > MAX_LIST) throw new SearchFilterError(field, `must not list more than ${MAX_LIST} values`);
  return [...new Set(values.map((value, i) => check(value, `${field}.${i}`)))];
}

/**
 * Double-quoted filter value. Checked values never hold a quote or a backslash; escaping them
 * anyway keeps this function safe on its own.
 */
export const quote = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
const list = (values: readonly string[]) => `[${values.map(quote).join(', ')}]`;
const and = (clauses: string[]) => clauses.map((c) => (/ OR /.test(c) ? `(${c})` : c)).join(' AND ');
const brand = (expression: string) => expression as SearchFilter;

/** Matches no document: used when a required list (mechanisms, languages...) is empty. */
const NOTHING = 'status = "none"';
const OPEN = 'status = "open"';

export type NeedsListingFilters = { country?: string; mechanism?: string; workMode?: string; skills?: readonly string[] };
export type OffersListingFilters = NeedsListingFilters;
export type OrganizationsFilters = { kind?: string; country?: string };

/** Public listing of needs: open ones only, whatever else is asked. */
export function needsListingFilter(filters: NeedsListingFilters = {}): SearchFilter {
  const clauses = [OPEN];
  if (filters.country !== undefined) clauses.push(`country = ${quote(checkCountry(filters.country))}`);
  if (filters.mechanism !== undefined) clauses.push(`mechanisms = ${quote(checkMechanism(filters.mechanism))}`);
  if (filters.workMode !== undefined) clauses.push(`workMode = ${quote(checkWorkMode(filters.workMode))}`);
  if (filters.skills?.length) clauses.push(`skills IN ${list(checkList('skills', filters.skills, checkUuid))}`);
  return brand(and(clauses));
}

/** Public listing of offers: open ones only; a country keeps offers that can go there (or anywhere). */
export function offersListingFilter(filters: OffersListingFilters = {}): SearchFilter {
  const clauses = [OPEN];
  if (filters.country !== undefined) clauses.push(`anywhere = true OR countries = ${quote(checkCountry(filters.country))}`);
  if (filters.mechanism !== undefined) clauses.push(`mechanisms = ${quote(checkMechanism(filters.mechanism))}`);
  if (filters.workMode !== undefined) clauses.push(`workModes = ${quote(checkWorkMode(filters.workMode))}`);
  if (filters.skills?.length) clauses.push(`skills IN ${list(checkList('skills', filters.skills, checkUuid))}`);
  return brand(and(clauses));
}

/** An ESCO id: a skill's uuid or a skill group's code (e.g. 0411, S1.2.3). */
const ESCO_ID = /^[0-9A-Za-z][0-9A-Za-z.-]{0,39}$/;
export function checkEscoId(value: unknown, field = 'id'): string {
  if (typeof value !== 'string' || !ESCO_ID.test(value)) throw new SearchFilterError(field, `${described(value)} is not an ESCO id`);
  return value;
}

/** Narrows a filter to documents sharing at least one of these match keys (skills, picked or named by the text, and their broader groups). */
export function withSharedSkills(filter: SearchFilter, keys: readonly string[]): SearchFilter {
  return brand(`(${filter}) AND matchSkills IN ${list(checkList('skills', keys, checkEscoId))}`);
}

/** A term of TextSkills.terms: one word of letters and digits (a stem, folded). */
const TERM = /^[\p{Ll}\p{Lo}\p{N}]{1,60}$/u;
export function checkTerm(value: unknown, field = 'term'): string {
  if (typeof value !== 'string' || !TERM.test(value)) throw new SearchFilterError(field, `${described(value)} is not a term`);
  return value;
}

/** Narrows a filter to documents whose text has this term (see TextSkills.terms). */
export function withTerm(filter: SearchFilter, term: string): SearchFilter {
  return brand(`(${filter}) AND terms = ${quote(checkTerm(term))}`);
}

/** Directory of organizations; undefined when nothing is asked (Meilisearch takes no filter). */
export function organizationsFilter(filters: OrganizationsFilters = {}): SearchFilter | undefined {
  const clauses: string[] = [];
  if (filters.kind !== undefined) clauses.push(`kind = ${quote(checkKind(filters.kind))}`);
  if (filters.country !== undefined) clauses.push(`country = ${quote(checkCountry(filters.country))}`);
  return clauses.length ? brand(and(clauses)) : undefined;
}

/** What stage 1 reads of a need (a Need row fits). */
export type CandidateNeed = {
  mechanisms: readonly string[];
  languages: readonly string[];
  country: string;
  workMode: string;
  startDate: string;
  endDate: string;
};

/** What stage 1 reads of an offer (an Offer row fits). */
export type CandidateOffer = {
  mechanisms: readonly string[];
  languages: readonly string[];
  countries: readonly string[];
  workModes: readonly string[];
  availableFrom: string;
  availableTo: string | null;
};

const AT_DISTANCE: WorkMode[] = ['remote', 'hybrid'];
const ON_SITE: WorkMode[] = ['onsite', 'hybrid'];

/**
 * Open offers that can carry this need: a shared mechanism, overlapping dates, a shared
 * language, and a compatible place (both sides accept distance work, or the offer can go to
 * the need's country and accepts on-site work). Same rules as @relais/matching's hard constraints.
 */
export function offerCandidatesFilter(need: CandidateNeed): SearchFilter {
  const mechanisms = checkList('need.mechanisms', need.mechanisms, checkMechanism);
  const languages = checkList('need.languages', need.languages, checkLanguage);
  const country = checkCountry(need.country, 'need.country');
  const workMode = checkWorkMode(need.workMode, 'need.workMode');
  const start = dayNumber(checkDate(need.startDate, 'need.startDate'));
  const end = dayNumber(checkDate(need.endDate, 'need.endDate'));
  if (!mechanisms.length || !languages.length) return brand(NOTHING);

  const place = [`(anywhere = true OR countries = ${quote(country)}) AND workModes IN ${list(ON_SITE)}`];
  if (workMode !== 'onsite') place.unshift(`workModes IN ${list(AT_DISTANCE)}`);
  return brand(
    and([
      OPEN,
      `mechanisms IN ${list(mechanisms)}`,
      `fromDay <= ${end}`,
      `toDay >= ${start}`,
      `languages IN ${list(languages)}`,
      place.length === 1 ? place[0] : place.map((clause) => `(${clause})`).join(' OR '),
    ]),
  );
}

/** Open needs this offer can carry; the mirror of offerCandidatesFilter. */
export function needCandidatesFilter(offer: CandidateOffer): SearchFilter {
  const mechanisms = checkList('offer.mechanisms', offer.mechanisms, checkMechanism);
  const languages = checkList('offer.languages', offer.languages, checkLanguage);
  const countries = checkList('offer.countries', offer.countries, checkCountry);
  const workModes = checkList('offer.workModes', offer.workModes, checkWorkMode);
  const from = dayNumber(checkDate(offer.availableFrom, 'offer.availableFrom'));
  const to = offer.availableTo === null ? OPEN_ENDED_DAY : dayNumber(checkDate(offer.availableTo, 'offer.availableTo'));
  if (!mechanisms.length || !languages.length) return brand(NOTHING);

  const atDistance = workModes.some((mode) => AT_DISTANCE.includes(mode));
  const canTravel = workModes.some((mode) => ON_SITE.includes(mode));
  // An offer that goes anywhere on site accepts every need's place: no clause.
  const place =
    canTravel && countries.length === 0
      ? []
      : [
          ...(atDistance ? [`workMode IN ${list(AT_DISTANCE)}`] : []),
          ...(canTravel ? [`country IN ${list(countries)}`] : []),
        ];
  if (!atDistance && !canTravel) return brand(NOTHING);
  return brand(
    and([
      OPEN,
      `mechanisms IN ${list(mechanisms)}`,
      `startDay <= ${to}`,
      `endDay >= ${from}`,
      `languages IN ${list(languages)}`,
      ...(place.length ? [place.join(' OR ')] : []),
    ]),
  );
}
