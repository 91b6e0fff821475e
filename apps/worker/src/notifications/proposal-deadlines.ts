import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { expireOverdueProposals, Proposal } from '@relais/database';
import { JOBS, JobQueues, type JobData } from '@relais/jobs';
import type { JobHandler, JobOutcome } from '../jobs/job-handler';
import { ProposalNotices } from './notify-proposal.handler';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The receiving organization is reminded this long before the deadline. */
export const REMINDER_BEFORE_MS = 3 * DAY_MS;
/** The expiry job runs this long after the deadline, so that PostgreSQL's clock has passed it too. */
const EXPIRY_MARGIN_MS = 1000;
/** Pending proposals whose jobs the reconciler checks per pass, nearest deadline first. */
const SCHEDULE_PER_PASS = 1000;

/**
 * A pending proposal's two deadlines, as delayed jobs: the reminder three days before its
 * deadline, then its expiry. Their job ids are fixed per proposal, so queueing them again is a
 * no-op while they wait; the reconciler queues them again from PostgreSQL when Redis lost them.
 */
@Injectable()
export class ProposalDeadlines {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
  ) {}

  async schedule(proposal: Pick<Proposal, 'id' | 'respondBy' | 'createdAt'>): Promise<void> {
    const deadline = proposal.respondBy.getTime();
    // A deadline nearer than the reminder's lead gets no reminder: the proposal's own notice gives the date.
    if (deadline - proposal.createdAt.getTime() > REMINDER_BEFORE_MS) {
      await this.queues.add(JOBS.remindProposal, { id: proposal.id }, `proposal-reminder-${proposal.id}`, { delayMs: deadline - REMINDER_BEFORE_MS - Date.now() });
    }
    await this.queues.add(JOBS.expireProposal, { id: proposal.id }, `proposal-expiry-${proposal.id}`, { delayMs: deadline + EXPIRY_MARGIN_MS - Date.now() });
  }

  /** Queues the deadlines of pending proposals (those already waiting in Redis are left as they are); returns how many proposals were checked. */
  async scheduleAll(): Promise<number> {
    const pending = await this.dataSource.getRepository(Proposal).find({
      select: { id: true, respondBy: true, createdAt: true },
      where: { status: 'pending' },
      order: { respondBy: 'ASC' },
      take: SCHEDULE_PER_PASS,
    });
    for (const proposal of pending) await this.schedule(proposal);
    return pending.length;
  }
}

/** A proposal was sent: its deadlines are queued. */
@Injectable()
export class ScheduleProposalHandler implements JobHandler {
  readonly job = JOBS.scheduleProposal;

  constructor(
    private readonly dataSource: DataSource,
    private readonly deadlines: ProposalDeadlines,
  ) {}

  async handle({ id }: JobData): Promise<JobOutcome> {
    const proposal = await this.dataSource.getRepository(Proposal).findOneBy({ id });
    if (proposal?.status !== 'pending') return 'skipped: proposal no longer pending';
    await this.deadlines.schedule(proposal);
    return 'done';
  }
}

/** Three days before the deadline, the organization that has not answered yet is reminded, once. */
@Injectable()
export class RemindProposalHandler implements JobHandler {
  readonly job = JOBS.remindProposal;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: ProposalNotices,
  ) {}

  async handle({ id }: JobData): Promise<JobOutcome> {
    const proposal = await this.dataSource.getRepository(Proposal).findOneBy({ id });
    if (proposal?.status !== 'pending') return 'skipped: proposal no longer pending';
    if (proposal.respondBy.getTime() <= Date.now()) return 'skipped: deadline passed';
    // The notice's unique keys make a replay send nothing twice.
    return this.notices.tell(proposal, 'reminder');
  }
}

/** At the deadline, a proposal still pending expires, with its event (the proposer is then told). */
@Injectable()
export class ExpireProposalHandler implements JobHandler {
  readonly job = JOBS.expireProposal;

  constructor(private readonly dataSource: DataSource) {}

  async handle({ id }: JobData): Promise<JobOutcome> {
    if ((await expireOverdueProposals(this.dataSource.manager, 'id = $1', [id])) === 1) return 'done';
    const proposal = await this.dataSource.getRepository(Proposal).findOneBy({ id });
    if (!proposal) return 'skipped: proposal gone';
    // Clocks apart: the job is tried again a little later.
    if (proposal.status === 'pending') throw new Error(`Proposal ${id} is not overdue yet by the database's clock`);
    return `skipped: proposal already ${proposal.status}`;
  }
}
