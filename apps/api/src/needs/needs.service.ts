import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { checkPeriod } from '@relais/domain';
import { Need } from '@relais/database';
import type { AuthUser } from '../auth/auth.decorators';
import { invalid } from '../http/api-error';
import { offsetOf, toPage } from '../http/pagination';
import { likePattern } from '../organizations/organizations.service';
import { PostingsService, toPostingView } from '../postings/postings.service';
import type { CreateNeedBody, OpenNeedsQuery, OrganizationPostingsQuery, UpdateNeedBody } from './dto/need.dto';

@Injectable()
export class NeedsService {
  constructor(
    @InjectRepository(Need) private readonly needs: Repository<Need>,
    private readonly postings: PostingsService,
  ) {}

  async create(organizationId: string, user: AuthUser, body: CreateNeedBody) {
    return toPostingView(await this.postings.create(Need, organizationId, user, body));
  }

  async get(id: string, user?: AuthUser) {
    return toPostingView(await this.postings.findVisible(Need, id, user));
  }

  async update(id: string, user: AuthUser, body: UpdateNeedBody) {
    const need = await this.postings.findOwned(Need, id, user);
    await this.postings.checkSkills(body.skills);
    Object.assign(need, body);
    const problem = checkPeriod(need.startDate, need.endDate, need.effortDays);
    if (problem) {
      throw invalid([{ path: problem.field === 'end' ? 'endDate' : 'effortDays', reason: problem.reason }]);
    }
    return toPostingView(await this.postings.save(Need, need));
  }

  async transition(id: string, user: AuthUser, action: 'publish' | 'close') {
    return toPostingView(await this.postings.transition(Need, id, user, action));
  }

  async listForOrganization(organizationId: string, user: AuthUser, query: OrganizationPostingsQuery) {
    const page = await this.postings.listForOrganization(Need, organizationId, user, query);
    return { ...page, items: page.items.map(toPostingView) };
  }

  /** Public listing: open needs only, newest first. Every filter value was validated before it gets here. */
  async listOpen(query: OpenNeedsQuery) {
    const qb = this.needs
      .createQueryBuilder('n')
      .innerJoin('n.organization', 'o')
      .addSelect(['o.id', 'o.name', 'o.kind', 'o.country'])
      .where("n.status = 'open'")
      .orderBy('n.published_at', 'DESC')
      .addOrderBy('n.id', 'ASC');
    if (query.q) qb.andWhere('n.search_text LIKE :q', { q: likePattern(query.q) });
    if (query.skills?.length) qb.andWhere('n.skills && CAST(:skills AS uuid[])', { skills: query.skills });
    if (query.country) qb.andWhere('n.country = :country', { country: query.country });
    if (query.mechanism) qb.andWhere(':mechanism = ANY(n.mechanisms)', { mechanism: query.mechanism });
    if (query.workMode) qb.andWhere('n.work_mode = :workMode', { workMode: query.workMode });
    const { skip, take } = offsetOf(query);
    const [rows, total] = await qb.skip(skip).take(take).getManyAndCount();
    return toPage(rows.map(toPostingView), total, query);
  }
}
