import type { GranularFilterableAttribute, Settings } from 'meilisearch';

/** The indexes we keep; their uids are these names behind the configured prefix. */
export const INDEX_NAMES = ['needs', 'offers', 'organizations', 'skills'] as const;
export type IndexName = (typeof INDEX_NAMES)[number];

/** The embedder of needs, offers and organizations: vectors the worker computes (libs/semantic) and gives with each document. */
export const EMBEDDER = 'semantic';
const EMBEDDERS = { [EMBEDDER]: { source: 'userProvided' as const, dimensions: 512 } };

/** Listings show facet counts for these (offers: the countries a person can go to). */
export const FACETS = {
  needs: ['country', 'mechanisms', 'workMode', 'skills'],
  offers: ['countries', 'mechanisms', 'workModes', 'skills'],
  organizations: ['kind', 'country'],
  skills: [],
} as const satisfies Record<IndexName, readonly string[]>;

/** Equality only (no range index to build), no facet search: codes, ids and flags. */
const equality = (attributePatterns: string[]): GranularFilterableAttribute => ({
  attributePatterns,
  features: { facetSearch: false, filter: { equality: true, comparison: false } },
});
/** Numbers compared with <, >=, TO: dates as day numbers, effort, publication time. */
const comparison = (attributePatterns: string[]): GranularFilterableAttribute => ({
  attributePatterns,
  features: { facetSearch: false, filter: { equality: true, comparison: true } },
});

const TYPOS = {
  enabled: true,
  minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
  disableOnNumbers: true,
  disableOnAttributes: [],
  disableOnWords: [],
};

/** Relevance first; among equals, the most recently published. */
const POSTING_RANKING = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'publishedAt:desc'];

const FACETING = { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' as const } };

/** `translations` last: the catalog's synonyms of the document's words (SynonymExpansion), which Meilisearch would be slow to apply to queries. */
const postingSearchable = ['title', 'skillLabels', 'keywords', 'description', 'organization.name', 'city', 'region', 'translations'];

/**
 * The full settings of each index. Sent whole every time, so applying them again is a no-op
 * for Meilisearch, and a setting removed here is reset there. No synonyms: documents carry
 * them as words of their own (`translations`).
 */
export function indexSettings(index: IndexName): Settings {
  switch (index) {
    case 'needs':
      return {
        searchableAttributes: postingSearchable,
        filterableAttributes: [
          equality(['status', 'country', 'workMode', 'mechanisms', 'languages', 'skills', 'matchSkills', 'terms', 'organization.id', 'organization.kind']),
          comparison(['startDay', 'endDay', 'effortDays', 'publishedAt']),
        ],
        sortableAttributes: ['publishedAt', 'startDay', 'effortDays'],
        rankingRules: POSTING_RANKING,
        typoTolerance: TYPOS,
        synonyms: {},
        faceting: FACETING,
        embedders: EMBEDDERS,
      };
    case 'offers':
      return {
        searchableAttributes: postingSearchable,
        filterableAttributes: [
          equality(['status', 'country', 'countries', 'anywhere', 'workModes', 'mechanisms', 'languages', 'skills', 'matchSkills', 'terms', 'organization.id', 'organization.kind']),
          comparison(['fromDay', 'toDay', 'effortDays', 'publishedAt']),
        ],
        sortableAttributes: ['publishedAt', 'fromDay', 'effortDays'],
        rankingRules: POSTING_RANKING,
        typoTolerance: TYPOS,
        synonyms: {},
        faceting: FACETING,
        embedders: EMBEDDERS,
      };
    case 'organizations':
      return {
        searchableAttributes: ['name', 'city', 'region', 'description', 'translations'],
        filterableAttributes: [equality(['kind', 'country', 'generalInterest'])],
        sortableAttributes: ['name'],
        rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'name:asc'],
        typoTolerance: TYPOS,
        synonyms: {},
        faceting: FACETING,
        embedders: EMBEDDERS,
      };
    case 'skills':
      // Both languages are in each document.
      return {
        searchableAttributes: ['labelFr', 'labelEn', 'altLabelsFr', 'altLabelsEn'],
        filterableAttributes: [equality(['type'])],
        sortableAttributes: [],
        rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness'],
        typoTolerance: TYPOS,
        synonyms: {},
        faceting: FACETING,
      };
  }
}
