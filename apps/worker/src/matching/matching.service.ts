import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { addOutboxEvent, Need, Offer, Skill, Suggestion } from '@relais/database';
import { scoreMatch, withCarryingMechanisms, type MatchResult } from '@relais/matching';
import { cosine } from '@relais/semantic';
import { TextSkills } from '@relais/skills-catalog';
import { needCandidatesFilter, offerCandidatesFilter, SearchIndex, type SearchFilter } from '@relais/search';
import type { JobOutcome } from '../jobs/job-handler';
import { SearchSyncService } from '../search-sync/search-sync.service';
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

  async matchNeed(id: string): Promise<JobOutcome> {
    // Index this need first: an offer published at the same moment then finds it, if we miss the offer.
    const need = await this.sync.syncNeed(id);
    if (!need) return 'skipped: need gone';
    if (need.status !== 'open') return this.markStale({ needId: id });
    const offers = await this.candidates(Offer, need, offerCandidatesFilter(need), 'offerId', { needId: id });
    const outcome = await this.store(offers.map((offer) => ({ need, offer })));
    await this.dataSource.query('UPDATE needs SET matched_at = now() WHERE id = $1', [id]);
    return outcome;
  }

  async matchOffer(id: string): Promise<JobOutcome> {
    const offer = await this.sync.syncOffer(id);
    if (!offer) return 'skipped: offer gone';
    if (offer.status !== 'open') return this.markStale({ offerId: id });
    const needs = await this.candidates(Need, offer, needCandidatesFilter(offer), 'needId', { offerId: id });
    const outcome = await this.store(needs.map((need) => ({ need, offer })));
    await this.dataSource.query('UPDATE offers SET matched_at = now() WHERE id = $1', [id]);
    return outcome;
  }

  /**
   * Stage 1: the postings of the opposite `index` that Meilisearch finds for `own` within
   * `filter`, by its text, its skills (picked, named by the text, their broader groups) and its
   * most specific terms; text matches first.
   */
  async stageOne(index: 'needs' | 'offers', own: Need | Offer, filter: SearchFilter) {
    const query = stageOneQuery(own, await this.skills(this.textSkills.of(own)));
    const keys = { skills: this.textSkills.matchKeys(own), terms: this.textSkills.searchTerms(own), vector: await this.vectors.of(own.id) };
    return this.search.findCandidates(index, query, filter, CANDIDATES, keys);
  }

  /** The opposite postings to score: stage 1's candidates, plus those already suggested (to refresh or retire them). */
  private async candidates<T extends Need | Offer>(
    entity: new () => T,
    own: Need | Offer,
    filter: SearchFilter,
    otherKey: 'needId' | 'offerId',
    knownWhere: { needId: string } | { offerId: string },
  ): Promise<T[]> {
    const hits = await this.stageOne(entity === Need ? 'needs' : 'offers', own, filter);
    const known = await this.dataSource.getRepository(Suggestion).findBy({ ...knownWhere, status: 'active' });
    const ids = [...new Set([...hits.map((hit) => hit.id), ...known.map((s) => s[otherKey])])];
    if (ids.length === 0) return [];
    return (await this.dataSource.getRepository<Need | Offer>(entity).find({ where: { id: In(ids) }, relations: { organization: true } })) as T[];
  }

  private async store(pairs: Pair[]): Promise<JobOutcome> {
    const skillsOf = (posting: Need | Offer) => this.textSkills.of(posting);
    const relations = this.textSkills.skillRelations();
    const vectors = await this.vectors.ofMany([...new Set(pairs.flatMap(({ need, offer }) => [need.id, offer.id]))]);
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
      return { pair, result: score ? withCarryingMechanisms(score, carryingContext(need, offer)) : null };
    });
    const kept = scored
      .flatMap(({ pair, result }) => (worthSuggesting(result, skillsOf(pair.need).length > 0) ? [{ pair, result }] : []))
      .sort((a, b) => b.result.score - a.result.score)
      .slice(0, MAX_SUGGESTIONS);
    const keptPairs = new Set(kept.map(({ pair }) => pair));
    await this.dataSource.transaction(async (manager) => {
      for (const { pair, result } of kept) await upsertSuggestion(manager, pair, result);
      for (const { pair } of scored.filter(({ pair }) => !keptPairs.has(pair))) {
        await manager.update(Suggestion, { needId: pair.need.id, offerId: pair.offer.id, status: 'active' }, { status: 'stale' });
      }
    });
    return 'done';
  }

  private async markStale(where: { needId: string } | { offerId: string }): Promise<JobOutcome> {
    await this.dataSource.getRepository(Suggestion).update({ ...where, status: 'active' }, { status: 'stale' });
    return 'done';
  }

  private skills(ids: string[]): Promise<Skill[]> {
    return ids.length ? this.dataSource.getRepository(Skill).findBy({ id: In(ids) }) : Promise.resolve([]);
  }
}

/** Inserts or refreshes the pair; only a new pair is announced (the unique key makes a replay harmless). */
async function upsertSuggestion(manager: EntityManager, { need, offer }: Pair, result: MatchResult): Promise<void> {
  const rows: Array<{ id: string; inserted: boolean }> = await manager.query(
    `INSERT INTO suggestions (need_id, offer_id, need_organization_id, offer_organization_id, score, reasons, mechanisms, status)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::varchar[], 'active')
     ON CONFLICT (need_id, offer_id) DO UPDATE
       SET score = EXCLUDED.score, reasons = EXCLUDED.reasons, mechanisms = EXCLUDED.mechanisms,
           status = 'active', updated_at = now()
     RETURNING id, (xmax = 0) AS inserted`,
    [need.id, offer.id, need.organizationId, offer.organizationId, result.score, JSON.stringify(result.reasons), result.mechanisms],
  );
  if (rows[0].inserted) {
    await addOutboxEvent(manager, { type: 'suggestion.created', aggregateId: rows[0].id, organizationId: need.organizationId });
  }
}
