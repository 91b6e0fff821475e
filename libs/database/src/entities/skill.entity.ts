import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { SkillType } from '@relais/domain';

/** A skill of the catalog, derived from ESCO; the id is the last segment of the ESCO URI. */
@Entity('skills')
@Check('CHK_skills_type', `"type" IN ('skill','knowledge')`)
export class Skill {
  @PrimaryColumn('uuid')
  id: string;

  @Column('varchar', { length: 10 })
  type: SkillType;

  @Column('text', { name: 'label_en' })
  labelEn: string;

  /** ESCO lacks a French label for a few hundred skills. */
  @Column('text', { name: 'label_fr', nullable: true })
  labelFr: string | null;

  @Column('text', { name: 'alt_labels_en', array: true, default: () => "'{}'" })
  altLabelsEn: string[];

  @Column('text', { name: 'alt_labels_fr', array: true, default: () => "'{}'" })
  altLabelsFr: string[];

  /** Broader skills and skill groups (ESCO hierarchy): two skills sharing one are related. */
  @Column('text', { name: 'broader_ids', array: true, default: () => "'{}'" })
  broaderIds: string[];
}
