import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { addOutboxEvents, Need, Offer, Skill, Suggestion } from '@relais/database';
import { carryingMechanisms, explainCarrying, scoreMatch, type MatchResult } from '@relais/matching';
import { cosine } from '@relais/semantic';
import { TextSkills } from '@relais/skills-catalog';
import { needCandidatesFilter, offerCandidatesFilter, SearchIndex, type SearchFilter } from '@relais/search';
import type { JobOutcome } from '../jobs/job-handler';
import { SearchSyncService, type Started } from '../search-sync/search-sync.service';
import { TextVectors } from '../semantic/text-vectors';
import { carryingContext, stageOneQuery, toMatchableNeed, toMatchableOffer } from './matchable';
import { worthSuggesting } from './relevance';

/** Stage 1 reads this many candidates from the opposite index, per kind of search (text, skills, terms). */
export const CANDIDATES = 100;
/**
 * A matching run keeps the posting's best pairs only: each new one is announced to both sides,
 * and nobody reads a hundred suggestions. Pairs beyond this are not stored (or go stale).
 */
export const MAX_SUGGESTIONS = 25;


type Pair = { need: Need; offer: Offer };


/**
 * Two-stage matching of one posting against the opposite side. Stage 1 asks Meilisearch for
 * candidates that pass the hard constraints (by words, skills and, once the posting is
 * embedded, meaning); stage 2 scores them with the pure scorer on the
 * rows of PostgreSQL, and keeps the mechanisms the toolbox allows for both organizations. Suggestions are upserted per pair; a new pair gets an outbox event
 * (same transaction) that notifies both sides once.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly search: SearchIndex,
    private readonly sync: SearchSyncService,
    private readonly textSkills: TextSkills,
    private readonly vectors: TextVectors,
  ) {}

  /** `bulk`: the need comes of a bulk import; the news of its suggestions waits behind other work. */
  matchNeed(id: string, { bulk = false } = {}): Promise<JobOutcome> {
    return this.match(Need, id, bulk);
  }

  matchOffer(id: string, { bulk = false } = {}): Promise<JobOutcome> {
    return this.match(Offer, id, bulk);
  }

  /**
   * An open posting is matched, synced to search (see matchTwice) and stamped matched (an
   * import's progress); one that is not open is removed from search and its suggestions go stale.
   */
  private async match(entity: typeof Need | typeof Offer, id: string, bulk: boolean): Promise<JobOutcome> {
    const { posting, vector, index } = await this.sync.start(entity, id);
    if (posting?.status !== 'open') {
      await index();
      if (!posting) return `skipped: ${entity === Need ? 'need' : 'offer'} gone`;
      return this.markStale(entity === Need ? { needId: id } : { offerId: id });
    }
    const filter = posting instanceof Need ? offerCandidatesFilter(posting) : needCandidatesFilter(posting as Offer);
    await this.matchTwice(posting, { vector, index }, filter, bulk);
    await this.dataSource.query(`UPDATE ${this.dataSource.getMetadata(entity).tableName} SET matched_at = now() WHERE id = $1`, [id]);
    return 'done';
  }

  /**
   * Stage 1: the postings of the opposite `index` that Meilisearch finds for `own` within
   * `filter`, by its text, its skills (picked, named by the text, their broader groups) and its
   * most specific terms; text matches first.
   */
  async stageOne(index: 'needs' | 'offers', own: Need | Offer, filter: SearchFilter) {
    return (await this.searcher(index, own, filter, await this.vectors.of(own.id)))();
  }

  /**
   * Matches `own` on what the index holds now, so that its first suggestions come at once; then
   * sends its own document to the index and, once it is in, searches again: of a need and an
   * offer published at the same moment, whichever searches last finds the other. The second
   * search is scored only when it finds a posting the first did not.
   */
  private async matchTwice(own: Need | Offer, { vector, index }: Omit<Started, 'posting'>, filter: SearchFilter, bulk: boolean): Promise<void> {
    const opposite = own instanceof Need ? 'offers' : 'needs';
    const search = await this.searcher(opposite, own, filter, vector);
    const [hits, suggested] = await Promise.all([search(), this.suggested(own)]);
    const first = new Set(hits.map((hit) => hit.id));
    await this.scoreAndStore(own, [...first, ...suggested], bulk);
    await index();
    const again = (await search()).map((hit) => hit.id);
    if (again.some((id) => !first.has(id))) await this.scoreAndStore(own, [...again, ...(await this.suggested(own))], bulk);
  }

  /** The postings `own` has active suggestions with (scored again, to be refreshed or retired). */
  private async suggested(own: Need | Offer): Promise<string[]> {
    const isNeed = own instanceof Need;
    const known = await this.dataSource.getRepository(Suggestion).findBy({ ...(isNeed ? { needId: own.id } : { offerId: own.id }), status: 'active' });
    return known.map((s) => (isNeed ? s.offerId : s.needId));
  }

  /** Stage 1 for `own` and its stored embedding, ready to run (its query and skills read once). */
  private async searcher(index: 'needs' | 'offers', own: Need | Offer, filter: SearchFilter, vector: readonly number[] | null) {
    const query = stageOneQuery(own, await this.skills(this.textSkills.of(own)));
    const keys = { skills: this.textSkills.matchKeys(own), terms: this.textSkills.searchTerms(own), vector };
    return () => this.search.findCandidates(index, query, filter, CANDIDATES, keys);
  }

  /** Stage 2 on the postings of `ids` (stage 1's hits and those already suggested with `own`), with their embeddings. */
  private async scoreAndStore(own: Need | Offer, ids: string[], bulk: boolean): Promise<void> {
    const isNeed = own instanceof Need;
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const [others, vectors] = await Promise.all([
      this.dataSource.getRepository<Need | Offer>(isNeed ? Offer : Need).find({ where: { id: In(unique) }, relations: { organization: true } }),
      this.vectors.ofMany([own.id, ...unique]),
    ]);
    await this.store(others.map((other) => (isNeed ? { need: own, offer: other as Offer } : { need: other as Need, offer: own as Offer })), vectors, bulk);
  }

  private async store(pairs: Pair[], vectors: Map<string, number[]>, bulk: boolean): Promise<void> {
    const skillsOf = (posting: Need | Offer) => this.textSkills.of(posting);
    const relations = this.textSkills.skillRelations();
    const meaning = ({ need, offer }: Pair) => {
      const [a, b] = [vectors.get(need.id), vectors.get(offer.id)];
      return a && b ? cosine(a, b) : null;
    };
    const scored = pairs.map((pair) => {
      const { need, offer } = pair;
      const open = need.status === 'open' && offer.status === 'open';
      const score =
        open &&
        scoreMatch(
          { ...toMatchableNeed(need), textSkills: skillsOf(need).filter((id) => !need.skills.includes(id)) },
          { ...toMatchableOffer(offer), skills: skillsOf(offer) },
          { textRelevance: this.textSkills.textSimilarity(need, offer), skillRelations: relations, meaning: meaning(pair) },
        );
      // A pair needs a mechanism that both organizations can use, on what is known of them.
      const usable = score ? carryingMechanisms(score, carryingContext(need, offer)) : [];
      return { pair, result: score && usable.length ? score : null, usable };
    });
    const kept = scored
      .flatMap(({ pair, result, usable }) => (worthSuggesting(result, skillsOf(pair.need).length > 0) ? [{ pair, result, usable }] : []))
      .sort((a, b) => b.result.score - a.result.score)
      .slice(0, MAX_SUGGESTIONS)
      // The mechanisms' texts and the tax estimate for the pairs kept only.
      .map(({ pair, result, usable }) => ({ pair, result: explainCarrying(result, carryingContext(pair.need, pair.offer), usable) }));
    const keptPairs = new Set(kept.map(({ pair }) => pair));
    const dropped = scored.filter(({ pair }) => !keptPairs.has(pair)).map(({ pair }) => pair);
    await this.dataSource.transaction(async (manager) => {
      await upsertSuggestions(manager, kept, bulk);
      await markPairsStale(manager, dropped);
    });
  }

  private async markStale(where: { needId: string } | { offerId: string }): Promise<JobOutcome> {
    await this.dataSource.getRepository(Suggestion).update({ ...where, status: 'active' }, { status: 'stale' });
    return 'done';
  }

  private skills(ids: string[]): Promise<Skill[]> {
    return ids.length ? this.dataSource.getRepository(Skill).findBy({ id: In(ids) }) : Promise.resolve([]);
  }
}

/**
 * Inserts or refreshes the pairs in one statement; only new pairs are announced (the unique key
 * makes a replay harmless). Rows go in one order (need, then offer), so that two jobs writing
 * the same pairs wait for each other rather than deadlock.
 */
async function upsertSuggestions(manager: EntityManager, kept: Array<{ pair: Pair; result: MatchResult }>, bulk: boolean): Promise<void> {
  if (kept.length === 0) return;
  const rows = kept
    .map(({ pair: { need, offer }, result }) => ({
      need_id: need.id,
      offer_id: offer.id,
      need_organization_id: need.organizationId,
      offer_organization_id: offer.organizationId,
      score: result.score,
      reasons: result.reasons,
      mechanisms: result.mechanisms,
    }))
    .sort((a, b) => a.need_id.localeCompare(b.need_id) || a.offer_id.localeCompare(b.offer_id));
  const written: Array<{ id: string; need_organization_id: string; inserted: boolean }> = await manager.query(
    `INSERT INTO suggestions (need_id, offer_id, need_organization_id, offer_organization_id, score, reasons, mechanisms, status)
     SELECT need_id, offer_id, need_organization_id, offer_organization_id, score, reasons, mechanisms, 'active'
       FROM jsonb_to_recordset($1::jsonb)
         AS r(need_id uuid, offer_id uuid, need_organization_id uuid, offer_organization_id uuid, score real, reasons jsonb, mechanisms varchar(30)[])
     ON CONFLICT (need_id, offer_id) DO UPDATE
       SET score = EXCLUDED.score, reasons = EXCLUDED.reasons, mechanisms = EXCLUDED.mechanisms,
           status = 'active', updated_at = now()
     RETURNING id, need_organization_id, (xmax = 0) AS inserted`,
    [JSON.stringify(rows)],
  );
  const events = written
    .filter((row) => row.inserted)
    .map((row) => ({ type: 'suggestion.created' as const, aggregateId: row.id, organizationId: row.need_organization_id, ...(bulk ? { payload: { bulk } } : {}) }));
  await addOutboxEvents(manager, events);
}

/** Pairs scored but not kept: their suggestion, if active, goes stale (one statement). */
async function markPairsStale(manager: EntityManager, pairs: Pair[]): Promise<void> {
  if (pairs.length === 0) return;
  await manager.query(
    `UPDATE suggestions s SET status = 'stale', updated_at = now()
       FROM unnest($1::uuid[], $2::uuid[]) AS p(need_id, offer_id)
      WHERE s.need_id = p.need_id AND s.offer_id = p.offer_id AND s.status = 'active'`,
    [pairs.map(({ need }) => need.id), pairs.map(({ offer }) => offer.id)],
  );
}
