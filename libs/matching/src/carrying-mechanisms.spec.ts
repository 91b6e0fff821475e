import type { MatchResult } from './match-types';
import { carryingMechanisms, estimateSponsorshipReduction, explainCarrying, reasonsForSide, type CarryingContext } from './carrying-mechanisms';

/** What matching does with a pair it keeps: null when no mechanism can carry it. */
const withCarryingMechanisms = (result: MatchResult, context: CarryingContext) => {
  const usable = carryingMechanisms(result, context);
  return usable.length ? explainCarrying(result, context, usable) : null;
};

const result = (mechanisms: MatchResult['mechanisms']): MatchResult => ({
  score: 0.7,
  mechanisms,
  reasons: [
    { factor: 'skills', weight: 0.4, value: 1, text: { fr: 'a', en: 'a' } },
    { factor: 'mechanisms', weight: 0, value: 1, text: { fr: 'b', en: 'b' } },
  ],
});

const context = (overrides: Partial<CarryingContext> = {}): CarryingContext => ({
  host: { kind: 'association', country: 'FR', generalInterest: true },
  provider: { kind: 'company', country: 'FR', generalInterest: false },
  mission: { destinationCountry: 'SN', startDate: '2026-03-01' },
  daysLent: 10,
  payBand: null,
  ...overrides,
});

describe('carryingMechanisms, then explainCarrying', () => {
  it('keeps skills sponsorship for a general-interest host and names it in both languages', () => {
    const carried = withCarryingMechanisms(result(['skills_sponsorship']), context());
    expect(carried?.mechanisms).toEqual(['skills_sponsorship']);
    const reason = carried!.reasons.find((r) => r.factor === 'mechanisms')!;
    expect(reason.text.fr).toMatch(/^Dispositifs possibles : .+\.$/);
    expect(reason.text.en).toMatch(/^Mechanisms that can carry it: .+\.$/);
    expect(reason.text.fr).not.toContain('réduction');
  });

  it('drops skills sponsorship for a host without general interest; no mechanism left means no suggestion', () => {
    const host = { kind: 'association' as const, country: 'FR', generalInterest: false };
    expect(withCarryingMechanisms(result(['skills_sponsorship']), context({ host }))).toBeNull();
    expect(withCarryingMechanisms(result(['skills_sponsorship', 'staff_loan']), context({ host }))?.mechanisms).toEqual(['staff_loan']);
  });

  it('adds the tax estimate when the offer states a pay band and skills sponsorship carries the pair', () => {
    const carried = withCarryingMechanisms(result(['skills_sponsorship']), context({ payBand: { min: 3500, max: 4500 } }));
    const reason = carried!.reasons.find((r) => r.factor === 'taxEstimate')!;
    // 4 000 € a month, 45 % charges, 10 days in 2026: the facts sheet's worked example.
    expect(reason.text.fr).toContain('1\u202f606\u00a0€');
    expect(reason.text.en).toContain('€1,606');
    expect(reason.weight).toBe(0);
  });

  it("leaves the estimate, made from the provider's pay, out of what the host's side reads", () => {
    const carried = withCarryingMechanisms(result(['skills_sponsorship']), context({ payBand: { min: 3500, max: 4500 } }))!;
    expect(reasonsForSide(carried.reasons, 'offer').map((r) => r.factor)).toContain('taxEstimate');
    const hostSide = reasonsForSide(carried.reasons, 'need');
    expect(hostSide.map((r) => r.factor)).not.toContain('taxEstimate');
    expect(hostSide.map((r) => r.text.fr).join(' ')).not.toMatch(/brut par mois|€/);
    expect(hostSide).toHaveLength(carried.reasons.length - 1);
  });

  it('estimates like the worked example of the facts sheet', () => {
    expect(estimateSponsorshipReduction({ min: 4000, max: 4000 }, 10, '2026-05-01')).toMatchObject({
      year: 2026,
      timeValue: 2676.86,
      reduction: 1606.12,
    });
    expect(estimateSponsorshipReduction({ min: 4000, max: 4000 }, 10, '2031-05-01').year).toBe(2026);
  });
});
