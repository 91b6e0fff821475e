import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Engagement } from '@relais/database';
import { JOBS, type JobData } from '@relais/jobs';
import type { JobHandler, JobOutcome } from '../jobs/job-handler';
import { membersOf } from './notify-message.handler';
import { renewNotice } from './renew-notice';

/** An engagement's terms or stage changed: the other side's members see its in-app notification unread again. */
@Injectable()
export class NotifyEngagementHandler implements JobHandler {
  readonly job = JOBS.notifyEngagement;

  constructor(private readonly dataSource: DataSource) {}

  async handle({ id }: JobData): Promise<JobOutcome> {
    const engagement = await this.dataSource.getRepository(Engagement).findOneBy({ id });
    if (!engagement?.changedBy) return 'skipped: nothing changed';
    const recipient = engagement.changedBy === 'host' ? engagement.providerOrganizationId : engagement.hostOrganizationId;
    const members = await membersOf(this.dataSource, recipient);
    if (members.length === 0) return 'skipped: nobody to tell';
    await renewNotice(this.dataSource, {
      userIds: members.map((m) => m.userId),
      proposalId: engagement.proposalId,
      event: 'engagement',
      organizationId: recipient,
      at: engagement.updatedAt,
    });
    return 'done';
  }
}
