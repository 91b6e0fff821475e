export {
  dayNumber,
  LISTED_FIELDS,
  needDocument,
  offerDocument,
  OPEN_ENDED_DAY,
  organizationDocument,
  skillDocument,
  skillLabels,
  type FromText,
  type IndexableNeed,
  type IndexableOffer,
  type LabelledSkill,
  type ListedOf,
  type NeedDocument,
  type OfferDocument,
  type OrganizationDocument,
  type OrganizationSummary,
  type PostingOrganization,
  type SkillDocument,
} from './documents';
export {
  checkCountry,
  checkDate,
  checkKind,
  checkLanguage,
  checkMechanism,
  checkUuid,
  checkWorkMode,
  needCandidatesFilter,
  needsListingFilter,
  offerCandidatesFilter,
  offersListingFilter,
  organizationsFilter,
  SearchFilterError,
  withSharedSkills,
  withTerm,
  checkTerm,
  type CandidateNeed,
  type CandidateOffer,
  type NeedsListingFilters,
  type OffersListingFilters,
  type OrganizationsFilters,
  type SearchFilter,
} from './filters';
export { FACETS, INDEX_NAMES, indexSettings, type IndexName } from './index-settings';
export { progressLine } from './reindex-progress';
export { meilisearchAnswers, meilisearchBinary, startLocalMeilisearch, type LocalMeilisearchOptions, type RunningMeilisearch } from './local-meilisearch';
export {
  LISTING_MIN_MEANING,
  SearchIndex,
  SearchTaskError,
  type Candidate,
  type DocumentOf,
  type FacetCounts,
  type PageRequest,
  type QueryMeaning,
  type SearchIndexOptions,
  type SearchPage,
  type SkillHit,
} from './search-index';
export { SearchModule } from './search.module';
export { buildSynonyms, DEFAULT_SYNONYM_OPTIONS, type SynonymOptions, type SynonymSource } from './synonyms';
export { MeilisearchAnswerError } from './undici-http-client';
