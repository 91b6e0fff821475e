import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { checkPeriod } from '@relais/domain';
import { Offer } from '@relais/database';
import type { AuthUser } from '../auth/auth.decorators';
import { invalid } from '../http/api-error';
import { offsetOf, toPage } from '../http/pagination';
import type { OrganizationPostingsQuery } from '../needs/dto/need.dto';
import { likePattern } from '../organizations/organizations.service';
import { PostingsService, toPostingView } from '../postings/postings.service';
import type { CreateOfferBody, OpenOffersQuery, UpdateOfferBody } from './dto/offer.dto';

@Injectable()
export class OffersService {
  constructor(
    @InjectRepository(Offer) private readonly offers: Repository<Offer>,
    private readonly postings: PostingsService,
  ) {}

  async create(organizationId: string, user: AuthUser, body: CreateOfferBody) {
    return toPostingView(await this.postings.create(Offer, organizationId, user, body));
  }

  async get(id: string, user: AuthUser) {
    return toPostingView(await this.postings.findVisible(Offer, id, user));
  }

  async update(id: string, user: AuthUser, body: UpdateOfferBody) {
    const offer = await this.postings.findOwned(Offer, id, user);
    await this.postings.checkSkills(body.skills);
    Object.assign(offer, body);
    const problem = checkPeriod(offer.availableFrom, offer.availableTo, offer.effortDays);
    if (problem) {
      throw invalid([{ path: problem.field === 'end' ? 'availableTo' : 'effortDays', reason: problem.reason }]);
    }
    return toPostingView(await this.postings.save(Offer, offer));
  }

  async transition(id: string, user: AuthUser, action: 'publish' | 'close') {
    return toPostingView(await this.postings.transition(Offer, id, user, action));
  }

  async listForOrganization(organizationId: string, user: AuthUser, query: OrganizationPostingsQuery) {
    const page = await this.postings.listForOrganization(Offer, organizationId, user, query);
    return { ...page, items: page.items.map(toPostingView) };
  }

  /** Open offers for signed-in users, newest first. Every filter value was validated before it gets here. */
  async listOpen(query: OpenOffersQuery) {
    const qb = this.offers
      .createQueryBuilder('f')
      .innerJoin('f.organization', 'o')
      .addSelect(['o.id', 'o.name', 'o.kind', 'o.country'])
      .where("f.status = 'open'")
      .orderBy('f.published_at', 'DESC')
      .addOrderBy('f.id', 'ASC');
    if (query.q) qb.andWhere('f.search_text LIKE :q', { q: likePattern(query.q) });
    if (query.skills?.length) qb.andWhere('f.skills && CAST(:skills AS uuid[])', { skills: query.skills });
    if (query.country) {
      qb.andWhere("(f.countries = '{}' OR :country = ANY(f.countries))", { country: query.country });
    }
    if (query.mechanism) qb.andWhere(':mechanism = ANY(f.mechanisms)', { mechanism: query.mechanism });
    if (query.workMode) qb.andWhere(':workMode = ANY(f.work_modes)', { workMode: query.workMode });
    const { skip, take } = offsetOf(query);
    const [rows, total] = await qb.skip(skip).take(take).getManyAndCount();
    return toPage(rows.map(toPostingView), total, query);
  }
}
