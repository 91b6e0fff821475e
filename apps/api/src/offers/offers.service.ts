import { Injectable } from '@nestjs/common';
import { Offer } from '@relais/database';
import { QueryVectors } from '@relais/jobs';
import { SearchIndex } from '@relais/search';
import type { AuthUser } from '../auth/auth.decorators';
import { invalid } from '../http/api-error';
import { MembershipsService } from '../organizations/memberships.service';
import { searching } from '../http/search-unavailable';
import { PostingsService, toPostingView } from '../postings/postings.service';
import { periodProblem, type OpenPostingsQuery, type OrganizationPostingsQuery } from '../postings/posting.dto';
import { payBandProblem, type CreateOfferBody, type UpdateOfferBody } from './dto/offer.dto';

@Injectable()
export class OffersService {
  constructor(
    private readonly postings: PostingsService,
    private readonly search: SearchIndex,
    private readonly queryVectors: QueryVectors,
    private readonly memberships: MembershipsService,
  ) {}

  async create(organizationId: string, user: AuthUser, body: CreateOfferBody) {
    return toPostingView(await this.postings.create(Offer, organizationId, user, body));
  }

  /** The pay band is the lent person's pay: only the provider's own members see it. */
  async get(id: string, user: AuthUser) {
    const offer = await this.postings.findVisible(Offer, id, user);
    const member = await this.memberships.roleOf(offer.organizationId, user.userId);
    return toPostingView(member ? offer : { ...offer, grossMonthlyPayMin: null, grossMonthlyPayMax: null });
  }

  async update(id: string, user: AuthUser, body: UpdateOfferBody) {
    await this.postings.checkSkills(body.skills);
    const saved = await this.postings.update(Offer, id, user, (offer) => {
      Object.assign(offer, body);
      const problem =
        periodProblem(offer.availableFrom, offer.availableTo, offer.effortDays, 'availableTo') ??
        payBandProblem(offer.grossMonthlyPayMin, offer.grossMonthlyPayMax);
      if (problem) throw invalid([problem]);
    });
    return toPostingView(saved);
  }

  async transition(id: string, user: AuthUser, action: 'publish' | 'close') {
    return toPostingView(await this.postings.transition(Offer, id, user, action));
  }

  async listForOrganization(organizationId: string, user: AuthUser, query: OrganizationPostingsQuery) {
    const page = await this.postings.listForOrganization(Offer, organizationId, user, query);
    return { ...page, items: page.items.map(toPostingView) };
  }

  /** Open offers for signed-in users, from the search index. Every filter value was validated before it gets here. */
  async listOpen({ q, skills, country, mechanism, workMode, page, pageSize }: OpenPostingsQuery) {
    const meaning = await this.queryVectors.meaningOf(q);
    const found = await searching(() => this.search.searchOffers(q, { skills, country, mechanism, workMode }, { page, pageSize }, meaning));
    return this.postings.withoutClosed(Offer, found);
  }
}
