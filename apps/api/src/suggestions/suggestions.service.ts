import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Need, Offer, Proposal, Suggestion } from '@relais/database';
import { reasonsForSide } from '@relais/matching';
import type { AuthUser } from '../auth/auth.decorators';
import { offsetOf, toPage, type Pagination } from '../http/pagination';
import { PostingsService } from '../postings/postings.service';

type Side = 'need' | 'offer';

/** Suggestions seen from one side: the other side's posting comes with each one. */
@Injectable()
export class SuggestionsService {
  constructor(
    @InjectRepository(Suggestion) private readonly suggestions: Repository<Suggestion>,
    @InjectRepository(Proposal) private readonly proposals: Repository<Proposal>,
    private readonly postings: PostingsService,
  ) {}

  async forPosting(side: Side, id: string, user: AuthUser, query: Pagination & { includeStale: boolean }) {
    await this.postings.findOwned(side === 'need' ? Need : Offer, id, user);
    const other = side === 'need' ? 'offer' : 'need';
    const qb = this.suggestions
      .createQueryBuilder('s')
      .innerJoinAndSelect(`s.${other}`, 'p')
      .innerJoin('p.organization', 'o')
      .addSelect(['o.id', 'o.name', 'o.kind', 'o.country'])
      .where(`s.${side}_id = :id`, { id })
      .orderBy('s.score', 'DESC')
      .addOrderBy('s.id', 'ASC');
    if (!query.includeStale) qb.andWhere("s.status = 'active'");
    const { skip, take } = offsetOf(query);
    const [rows, total] = await qb.skip(skip).take(take).getManyAndCount();
    // Each pair's latest proposal, if any: the page offers to propose, or says where it stands.
    const proposals = rows.length ? await this.proposals.find({ where: { suggestionId: In(rows.map((s) => s.id)) }, order: { createdAt: 'ASC' } }) : [];
    const latest = new Map(proposals.map((p) => [p.suggestionId, { id: p.id, status: p.status, proposerSide: p.proposerSide }]));
    const items = rows.map((s) => {
      const posting = (side === 'need' ? s.offer : s.need)!;
      return {
        id: s.id,
        score: s.score,
        status: s.status,
        mechanisms: s.mechanisms,
        reasons: reasonsForSide(s.reasons, side),
        updatedAt: s.updatedAt,
        proposal: latest.get(s.id) ?? null,
        [other]: {
          id: posting.id,
          // A posting its owner closed (or took back to draft) is no longer public: its title is not shown.
          title: posting.status === 'open' ? posting.title : null,
          status: posting.status,
          organization: posting.organization,
        },
      };
    });
    return toPage(items, total, query);
  }
}
