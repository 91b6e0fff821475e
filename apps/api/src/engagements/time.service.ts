import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { costing, receiptSummary, toPdf } from '@relais/agreements';
import { addOutboxEvent, type Engagement, TimeEntry } from '@relais/database';
import type { Locale, Side } from '@relais/domain';
import type { AuthUser } from '../auth/auth.decorators';
import { ApiError, invalid, notFound } from '../http/api-error';
import { offsetOf, toPage, type Pagination } from '../http/pagination';
import { actingSide } from '../proposals/proposals.service';
import { AgreementsService, type FileAnswer } from './agreements.service';
import type { TimeDecisionBody, TimeEntryBody } from './engagement.dto';
import { EngagementsService } from './engagements.service';

/** Time is logged and approved while the work is under way, and until the engagement is evaluated. */
const TIME_OPEN: readonly Engagement['status'][] = ['under_way', 'completed'];

const other = (engagement: Engagement, side: Side) => (side === 'host' ? engagement.providerOrganizationId : engagement.hostOrganizationId);

/**
 * Follow-up of the time given: the provider logs each person's days or hours, the host approves
 * or rejects each entry (one decision per entry: of concurrent ones, one wins). The approved time
 * is what a skills sponsorship is valued on (the toolbox's calculator, through the agreements).
 */
@Injectable()
export class TimeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engagements: EngagementsService,
    private readonly agreements: AgreementsService,
  ) {}

  async list(id: string, user: AuthUser, query: Pagination) {
    const { engagement } = await this.engagements.access(id, user);
    const repository = this.dataSource.getRepository(TimeEntry);
    const [rows, total] = await repository.findAndCount({ where: { engagementId: id }, order: { day: 'DESC', createdAt: 'DESC' }, ...offsetOf(query) });
    const sums: Array<{ status: TimeEntry['status']; amount: string }> = await repository
      .createQueryBuilder('entry')
      .select('entry.status', 'status')
      .addSelect('sum(entry.amount)', 'amount')
      .where('entry.engagement_id = :id', { id })
      .groupBy('entry.status')
      .getRawMany();
    const totals = { pending: 0, approved: 0, rejected: 0 };
    for (const sum of sums) totals[sum.status] = Number(sum.amount);
    return { ...toPage(rows.map((row) => this.view(row)), total, query), unit: engagement.effortUnit, totals, value: await this.approvedValue(engagement) };
  }

  async log(id: string, user: AuthUser, body: TimeEntryBody) {
    const { engagement } = await this.access(id, user, body.side, 'logs time', 'provider');
    if (!engagement.people.some((person) => person.name === body.person)) throw invalid([{ path: 'person', reason: 'is not one of the people of this engagement' }]);
    if ((engagement.startDate && body.day < engagement.startDate) || (engagement.endDate && body.day > engagement.endDate)) {
      throw invalid([{ path: 'day', reason: `must be within the engagement (${engagement.startDate} to ${engagement.endDate})` }]);
    }
    const limit = engagement.effortUnit === 'days' ? 1 : 24;
    if (body.amount > limit) throw invalid([{ path: 'amount', reason: `at most ${limit} ${engagement.effortUnit} a day` }]);
    const entry = await this.dataSource.transaction(async (manager) => {
      const inserted = await manager.save(manager.create(TimeEntry, { engagementId: id, person: body.person, day: body.day, amount: body.amount, unit: engagement.effortUnit, note: body.note, loggedById: user.userId }));
      await addOutboxEvent(manager, { type: 'engagement.changed', aggregateId: id, organizationId: other(engagement, 'provider') });
      return inserted;
    });
    return this.view(entry);
  }

  async decide(id: string, entryId: string, user: AuthUser, decision: 'approve' | 'reject', body: TimeDecisionBody) {
    const { engagement } = await this.access(id, user, body.side, 'approves time', 'host');
    if (decision === 'reject' && !body.reason) throw invalid([{ path: 'reason', reason: 'say why the time is rejected' }]);
    const decided = await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(TimeEntry)
        .set({ status: decision === 'approve' ? 'approved' : 'rejected', rejectReason: decision === 'reject' ? body.reason : null, decidedById: user.userId, decidedAt: () => 'now()' })
        .where('id = :entryId AND engagement_id = :id AND status = :pending', { entryId, id, pending: 'pending' })
        .execute();
      if (result.affected !== 1) {
        const existing = await manager.findOneBy(TimeEntry, { id: entryId, engagementId: id });
        if (!existing) throw notFound('Time entry');
        throw new ApiError('ALREADY_DONE', `This time was already ${existing.status}`);
      }
      await addOutboxEvent(manager, { type: 'engagement.changed', aggregateId: id, organizationId: other(engagement, 'host') });
      return manager.findOneByOrFail(TimeEntry, { id: entryId });
    });
    return this.view(decided);
  }

  /** For a skills sponsorship: what the host's tax receipt needs (CERFA 16216*02), from the approved time, as PDF. */
  async receipt(id: string, user: AuthUser, lang: Locale): Promise<FileAnswer> {
    const { engagement } = await this.engagements.access(id, user);
    if (engagement.mechanism !== 'skills_sponsorship') throw new ApiError('NOT_SPONSORSHIP', 'The tax receipt summary is for skills sponsorship only');
    const summary = receiptSummary(await this.agreements.inputOf(engagement), await this.approvedTime(id), lang);
    return { filename: `receipt-summary-${lang}.pdf`, contentType: 'application/pdf', body: await toPdf(summary) };
  }

  /** The approved time per person, and the first and last days it was given on. */
  async approvedTime(engagementId: string) {
    const rows: Array<{ person: string; amount: string; first: string; last: string }> = await this.dataSource.query(
      `SELECT person, sum(amount) AS amount, min(day)::text AS first, max(day)::text AS last FROM time_entries WHERE engagement_id = $1 AND status = 'approved' GROUP BY person`,
      [engagementId],
    );
    const days = rows.flatMap((row) => [row.first, row.last]).sort();
    return { byPerson: new Map(rows.map((row) => [row.person, Number(row.amount)])), firstDay: days[0] ?? null, lastDay: days.at(-1) ?? null };
  }

  /** For a skills sponsorship: the value of the approved time (null while a person's pay is missing). */
  private async approvedValue(engagement: Engagement) {
    if (engagement.mechanism !== 'skills_sponsorship') return null;
    const approved = await this.approvedTime(engagement.id);
    const figures = costing(await this.agreements.inputOf(engagement), (person) => approved.byPerson.get(person.name) ?? 0);
    return { amount: figures.complete ? figures.total : null, year: figures.year };
  }

  private async access(id: string, user: AuthUser, requested: Side | undefined, action: string, allowed: Side) {
    const { engagement, sides } = await this.engagements.access(id, user);
    const side = actingSide(sides, requested ?? (sides.includes(allowed) ? allowed : undefined), action);
    if (side !== allowed) throw new ApiError('FORBIDDEN', allowed === 'provider' ? 'The provider logs the time it gives' : 'The host approves the time it receives');
    if (!TIME_OPEN.includes(engagement.status)) throw new ApiError('INVALID_TRANSITION', `This engagement is ${engagement.status}: time is logged and approved once under way, until it is evaluated`);
    return { engagement };
  }

  private view(entry: TimeEntry) {
    const { id, person, day, amount, unit, note, status, rejectReason, decidedAt, createdAt } = entry;
    return { id, person, day, amount, unit, note, status, rejectReason, decidedAt, createdAt };
  }
}
