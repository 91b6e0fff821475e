import { joinTaxEstimate, splitTaxEstimate } from './1796131800000-TaxEstimateReason';

const reason = (factor: string, fr: string, en: string) => ({ factor, weight: 0, value: 1, text: { fr, en } });

const stored = [
  { factor: 'skills', weight: 0.35, value: 1, text: { fr: 'Compétences.', en: 'Skills.' } },
  reason(
    'mechanisms',
    "Dispositifs possibles : Mécénat de compétences. En mécénat de compétences, réduction d'impôt estimée pour l'entreprise : 1 606 € (…).",
    "Mechanisms that can carry it: Skills sponsorship. With skills sponsorship, the company's estimated tax reduction: €1,606 (…).",
  ),
];

describe('moving the tax estimate of stored suggestions to a reason of its own', () => {
  it('keeps the mechanisms sentence and moves the estimate', () => {
    expect(splitTaxEstimate(stored)).toEqual([
      stored[0],
      reason('mechanisms', 'Dispositifs possibles : Mécénat de compétences.', 'Mechanisms that can carry it: Skills sponsorship.'),
      reason(
        'taxEstimate',
        "En mécénat de compétences, réduction d'impôt estimée pour l'entreprise : 1 606 € (…).",
        "With skills sponsorship, the company's estimated tax reduction: €1,606 (…).",
      ),
    ]);
  });

  it('leaves alone reasons without an estimate, or already split', () => {
    expect(splitTaxEstimate([reason('mechanisms', 'Dispositifs possibles : Bénévolat.', 'Mechanisms that can carry it: Volunteering.')])).toBeNull();
    expect(splitTaxEstimate(splitTaxEstimate(stored)!)).toBeNull();
  });

  it('goes back to the stored sentence', () => {
    expect(joinTaxEstimate(splitTaxEstimate(stored)!)).toEqual(stored);
  });
});
