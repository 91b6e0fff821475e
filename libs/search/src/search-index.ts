import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Meilisearch, type FederatedMultiSearchParams, type RecordAny, type SearchParams, type Task } from 'meilisearch';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent } from 'undici';
import type { Locale } from '@relais/domain';
import { LISTED_FIELDS, type ListedOf, type NeedDocument, type OfferDocument, type OrganizationDocument, type SkillDocument } from './documents';
import {
  needsListingFilter,
  offersListingFilter,
  organizationsFilter,
  withSharedSkills,
  withTerm,
  SearchFilterError,
  type NeedsListingFilters,
  type OffersListingFilters,
  type OrganizationsFilters,
  type SearchFilter,
} from './filters';
import { EMBEDDER, FACETS, INDEX_NAMES, indexSettings, type IndexName } from './index-settings';
import { undiciHttpClient } from './undici-http-client';

export type SearchIndexOptions = {
  url: string;
  /** The master key or a key allowed to search, write documents and settings. */
  apiKey?: string;
  /** Put before every index uid (tests use one per run); letters, digits, - and _ only. */
  indexPrefix?: string;
};

export type DocumentOf = {
  needs: NeedDocument;
  offers: OfferDocument;
  organizations: OrganizationDocument;
  skills: SkillDocument;
};

export type PageRequest = { page?: number; pageSize?: number };
export type FacetCounts = Record<string, Record<string, number>>;
export type SearchPage<T> = { items: T[]; page: number; pageSize: number; total: number; facets: FacetCounts };
export type SkillHit = SkillDocument & { label: string };
/**
 * A listing query's meaning: its sentence embedding, and how close in meaning a document must
 * be to be listed without sharing a word with the query (a Meilisearch ranking score: the
 * cosine c gives (1 + c) / 2).
 */
export type QueryMeaning = { vector: readonly number[]; minMeaning?: number };
/** Chosen on the tune halves of both evaluation sets (apps/eval/TUNING.md, "Listing search"). */
export const LISTING_MIN_MEANING = 0.75;

/** A posting found by stage 1: its id, and `_rankingScore` in [0,1], 0 for a candidate the text did not find (see findCandidates). */
export type Candidate = { id: string; _rankingScore: number };

/** A Meilisearch task that ended in another state than "succeeded". */
export class SearchTaskError extends Error {
  override name = 'SearchTaskError';
  constructor(readonly task: Pick<Task, 'uid' | 'status' | 'type' | 'indexUid' | 'error'>) {
    super(`Meilisearch task ${task.uid} (${task.type} on ${task.indexUid}) ${task.status}: ${task.error?.message ?? 'no error given'}`);
  }
}

const MAX_PAGE_SIZE = 100;
const MAX_QUERY_LENGTH = 500;
/** Writes are small batches; settings take under a second, more on a full index. */
const TASK_TIMEOUT_MS = 120_000;
const TASK_POLL_MS = 10;

function pageOf({ page = 1, pageSize = 20 }: PageRequest): { page: number; pageSize: number } {
  if (!Number.isSafeInteger(page) || page < 1 || page > 10_000) throw new SearchFilterError('page', 'must be an integer from 1 to 10000');
  if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new SearchFilterError('pageSize', `must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  return { page, pageSize };
}

/** User text goes to `q` only, never into a filter; Meilisearch reads its first 10 words anyway. */
const queryText = (q: string | undefined) => (q ?? '').trim().slice(0, MAX_QUERY_LENGTH);

/**
 * The one door to Meilisearch: index settings, document writes that wait for their task, the
 * listings' searches and stage-1 matching candidates. Index uids are `${prefix}${name}`.
 */
@Injectable()
export class SearchIndex implements OnModuleDestroy {
  private readonly logger = new Logger(SearchIndex.name);
  private readonly agent = new Agent({ keepAliveTimeout: 10_000, connections: 32 });
  private readonly client: Meilisearch;
  readonly prefix: string;

  constructor(options: SearchIndexOptions) {
    this.prefix = options.indexPrefix ?? '';
    if (!/^[A-Za-z0-9_-]*$/.test(this.prefix)) throw new Error('indexPrefix: letters, digits, - and _ only');
    this.client = new Meilisearch({
      host: options.url,
      apiKey: options.apiKey || undefined,
      httpClient: undiciHttpClient(this.agent),
      timeout: 15_000,
    });
  }

  uid(index: IndexName): string {
    return `${this.prefix}${index}`;
  }

  /**
   * Creates missing indexes and sends every index's full settings. Idempotent: settings equal
   * to the current ones are a quick no-op task.
   */
  async applySettings(): Promise<{ durationMs: number }> {
    const started = Date.now();
    for (const index of INDEX_NAMES) {
      await this.createIfMissing(this.uid(index));
      await this.succeeded(this.client.index(this.uid(index)).updateSettings(indexSettings(index)));
    }
    const durationMs = Date.now() - started;
    this.logger.log(`Settings applied to ${INDEX_NAMES.length} indexes in ${durationMs} ms`);
    return { durationMs };
  }

  /** Adds or replaces whole documents by id; resolves once Meilisearch has indexed them. */
  async upsert<I extends IndexName>(index: I, documents: readonly DocumentOf[I][]): Promise<void> {
    await (await this.startUpsert(index, documents))();
  }

  /**
   * Sends the documents and resolves once Meilisearch has queued them, with a function that
   * waits until they are indexed (tens of milliseconds to seconds, on a busy index): the caller
   * can do something else meanwhile, then call it.
   */
  async startUpsert<I extends IndexName>(index: I, documents: readonly DocumentOf[I][]): Promise<() => Promise<void>> {
    if (!documents.length) return async () => undefined;
    const { taskUid } = await this.client.index<DocumentOf[I]>(this.uid(index)).addDocuments([...documents], { primaryKey: 'id' });
    return async () => void (await this.succeeded(Promise.resolve({ taskUid })));
  }

  /** Deletes documents by id (unknown ids are fine); resolves once done. */
  async remove(index: IndexName, ids: readonly string[]): Promise<void> {
    await (await this.startRemove(index, ids))();
  }

  /** As startUpsert, for a deletion. */
  async startRemove(index: IndexName, ids: readonly string[]): Promise<() => Promise<void>> {
    if (!ids.length) return async () => undefined;
    const { taskUid } = await this.client.index(this.uid(index)).deleteDocuments([...ids]);
    return async () => void (await this.succeeded(Promise.resolve({ taskUid })));
  }

  /** Every document id of an index, page by page (the reindex compares them with the database). */
  async *documentIds(index: IndexName, pageSize = 1000): AsyncGenerator<string[]> {
    for (let offset = 0; ; offset += pageSize) {
      const { results } = await this.client.index<{ id: string }>(this.uid(index)).getDocuments({ fields: ['id'], limit: pageSize, offset });
      if (results.length) yield results.map((document) => document.id);
      if (results.length < pageSize) return;
    }
  }

  /** Open needs only, whatever the filters; facets for the listing's filters. */
  async searchNeeds(
    q: string | undefined,
    filters: NeedsListingFilters = {},
    page: PageRequest = {},
    meaning: QueryMeaning | null = null,
  ): Promise<SearchPage<ListedOf['needs']>> {
    return this.searchPage('needs', q, needsListingFilter(filters), page, meaning);
  }

  /** Open offers only; `country` keeps the offers that can go there or anywhere. */
  async searchOffers(
    q: string | undefined,
    filters: OffersListingFilters = {},
    page: PageRequest = {},
    meaning: QueryMeaning | null = null,
  ): Promise<SearchPage<ListedOf['offers']>> {
    return this.searchPage('offers', q, offersListingFilter(filters), page, meaning);
  }

  async searchOrganizations(
    q: string | undefined,
    filters: OrganizationsFilters = {},
    page: PageRequest = {},
    meaning: QueryMeaning | null = null,
  ): Promise<SearchPage<ListedOf['organizations']>> {
    return this.searchPage('organizations', q, organizationsFilter(filters), page, meaning);
  }

  /** Autocomplete over French and English labels, accent- and case-insensitive; `label` is in `locale`. */
  async searchSkills(q: string | undefined, locale: Locale, page: PageRequest = {}): Promise<SearchPage<SkillHit>> {
    const result = await this.searchPage('skills', q, undefined, page);
    return {
      ...result,
      items: result.items.map((skill) => ({ ...skill, label: (locale === 'fr' ? skill.labelFr : skill.labelEn) ?? skill.labelEn })),
    };
  }

  /**
   * Stage 1 of matching: documents of `index` passing `filter` (built by offerCandidatesFilter /
   * needCandidatesFilter), from up to four kinds of search of `limit` each, in this order:
   * - `q` in the texts, with their `_rankingScore`. Meilisearch only returns documents sharing a
   *   word with `q`, so a French need rarely meets an English offer this way;
   * - documents sharing one of `keys.skills` (matchSkills), most recent first;
   * - documents sharing one of `keys.terms` (a posting's most specific terms: English stems,
   *   French words translated), `limit / terms` for each term, most recent first: texts in the
   *   other language. One filter per term, so that each term gets its share (a text search for
   *   several words only returns documents having the last word it keeps);
   * - with `keys.vector` (the posting's sentence embedding), the documents closest in meaning,
   *   whatever their words (documents not embedded yet are not found this way).
   * Documents found by a later search only have a `_rankingScore` of 0.
   */
  async findCandidates(
    index: 'needs' | 'offers',
    q: string,
    filter: SearchFilter,
    limit: number,
    keys: { skills?: readonly string[]; terms?: readonly string[]; vector?: readonly number[] | null } = {},
  ): Promise<Candidate[]> {
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > 1000) throw new SearchFilterError('limit', 'must be an integer from 1 to 1000');
    const indexUid = this.uid(index);
    const queries: (SearchParams & { indexUid: string })[] = [{ indexUid, q: queryText(q), filter, limit, showRankingScore: true }];
    if (keys.skills?.length) queries.push({ indexUid, q: '', filter: withSharedSkills(filter, keys.skills), limit, sort: ['publishedAt:desc'] });
    const terms = keys.terms ?? [];
    for (const term of terms) {
      queries.push({ indexUid, q: '', filter: withTerm(filter, term), limit: Math.ceil(limit / terms.length), sort: ['publishedAt:desc'] });
    }
    // The postings closest in meaning, whether or not they share a word.
    if (keys.vector) queries.push({ indexUid, vector: [...keys.vector], hybrid: { embedder: EMBEDDER, semanticRatio: 1 }, filter, limit });
    // The text query costs most: it goes alone, at the same time as the others, which
    // Meilisearch then answers on its other threads.
    // Matching reads the candidates from PostgreSQL: their ids are all it needs of the index.
    const search = (some: typeof queries) =>
      this.client.multiSearch<{ queries: typeof queries }, { id: string }>({ queries: some.map((query) => ({ ...query, attributesToRetrieve: ['id'] })) });
    const [{ results: [byText] }, { results: others }] = await Promise.all([search(queries.slice(0, 1)), queries.length > 1 ? search(queries.slice(1)) : { results: [] }]);
    const candidates = new Map(byText.hits.map((hit) => [hit.id, { ...hit, _rankingScore: hit._rankingScore ?? 0 }]));
    for (const hit of others.flatMap((result) => result.hits)) if (!candidates.has(hit.id)) candidates.set(hit.id, { ...hit, _rankingScore: 0 });
    return [...candidates.values()];
  }

  /** How many documents the index holds. */
  async count(index: IndexName): Promise<number> {
    return (await this.client.index(this.uid(index)).getStats()).numberOfDocuments;
  }

  async health(): Promise<{ status: 'available' } | { status: 'unavailable'; reason: string }> {
    try {
      await this.client.health();
      return { status: 'available' };
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause;
      return { status: 'unavailable', reason: cause instanceof Error ? cause.message : String(error) };
    }
  }

  /** Closes the kept-alive connections. */
  async close(): Promise<void> {
    await this.agent.close();
  }

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }

  private async searchPage<I extends IndexName>(
    index: I,
    q: string | undefined,
    filter: SearchFilter | undefined,
    request: PageRequest,
    meaning: QueryMeaning | null = null,
  ): Promise<SearchPage<ListedOf[I]>> {
    const { page, pageSize } = pageOf(request);
    const facets: string[] = [...FACETS[index]];
    const text = queryText(q);
    if (meaning && text) return this.searchWordsAndMeaning(index, text, filter, { page, pageSize }, facets, meaning);
    const response = await this.client.index<ListedOf[I] & RecordAny>(this.uid(index)).search(text, {
      filter,
      page,
      hitsPerPage: pageSize,
      attributesToRetrieve: [...LISTED_FIELDS[index]],
      ...(facets.length ? { facets } : {}),
    });
    return { items: response.hits, page, pageSize, total: response.totalHits, facets: response.facetDistribution ?? {} };
  }

  /**
   * The documents sharing the query's words, and those close enough to it in meaning
   * (`minMeaning`, a ranking score), in one list ranked by score: a federated search, in which
   * a document found both ways appears once.
   */
  private async searchWordsAndMeaning<I extends IndexName>(
    index: I,
    text: string,
    filter: SearchFilter | undefined,
    { page, pageSize }: { page: number; pageSize: number },
    facets: string[],
    { vector, minMeaning = LISTING_MIN_MEANING }: QueryMeaning,
  ): Promise<SearchPage<ListedOf[I]>> {
    const indexUid = this.uid(index);
    const attributesToRetrieve = [...LISTED_FIELDS[index]];
    const response = await this.client.multiSearch<FederatedMultiSearchParams, ListedOf[I]>({
      federation: { offset: (page - 1) * pageSize, limit: pageSize, ...(facets.length ? { facetsByIndex: { [indexUid]: facets }, mergeFacets: {} } : {}) },
      queries: [
        { indexUid, q: text, filter, attributesToRetrieve },
        { indexUid, vector: [...vector], hybrid: { embedder: EMBEDDER, semanticRatio: 1 }, filter, rankingScoreThreshold: minMeaning, attributesToRetrieve },
      ],
    });
    const items = response.hits.map(({ _federation: _, ...hit }) => hit as unknown as ListedOf[I]);
    return { items, page, pageSize, total: response.estimatedTotalHits ?? items.length, facets: response.facetDistribution ?? {} };
  }

  private async createIfMissing(uid: string): Promise<void> {
    try {
      await this.client.getRawIndex(uid);
      return;
    } catch (error) {
      // The client wraps our transport's error: the answer's code is one `cause` down.
      if ((error as { cause?: { code?: string } }).cause?.code !== 'index_not_found') throw error;
    }
    const created = await this.finished(this.client.createIndex(uid, { primaryKey: 'id' }));
    // Another process may have created it in between.
    if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') throw new SearchTaskError(created);
  }

  private async succeeded(enqueued: PromiseLike<{ taskUid: number }>): Promise<Task> {
    const done = await this.finished(enqueued);
    if (done.status !== 'succeeded') throw new SearchTaskError(done);
    return done;
  }

  /**
   * Polls the task until Meilisearch has processed it. The client's own wait leaves its
   * two-minute timeout timer running when a poll fails (the server gone), which kept processes
   * alive that long after closing; this loop leaves no timer behind.
   */
  private async finished(enqueued: PromiseLike<{ taskUid: number }>): Promise<Task> {
    const { taskUid } = await enqueued;
    const deadline = Date.now() + TASK_TIMEOUT_MS;
    for (;;) {
      const task = await this.client.tasks.getTask(taskUid);
      if (task.status !== 'enqueued' && task.status !== 'processing') return task;
      if (Date.now() > deadline) throw new Error(`Meilisearch task ${taskUid} still ${task.status} after ${TASK_TIMEOUT_MS} ms`);
      await sleep(TASK_POLL_MS);
    }
  }
}
