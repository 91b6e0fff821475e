import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { WorkMode } from '@relais/domain';
import { Organization } from './organization.entity';
import { Posting } from './posting';

/** A provider's availability of skills. Describes a profile, never a named person. */
@Entity('offers')
@Index('IDX_offers_organization', ['organizationId'])
@Index('IDX_offers_status_published', ['status', 'publishedAt'])
@Check('CHK_offers_status', `"status" IN ('draft','open','closed')`)
@Check('CHK_offers_period', `("available_to" IS NULL OR "available_to" >= "available_from") AND "effort_days" > 0`)
@Check('CHK_offers_pay_band', `("gross_monthly_pay_min" IS NULL) = ("gross_monthly_pay_max" IS NULL) AND "gross_monthly_pay_min" <= "gross_monthly_pay_max"`)
export class Offer extends Posting {
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_offers_organization' })
  organization?: Organization;

  @Column('date', { name: 'available_from' })
  availableFrom: string;

  /** Null: open-ended availability. */
  @Column('date', { name: 'available_to', nullable: true })
  availableTo: string | null;

  @Column('varchar', { length: 10, name: 'work_modes', array: true })
  workModes: WorkMode[];

  /**
   * Optional gross monthly pay band (euros) of the profile, which lets the matcher estimate the
   * tax reduction of skills sponsorship. Never sent to the search index.
   */
  @Column('integer', { name: 'gross_monthly_pay_min', nullable: true })
  grossMonthlyPayMin: number | null;

  @Column('integer', { name: 'gross_monthly_pay_max', nullable: true })
  grossMonthlyPayMax: number | null;

  /** ISO 3166-1 alpha-2 codes the person can travel to; empty means anywhere. */
  @Column('char', { length: 2, array: true, default: () => "'{}'" })
  countries: string[];
}
