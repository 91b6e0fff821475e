import { Injectable } from '@nestjs/common';
import { Need } from '@relais/database';
import { QueryVectors } from '@relais/jobs';
import { SearchIndex } from '@relais/search';
import type { AuthUser } from '../auth/auth.decorators';
import { invalid } from '../http/api-error';
import { searching } from '../http/search-unavailable';
import { PostingsService, toPostingView } from '../postings/postings.service';
import { periodProblem, type OpenPostingsQuery, type OrganizationPostingsQuery } from '../postings/posting.dto';
import type { CreateNeedBody, UpdateNeedBody } from './dto/need.dto';

@Injectable()
export class NeedsService {
  constructor(
    private readonly postings: PostingsService,
    private readonly search: SearchIndex,
    private readonly queryVectors: QueryVectors,
  ) {}

  async create(organizationId: string, user: AuthUser, body: CreateNeedBody) {
    return toPostingView(await this.postings.create(Need, organizationId, user, body));
  }

  async get(id: string, user?: AuthUser) {
    return toPostingView(await this.postings.findVisible(Need, id, user));
  }

  async update(id: string, user: AuthUser, body: UpdateNeedBody) {
    await this.postings.checkSkills(body.skills);
    const saved = await this.postings.update(Need, id, user, (need) => {
      Object.assign(need, body);
      const problem = periodProblem(need.startDate, need.endDate, need.effortDays, 'endDate');
      if (problem) throw invalid([problem]);
    });
    return toPostingView(saved);
  }

  async transition(id: string, user: AuthUser, action: 'publish' | 'close') {
    return toPostingView(await this.postings.transition(Need, id, user, action));
  }

  async listForOrganization(organizationId: string, user: AuthUser, query: OrganizationPostingsQuery) {
    const page = await this.postings.listForOrganization(Need, organizationId, user, query);
    return { ...page, items: page.items.map(toPostingView) };
  }

  /** Public listing of open needs, from the search index. Every filter value was validated before it gets here. */
  async listOpen({ q, skills, country, mechanism, workMode, page, pageSize }: OpenPostingsQuery) {
    const meaning = await this.queryVectors.meaningOf(q);
    const found = await searching(() => this.search.searchNeeds(q, { skills, country, mechanism, workMode }, { page, pageSize }, meaning));
    return this.postings.withoutClosed(Need, found);
  }
}
