import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { addOutboxEvent, Need, Offer, Organization, OutboxEvent, Suggestion } from '@relais/database';
import { JobQueues } from '@relais/jobs';
import { offerCandidatesFilter, SearchIndex } from '@relais/search';
import { MatchingService } from '../../worker/src/matching/matching.service';
import { EmbeddingService } from '../../worker/src/semantic/embedding.service';
import type { Fixtures } from './fixtures';
import { summarize, type Grades, type Summary } from './metrics';

/** The matcher's suggestion of one offer: its score and each factor's value, to study a ranking. */
export type Scored = { offer: string; score: number; factors: Record<string, number> };

/**
 * `matcher`: the need's suggestions, best first. `listing`: the first page of the offers
 * listing searched with the need's title, for each closeness in meaning tried (LISTING_THRESHOLDS).
 */
export type Ranked = {
  needKey: string;
  split: 'tune' | 'holdout';
  grades: Grades;
  meilisearch: string[];
  matcher: Scored[];
  listing: Record<string, string[]>;
};

/** Queries in no language (markers, typing accidents): a listing should show nothing for them. */
export const NONSENSE_QUERIES = ['xqzwvplop', 'puitsuniquemarker', 'blorptastic', 'fjdkslaqp', 'mnbvcxzlk', 'plokijuhy', 'zzzzzz', 'wibblewobble', 'qsdfghjklm', 'trucmuchebidule'];

/** Closeness in meaning a listing asks of the offers that share no word with the query (0: words alone, as without embeddings). */
export const LISTING_THRESHOLDS = [0, 0.65, 0.675, 0.7, 0.75] as const;

const offersOf = (suggestions: Scored[]) => suggestions.map((s) => s.offer);

const SYSTEM_AUTHOR = '00000000-0000-4000-8000-00000000e7a1';

/** Waits until the outbox is empty and no job waits or runs. */
export async function settled(dataSource: DataSource, queues: JobQueues, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const unsent = await dataSource.getRepository(OutboxEvent).countBy({ sentAt: IsNull() });
    if (unsent === 0 && (await queues.idle())) return;
    if (Date.now() > deadline) throw new Error('The pipeline did not settle in time');
    await sleep(200);
  }
}

/**
 * Loads the fixtures as published organizations, offers and needs with their outbox events,
 * lets the worker (search sync, matching) process them, then ranks each need's offers twice:
 * by Meilisearch alone (stage 1 as it returns candidates) and by the full matcher (stored
 * suggestions, best score first). Returns fixture keys, not ids.
 */
export async function evaluate(
  fixtures: Fixtures,
  dataSource: DataSource,
  worker: INestApplicationContext,
): Promise<{ ranked: Ranked[]; nonsenseListed: Record<string, number> }> {
  const orgIds = new Map<string, string>(fixtures.organizations.map((o) => [o.key, randomUUID()]));
  await dataSource.getRepository(Organization).insert(fixtures.organizations.map(({ key, ...o }) => ({ ...o, id: orgIds.get(key)! })));

  const offerIds = new Map<string, string>(fixtures.offers.map((o) => [o.key, randomUUID()]));
  const offerKeys = new Map([...offerIds].map(([key, id]) => [id, key]));
  await dataSource.transaction(async (manager) => {
    for (const { key, provider, ...offer } of fixtures.offers) {
      const organizationId = orgIds.get(provider)!;
      await manager.insert(Offer, { ...offer, id: offerIds.get(key)!, organizationId, createdById: SYSTEM_AUTHOR, status: 'open', publishedAt: new Date() });
      await addOutboxEvent(manager, { type: 'offer.published', aggregateId: offerIds.get(key)!, organizationId });
    }
  });
  const queues = worker.get(JobQueues);
  await settled(dataSource, queues);

  const needIds = new Map<string, string>(fixtures.needs.map((n) => [n.key, randomUUID()]));
  await dataSource.transaction(async (manager) => {
    for (const { key, host, split: _split, ...need } of fixtures.needs) {
      const organizationId = orgIds.get(host)!;
      await manager.insert(Need, { ...need, id: needIds.get(key)!, organizationId, createdById: SYSTEM_AUTHOR, status: 'open', publishedAt: new Date() });
      await addOutboxEvent(manager, { type: 'need.published', aggregateId: needIds.get(key)!, organizationId });
    }
  });
  await settled(dataSource, queues);

  const ranked: Ranked[] = [];
  const matching = worker.get(MatchingService);
  const search = worker.get(SearchIndex);
  const encoder = await worker.get(EmbeddingService).encoderNow();
  for (const fixture of fixtures.needs) {
    const need = await dataSource.getRepository(Need).findOneByOrFail({ id: needIds.get(fixture.key)! });
    const vector = await encoder.embedText(need.title);
    const listing: Record<string, string[]> = {};
    for (const minMeaning of LISTING_THRESHOLDS) {
      const page = await search.searchOffers(need.title, {}, { pageSize: 20 }, minMeaning ? { vector, minMeaning } : null);
      listing[minMeaning] = page.items.flatMap((offer) => offerKeys.get(offer.id) ?? []);
    }
    const hits = await matching.stageOne('offers', need, offerCandidatesFilter(need));
    const suggestions = (
      await dataSource.getRepository(Suggestion).find({ where: { needId: need.id, status: 'active' }, order: { score: 'DESC' } })
    ).filter((s) => offerKeys.has(s.offerId));
    ranked.push({
      needKey: fixture.key,
      split: fixture.split,
      grades: new Map(Object.entries(fixtures.labels[fixture.key] ?? {})),
      // Offers that are not fixtures (other data in the same database) are left out of the rankings.
      meilisearch: hits.flatMap((hit) => offerKeys.get(hit.id) ?? []),
      matcher: suggestions.map((s) => ({
        offer: offerKeys.get(s.offerId)!,
        score: s.score,
        factors: Object.fromEntries(s.reasons.map((reason) => [reason.factor, reason.value])),
      })),
      listing,
    });
  }
  // How many nonsense queries list at least one offer, for each closeness in meaning.
  const nonsenseListed: Record<string, number> = {};
  for (const minMeaning of LISTING_THRESHOLDS) {
    nonsenseListed[minMeaning] = 0;
    for (const q of NONSENSE_QUERIES) {
      const meaning = minMeaning ? { vector: await encoder.embedText(q), minMeaning } : null;
      if ((await search.searchOffers(q, {}, { pageSize: 1 }, meaning)).items.length) nonsenseListed[minMeaning]++;
    }
  }
  return { ranked, nonsenseListed };
}

export type Report = {
  split: string;
  needs: number;
  meilisearch: Summary;
  matcher: Summary;
  listing: Record<string, Summary>;
};

export function report(ranked: Ranked[]): Report[] {
  const groups: Array<[string, Ranked[]]> = [
    ['holdout', ranked.filter((r) => r.split === 'holdout')],
    ['tune', ranked.filter((r) => r.split === 'tune')],
    ['all', ranked],
  ];
  return groups.map(([split, rows]) => ({
    split,
    needs: rows.length,
    meilisearch: summarize(rows.map((r) => ({ ranking: r.meilisearch, grades: r.grades }))),
    matcher: summarize(rows.map((r) => ({ ranking: offersOf(r.matcher), grades: r.grades }))),
    listing: Object.fromEntries(LISTING_THRESHOLDS.map((min) => [min, summarize(rows.map((r) => ({ ranking: r.listing[min], grades: r.grades })))])),
  }));
}

/**
 * Cross-language cases (French need, English offer or the reverse, grade 2 or 3), counted two ways:
 * - needs: how many needs with such an offer rank at least one of them in their top 5 (the
 *   goal: "a French need ranks a relevant English offer in its top 5");
 * - pairs: how many of the pairs themselves are in the need's top 5 (stricter: a need with more
 *   than five relevant offers cannot have them all there), how many the matcher suggests at all,
 *   and how many stage 1 returned as candidates.
 */
export function crossLanguageTop5(ranked: Ranked[], pairs: Fixtures['crossLanguage'], split?: 'tune' | 'holdout') {
  const byNeed = new Map(ranked.map((r) => [r.needKey, r]));
  const relevant = pairs.filter((p) => byNeed.has(p.need) && (!split || byNeed.get(p.need)!.split === split));
  const inTop5 = (p: { need: string; offer: string }) => offersOf(byNeed.get(p.need)!.matcher.slice(0, 5)).includes(p.offer);
  const count = (test: (r: Ranked, offer: string) => boolean) => relevant.filter((p) => test(byNeed.get(p.need)!, p.offer)).length;
  const needs = [...new Set(relevant.map((p) => p.need))];
  return {
    needs: { found: needs.filter((need) => relevant.some((p) => p.need === need && inTop5(p))).length, total: needs.length },
    found: relevant.filter(inTop5).length,
    suggested: count((r, offer) => offersOf(r.matcher).includes(offer)),
    candidates: count((r, offer) => r.meilisearch.includes(offer)),
    total: relevant.length,
  };
}
