import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EngagementStatus, MechanismCode, Side } from '@relais/domain';
import { Proposal } from './proposal.entity';

export const EFFORT_UNITS = ['days', 'hours'] as const;
export type EffortUnit = (typeof EFFORT_UNITS)[number];
/** A person lent to the host (personal data: only the two organizations see it). */
export type LentPerson = {
  name: string;
  role: string;
  /** For skills sponsorship: the monthly gross pay and the employer's charges rate (0.45 for 45 %), from which the agreement values the time lent. */
  grossMonthlyPay?: number | null;
  chargesRate?: number | null;
};
/** A milestone or deliverable of the work plan. */
export type WorkPlanItem = { title: string; due: string | null; done: boolean };

/**
 * What an accepted proposal becomes: the two organizations' partnership, under one mechanism,
 * with its dates, its effort, the people lent and its work plan. Its life is decideEngagement's
 * (libs/domain partnership.ts). `version` grows with every change, so that a change made on an
 * older version is refused (no lost update); a change of the terms clears the signatures.
 */
@Entity('engagements')
@Index('UQ_engagements_proposal', ['proposalId'], { unique: true })
@Index('IDX_engagements_host', ['hostOrganizationId', 'status'])
@Index('IDX_engagements_provider', ['providerOrganizationId', 'status'])
@Check('CHK_engagements_status', `"status" IN ('agreed','agreement_signed','under_way','completed','evaluated','cancelled')`)
@Check('CHK_engagements_effort', `"effort_unit" IN ('days','hours') AND ("effort_amount" IS NULL OR "effort_amount" > 0)`)
@Check('CHK_engagements_period', `"start_date" IS NULL OR "end_date" IS NULL OR "end_date" >= "start_date"`)
export class Engagement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'proposal_id' })
  proposalId: string;

  @ManyToOne(() => Proposal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'FK_engagements_proposal' })
  proposal?: Proposal;

  @Column('uuid', { name: 'need_id' })
  needId: string;

  @Column('uuid', { name: 'offer_id' })
  offerId: string;

  @Column('uuid', { name: 'host_organization_id' })
  hostOrganizationId: string;

  @Column('uuid', { name: 'provider_organization_id' })
  providerOrganizationId: string;

  @Column('varchar', { length: 20, default: 'agreed' })
  status: EngagementStatus;

  /** Chosen among the mechanisms that carry the pair; null until chosen. */
  @Column('varchar', { length: 30, nullable: true })
  mechanism: MechanismCode | null;

  @Column('date', { name: 'start_date', nullable: true })
  startDate: string | null;

  @Column('date', { name: 'end_date', nullable: true })
  endDate: string | null;

  @Column('integer', { name: 'effort_amount', nullable: true })
  effortAmount: number | null;

  @Column('varchar', { name: 'effort_unit', length: 5, default: 'days' })
  effortUnit: EffortUnit;

  @Column('jsonb', { default: () => "'[]'" })
  people: LentPerson[];

  @Column('jsonb', { name: 'work_plan', default: () => "'[]'" })
  workPlan: WorkPlanItem[];

  @Column('timestamptz', { name: 'host_signed_at', nullable: true })
  hostSignedAt: Date | null;

  @Column('timestamptz', { name: 'provider_signed_at', nullable: true })
  providerSignedAt: Date | null;

  @Column('integer', { default: 1 })
  version: number;

  /** The version of the agreement: grows with every change of the terms (each makes new documents to sign). */
  @Column('integer', { name: 'terms_version', default: 1 })
  termsVersion: number;

  /** The side that made the last change (the other one is told). */
  @Column('varchar', { name: 'changed_by', length: 8, nullable: true })
  changedBy: Side | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
