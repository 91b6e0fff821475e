import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MechanismCode } from '@relais/domain';
import { Need, Offer, preparedQuery, type Suggestion } from '@relais/database';
import { reasonsForSide } from '@relais/matching';
import type { AuthUser } from '../auth/auth.decorators';
import { offsetOf, toPage, type Pagination } from '../http/pagination';
import { PostingsService } from '../postings/postings.service';

type Side = 'need' | 'offer';

/** A row of the page: a suggestion, the other side's posting and organization, the pair's latest proposal. */
type PageRow = {
  id: string;
  score: number;
  status: Suggestion['status'];
  mechanisms: MechanismCode[];
  reasons: Suggestion['reasons'];
  updated_at: Date;
  posting_id: string;
  posting_title: string;
  posting_status: string;
  organization: { id: string; name: string; kind: string; country: string };
  proposal_id: string | null;
  proposal_status: string | null;
  proposer_side: string | null;
  total: string;
};

/** Suggestions seen from one side: the other side's posting comes with each one. */
@Injectable()
export class SuggestionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly postings: PostingsService,
  ) {}

  /** One query for the page, its total and each pair's latest proposal (the page offers to propose, or says where it stands). */
  async forPosting(side: Side, id: string, user: AuthUser, query: Pagination & { includeStale: boolean }) {
    await this.postings.requireOwner(side === 'need' ? Need : Offer, id, user);
    const other = side === 'need' ? 'offer' : 'need';
    const { skip, take } = offsetOf(query);
    const rows = await preparedQuery<PageRow>(
      this.dataSource,
      `suggestions-of-${side}`,
      `SELECT s.id, s.score, s.status, s.mechanisms, s.reasons, s.updated_at,
              p.id AS posting_id, p.title AS posting_title, p.status AS posting_status,
              json_build_object('id', o.id, 'name', o.name, 'kind', o.kind, 'country', o.country) AS organization,
              pr.id AS proposal_id, pr.status AS proposal_status, pr.proposer_side,
              count(*) OVER () AS total
         FROM suggestions s
         JOIN ${other}s p ON p.id = s.${other}_id
         JOIN organizations o ON o.id = p.organization_id
         LEFT JOIN LATERAL (
           SELECT id, status, proposer_side FROM proposals WHERE suggestion_id = s.id ORDER BY created_at DESC LIMIT 1
         ) pr ON true
        WHERE s.${side}_id = $1 AND ($2 OR s.status = 'active')
        ORDER BY s.score DESC, s.id ASC
        OFFSET $3 LIMIT $4`,
      [id, query.includeStale, skip, take],
    );
    // Past the last page no row carries the total: it is counted on its own.
    const total = rows.length ? Number(rows[0].total) : skip ? await this.count(side, id, query.includeStale) : 0;
    const items = rows.map((s) => ({
      id: s.id,
      score: s.score,
      status: s.status,
      mechanisms: s.mechanisms,
      reasons: reasonsForSide(s.reasons, side),
      updatedAt: s.updated_at,
      proposal: s.proposal_id ? { id: s.proposal_id, status: s.proposal_status, proposerSide: s.proposer_side } : null,
      [other]: {
        id: s.posting_id,
        // A posting its owner closed (or took back to draft) is no longer public: its title is not shown.
        title: s.posting_status === 'open' ? s.posting_title : null,
        status: s.posting_status,
        organization: s.organization,
      },
    }));
    return toPage(items, total, query);
  }

  private async count(side: Side, id: string, includeStale: boolean): Promise<number> {
    const [{ count }] = (await this.dataSource.query(`SELECT count(*) FROM suggestions s WHERE s.${side}_id = $1 AND ($2 OR s.status = 'active')`, [id, includeStale])) as [{ count: string }];
    return Number(count);
  }
}
