import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MechanismCode } from '@relais/domain';
import { Need } from './need.entity';
import { Offer } from './offer.entity';

export type StoredReason = {
  factor: string;
  weight: number;
  value: number;
  text: { fr: string; en: string };
};

/** A scored, explained pair (need, offer). One row per pair: matching again updates it. */
@Entity('suggestions')
@Index('UQ_suggestions_need_offer', ['needId', 'offerId'], { unique: true })
@Index('IDX_suggestions_offer', ['offerId'])
@Check('CHK_suggestions_status', `"status" IN ('active','stale')`)
export class Suggestion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'need_id' })
  needId: string;

  @ManyToOne(() => Need, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'FK_suggestions_need' })
  need?: Need;

  @Column('uuid', { name: 'offer_id' })
  offerId: string;

  @ManyToOne(() => Offer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id', foreignKeyConstraintName: 'FK_suggestions_offer' })
  offer?: Offer;

  @Column('uuid', { name: 'need_organization_id' })
  needOrganizationId: string;

  @Column('uuid', { name: 'offer_organization_id' })
  offerOrganizationId: string;

  @Column('real')
  score: number;

  @Column('jsonb')
  reasons: StoredReason[];

  @Column('varchar', { length: 30, array: true })
  mechanisms: MechanismCode[];

  /** Stale: one side closed or no longer fits; kept so that nobody is told about the pair twice. */
  @Column('varchar', { length: 10, default: 'active' })
  status: 'active' | 'stale';

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
