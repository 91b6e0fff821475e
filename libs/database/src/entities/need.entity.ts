import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { WorkMode } from '@relais/domain';
import { Organization } from './organization.entity';
import { Posting } from './posting';

/** A host's request for skills. */
@Entity('needs')
@Index('IDX_needs_organization', ['organizationId'])
@Index('IDX_needs_status_published', ['status', 'publishedAt'])
@Check('CHK_needs_status', `"status" IN ('draft','open','closed')`)
@Check('CHK_needs_work_mode', `"work_mode" IN ('onsite','remote','hybrid')`)
@Check('CHK_needs_period', `"end_date" >= "start_date" AND "effort_days" > 0`)
export class Need extends Posting {
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_needs_organization' })
  organization?: Organization;

  /** ISO 3166-1 alpha-2: where the mission takes place (or the host's country when remote). */
  @Column('char', { length: 2 })
  country: string;

  @Column('varchar', { length: 120, nullable: true })
  city: string | null;

  @Column('varchar', { length: 10, name: 'work_mode' })
  workMode: WorkMode;

  @Column('date', { name: 'start_date' })
  startDate: string;

  @Column('date', { name: 'end_date' })
  endDate: string;
}
