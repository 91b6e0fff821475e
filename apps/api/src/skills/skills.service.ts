import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { foldText, type Locale } from '@relais/domain';
import { Skill } from '@relais/database';
import { ESCO_ATTRIBUTION } from '@relais/skills-catalog';
import { notFound } from '../http/api-error';
import { offsetOf, type Pagination } from '../http/pagination';

export type SkillView = { id: string; type: Skill['type']; label: string; labelEn: string; labelFr: string | null };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export const toSkillView = (skill: Skill, locale: Locale): SkillView => ({
  id: skill.id,
  type: skill.type,
  label: (locale === 'fr' ? skill.labelFr : skill.labelEn) ?? skill.labelEn,
  labelEn: skill.labelEn,
  labelFr: skill.labelFr,
});

@Injectable()
export class SkillsService {
  constructor(@InjectRepository(Skill) private readonly skills: Repository<Skill>) {}

  /**
   * Autocomplete over French and English labels and alternative labels, accent- and
   * case-insensitive. Every word typed must appear; labels in the asked language that start
   * with the text come first.
   */
  async search(q: string, locale: Locale, page: Pagination) {
    const words = foldText(q).split(' ').filter(Boolean).slice(0, 8);
    const own = locale === 'fr' ? 's.search_fr' : 's.search_en';
    const other = locale === 'fr' ? 's.search_en' : 's.search_fr';
    const qb = this.skills.createQueryBuilder('s');
    const allWords = (column: string) => words.map((_, i) => `${column} LIKE :w${i}`).join(' AND ');
    qb.where(`((${allWords(own)}) OR (${allWords(other)}))`);
    words.forEach((word, i) => qb.setParameter(`w${i}`, `%${escapeLike(word)}%`));
    const text = escapeLike(words.join(' '));
    const label = `split_part(${own}, E'\\n', 1)`;
    qb.addSelect(
      `CASE WHEN ${label} LIKE :prefix THEN 0 WHEN ${label} LIKE :wordStart THEN 1 ` +
        `WHEN ${label} LIKE :anywhere THEN 2 WHEN ${own} LIKE :anywhere THEN 3 ELSE 4 END`,
      'rank',
    )
      .setParameters({ prefix: `${text}%`, wordStart: `% ${text}%`, anywhere: `%${text}%` })
      .orderBy('rank', 'ASC')
      .addOrderBy(`length(${label})`, 'ASC')
      .addOrderBy('s.id', 'ASC');
    const { skip, take } = offsetOf(page);
    const [rows, total] = await Promise.all([qb.clone().offset(skip).limit(take).getMany(), qb.getCount()]);
    return {
      items: rows.map((skill) => toSkillView(skill, locale)),
      page: page.page,
      pageSize: page.pageSize,
      total,
      attribution: ESCO_ATTRIBUTION[locale],
    };
  }

  async get(id: string, locale: Locale) {
    const skill = await this.skills.findOneBy({ id });
    if (!skill) throw notFound('Skill');
    return { ...toSkillView(skill, locale), altLabelsEn: skill.altLabelsEn, altLabelsFr: skill.altLabelsFr };
  }
}
