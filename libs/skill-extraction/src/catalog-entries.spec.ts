import { catalogEntries } from './catalog-entries';

const skill = (id: string, labelEn: string, labelFr: string | null, altLabelsEn: string[] = [], altLabelsFr: string[] = []) => ({
  id,
  labelEn,
  labelFr,
  altLabelsEn,
  altLabelsFr,
});

describe('catalogEntries', () => {
  it('puts the primary label first, then the alternative labels, then the extra labels', () => {
    const entries = catalogEntries(
      [skill('s1', 'accounting', 'comptabilité', ['bookkeeping'], ['tenue des comptes']), skill('s2', 'hydraulics', null)],
      [
        { id: 's1', fr: ['compta'], en: [] },
        { id: 's1', fr: ['gestion comptable'], en: ['accounts'] },
        { id: 's2', fr: ['hydraulique villageoise'], en: [] },
      ],
    );
    expect(entries).toEqual([
      { id: 's1', labelsFr: ['comptabilité', 'tenue des comptes', 'compta', 'gestion comptable'], labelsEn: ['accounting', 'bookkeeping', 'accounts'] },
      { id: 's2', labelsFr: ['hydraulique villageoise'], labelsEn: ['hydraulics'] },
    ]);
  });

  it('ignores extra labels for ids that are not in the catalog', () => {
    expect(catalogEntries([skill('s1', 'accounting', 'comptabilité')], [{ id: 'unknown', fr: ['x'], en: ['y'] }])).toEqual([
      { id: 's1', labelsFr: ['comptabilité'], labelsEn: ['accounting'] },
    ]);
  });
});
