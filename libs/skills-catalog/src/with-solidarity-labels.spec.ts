import type { CatalogSkill } from './catalog';
import { withSolidarityLabels } from './solidarity-labels';

const skill = (id: string, altLabelsFr: string[] = []): CatalogSkill => ({
  id,
  type: 'skill',
  labelEn: 'accounting techniques',
  labelFr: 'techniques comptables',
  altLabelsEn: ['accounting methods'],
  altLabelsFr,
  broader: [],
});

describe('withSolidarityLabels', () => {
  it('adds the labels to the alternative labels, without repeats, and leaves other skills alone', () => {
    const [merged, untouched] = withSolidarityLabels(
      [skill('a', ['comptabilité']), skill('b')],
      [{ id: 'a', domain: 'finance_accounting', fr: ['comptabilité', 'tenue des comptes'], en: ['bookkeeping'] }],
    );
    expect(merged.altLabelsFr).toEqual(['comptabilité', 'tenue des comptes']);
    expect(merged.altLabelsEn).toEqual(['accounting methods', 'bookkeeping']);
    expect(untouched).toEqual(skill('b'));
  });
});
