import { MigrationInterface, QueryRunner } from 'typeorm';

type Reason = { factor: string; weight: number; value: number; text: { fr: string; en: string } };

const FR_START = ' En mécénat de compétences, réduction';
const EN_START = ' With skills sponsorship, the company';

/**
 * Suggestions stored before the tax estimate became a reason of its own carry it at the end of
 * the mechanisms sentence, which the host's side reads: it moves to a `taxEstimate` reason.
 * Returns null when there is nothing to move.
 */
export function splitTaxEstimate(reasons: Reason[]): Reason[] | null {
  const mechanisms = reasons.find((r) => r.factor === 'mechanisms');
  if (!mechanisms || reasons.some((r) => r.factor === 'taxEstimate')) return null;
  const fr = mechanisms.text.fr.indexOf(FR_START);
  const en = mechanisms.text.en.indexOf(EN_START);
  if (fr < 0 || en < 0) return null;
  const kept = { ...mechanisms, text: { fr: mechanisms.text.fr.slice(0, fr), en: mechanisms.text.en.slice(0, en) } };
  const estimate: Reason = {
    factor: 'taxEstimate',
    weight: 0,
    value: 1,
    text: { fr: mechanisms.text.fr.slice(fr + 1), en: mechanisms.text.en.slice(en + 1) },
  };
  return [...reasons.map((r) => (r === mechanisms ? kept : r)), estimate];
}

/** The way back: the estimate joins the mechanisms sentence again. */
export function joinTaxEstimate(reasons: Reason[]): Reason[] | null {
  const estimate = reasons.find((r) => r.factor === 'taxEstimate');
  if (!estimate) return null;
  return reasons
    .filter((r) => r !== estimate)
    .map((r) => (r.factor === 'mechanisms' ? { ...r, text: { fr: `${r.text.fr} ${estimate.text.fr}`, en: `${r.text.en} ${estimate.text.en}` } } : r));
}

export class TaxEstimateReason1796131800000 implements MigrationInterface {
  name = 'TaxEstimateReason1796131800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.rewrite(queryRunner, `reasons::text LIKE '%mécénat de compétences, réduction%'`, splitTaxEstimate);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.rewrite(queryRunner, `reasons @> '[{"factor":"taxEstimate"}]'`, joinTaxEstimate);
  }

  private async rewrite(queryRunner: QueryRunner, where: string, change: (reasons: Reason[]) => Reason[] | null): Promise<void> {
    const rows: Array<{ id: string; reasons: Reason[] }> = await queryRunner.query(`SELECT "id", "reasons" FROM "suggestions" WHERE ${where}`);
    for (const row of rows) {
      const reasons = change(row.reasons);
      if (reasons) await queryRunner.query(`UPDATE "suggestions" SET "reasons" = $1 WHERE "id" = $2`, [JSON.stringify(reasons), row.id]);
    }
  }
}
