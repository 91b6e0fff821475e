import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Engagement } from '@relais/database';
import { checkpoints, msOf, type Checkpoint } from '@relais/domain';
import { JOBS, JobQueues, type JobData } from '@relais/jobs';
import type { JobHandler, JobOutcome } from '../jobs/job-handler';
import { membersOf } from './notify-message.handler';
import { renewNotice } from './renew-notice';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Engagements whose checkpoints the reconciler queues again per pass, nearest end first. */
const SCHEDULE_PER_PASS = 1000;
/** Checkpoints are for engagements signed and not yet over. */
const FOLLOWED: readonly Engagement['status'][] = ['agreement_signed', 'under_way'];

/** A checkpoint's job carries the engagement, the phase and the day (a change of dates makes other jobs; the old ones find their day gone). */
const checkpointKey = (engagementId: string, { phase, day }: Checkpoint) => `${engagementId}_${phase}_${day}`;

/**
 * An engagement's checkpoints, as delayed jobs with fixed ids (queueing them again is a no-op
 * while they wait). A checkpoint whose day has begun still fires that day; older ones are not
 * sent late. The reconciler queues them again from PostgreSQL when Redis lost them.
 */
@Injectable()
export class EngagementCheckpoints {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
  ) {}

  async schedule(engagement: Pick<Engagement, 'id' | 'status' | 'startDate' | 'endDate'>, now = Date.now()): Promise<number> {
    if (!FOLLOWED.includes(engagement.status) || !engagement.startDate || !engagement.endDate) return 0;
    let queued = 0;
    for (const checkpoint of checkpoints(engagement.startDate, engagement.endDate)) {
      const at = msOf(checkpoint.day);
      if (at + DAY_MS <= now) continue;
      const key = checkpointKey(engagement.id, checkpoint);
      await this.queues.add(JOBS.remindEngagement, { id: key }, `engagement-checkpoint-${key}`, { delayMs: Math.max(0, at - now) });
      queued++;
    }
    return queued;
  }

  /** Queues the checkpoints of the engagements followed; returns how many engagements were checked. */
  async scheduleAll(): Promise<number> {
    const followed = await this.dataSource.getRepository(Engagement).find({
      select: { id: true, status: true, startDate: true, endDate: true },
      where: { status: In([...FOLLOWED]) },
      order: { endDate: 'ASC' },
      take: SCHEDULE_PER_PASS,
    });
    for (const engagement of followed) await this.schedule(engagement);
    return followed.length;
  }
}

/** An engagement changed: its checkpoints are queued (again). */
@Injectable()
export class ScheduleEngagementHandler implements JobHandler {
  readonly job = JOBS.scheduleEngagement;

  constructor(
    private readonly dataSource: DataSource,
    private readonly checkpoints: EngagementCheckpoints,
  ) {}

  async handle({ id }: JobData): Promise<JobOutcome> {
    const engagement = await this.dataSource.getRepository(Engagement).findOneBy({ id });
    if (!engagement) return 'skipped: engagement gone';
    return (await this.checkpoints.schedule(engagement)) > 0 ? 'done' : 'skipped: no checkpoint ahead';
  }
}

/** At a checkpoint, the members of both organizations see the engagement's checkpoint notice unread again (once per checkpoint). */
@Injectable()
export class RemindEngagementHandler implements JobHandler {
  readonly job = JOBS.remindEngagement;

  constructor(private readonly dataSource: DataSource) {}

  async handle({ id: key }: JobData): Promise<JobOutcome> {
    const [id, phase, day] = key.split('_');
    const engagement = await this.dataSource.getRepository(Engagement).findOneBy({ id });
    if (!engagement || !FOLLOWED.includes(engagement.status) || !engagement.startDate || !engagement.endDate) return 'skipped: engagement not followed';
    if (!checkpoints(engagement.startDate, engagement.endDate).some((c) => c.phase === phase && c.day === day)) return 'skipped: dates changed';
    // The checkpoint's own moment: a replay renews nothing (renewNotice keeps the newer notice).
    const at = new Date(msOf(day));
    for (const organizationId of [engagement.hostOrganizationId, engagement.providerOrganizationId]) {
      const members = await membersOf(this.dataSource, organizationId);
      await renewNotice(this.dataSource, { userIds: members.map((m) => m.userId), proposalId: engagement.proposalId, event: 'checkpoint', organizationId, at });
    }
    return 'done';
  }
}
