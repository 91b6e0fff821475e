import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { Locale } from '@relais/domain';
import { Skill } from '@relais/database';
import { SearchIndex } from '@relais/search';
import { ESCO_ATTRIBUTION, TextSkills } from '@relais/skills-catalog';
import { notFound } from '../http/api-error';
import type { Pagination } from '../http/pagination';
import { searching } from '../http/search-unavailable';

export type SkillView = { id: string; type: Skill['type']; label: string; labelEn: string; labelFr: string | null };

export const toSkillView = (skill: Skill, locale: Locale): SkillView => ({
  id: skill.id,
  type: skill.type,
  label: (locale === 'fr' ? skill.labelFr : skill.labelEn) ?? skill.labelEn,
  labelEn: skill.labelEn,
  labelFr: skill.labelFr,
});

@Injectable()
export class SkillsService {
  /** Loads the catalog on first use (about a second), then keeps it. */
  private readonly textSkills = new TextSkills();

  constructor(
    @InjectRepository(Skill) private readonly skills: Repository<Skill>,
    private readonly index: SearchIndex,
  ) {}

  /** Autocomplete over French and English labels and alternative labels, from the search index. */
  async search(q: string, locale: Locale, page: Pagination) {
    const result = await searching(() => this.index.searchSkills(q, locale, page));
    return {
      items: result.items.map((skill) => ({
        id: skill.id,
        type: skill.type,
        label: skill.label,
        labelEn: skill.labelEn,
        labelFr: skill.labelFr,
      })),
      page: result.page,
      pageSize: result.pageSize,
      total: result.total,
      attribution: ESCO_ATTRIBUTION[locale],
    };
  }

  /** Catalog skills that a need's or an offer's text talks about, with a confidence and the words that triggered them. */
  async extract(text: string, locale: Locale, limit: number) {
    const found = this.textSkills.extract(text, { limit });
    const skills = found.length ? await this.skills.findBy({ id: In(found.map((f) => f.id)) }) : [];
    const byId = new Map(skills.map((skill) => [skill.id, skill]));
    return {
      items: found.flatMap(({ id, confidence, matched }) => {
        const skill = byId.get(id);
        return skill ? [{ ...toSkillView(skill, locale), confidence, matched }] : [];
      }),
      attribution: ESCO_ATTRIBUTION[locale],
    };
  }

  async get(id: string, locale: Locale) {
    const skill = await this.skills.findOneBy({ id });
    if (!skill) throw notFound('Skill');
    return { ...toSkillView(skill, locale), altLabelsEn: skill.altLabelsEn, altLabelsFr: skill.altLabelsFr };
  }
}
