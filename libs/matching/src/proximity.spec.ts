import { proximityFactor, proximityLevel } from './proximity';
import { aNeed, anOffer } from './test/factories';
import type { MatchableNeed, MatchableOffer } from './match-types';

// Need: mission in Dakar (SN), host in Bretagne. Provider overrides below.
type Case = [string, Partial<MatchableNeed>, Partial<MatchableOffer>, string, number, number];

describe('proximity', () => {
  it.each<Case>([
    // name, need, offer, level, onsite value, remote value
    ['same city', {}, { country: 'SN', city: 'Dakar' }, 'city', 1, 1],
    ['same city, other accents and case', { country: 'FR', city: 'Saint-Étienne' }, { country: 'FR', city: 'saint-etienne' }, 'city', 1, 1],
    ['a city of the same name in another country', { country: 'FR', city: 'Paris', region: null }, { country: 'US', city: 'Paris' }, 'abroad', 0, 0.5],
    ['same region as the host, mission abroad', {}, { country: 'FR', region: 'Bretagne', city: 'Rennes' }, 'region', 0.75, 0.875],
    ['same region, accents ignored', { country: 'FR', city: 'Paris', region: 'Île-de-France' }, { country: 'FR', region: 'ile-de-france', city: 'Créteil' }, 'region', 0.75, 0.875],
    ['same country', {}, { country: 'SN', city: 'Thiès' }, 'country', 0.5, 0.75],
    ['same country, no city on either side', { city: null }, { city: null }, 'country', 0.5, 0.75],
    ['abroad', {}, { country: 'FR', region: 'Occitanie', city: 'Toulouse' }, 'abroad', 0, 0.5],
    ['abroad, no region known', { region: null }, { country: 'FR', region: null, city: 'Rennes' }, 'abroad', 0, 0.5],
  ])('%s', (_name, need, offer, level, onsiteValue, remoteValue) => {
    expect(proximityLevel(aNeed(need), anOffer(offer))).toBe(level);
    expect(proximityFactor(aNeed(need), anOffer(offer)).value).toBe(onsiteValue);
    expect(proximityFactor(aNeed({ ...need, workMode: 'hybrid' }), anOffer(offer)).value).toBe(onsiteValue);
    expect(proximityFactor(aNeed({ ...need, workMode: 'remote' }), anOffer(offer)).value).toBe(remoteValue);
  });

  it('levels are ordered city > region > country > abroad', () => {
    const values = [
      anOffer({ city: 'Dakar' }),
      anOffer({ country: 'FR', region: 'Bretagne', city: 'Brest' }),
      anOffer({ city: 'Thiès' }),
      anOffer({ country: 'FR', city: 'Lyon' }),
    ].map((offer) => proximityFactor(aNeed(), offer).value);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    expect(new Set(values).size).toBe(4);
  });

  it('says why, and how a remote mission softens distance', () => {
    const abroad = anOffer({ country: 'FR', city: 'Lyon' });
    expect(proximityFactor(aNeed(), abroad).text).toEqual({
      fr: 'La structure apporteuse est hors du pays de la mission (structure : France, mission : Sénégal).',
      en: "The provider is outside the mission's country (provider: France, mission: Senegal).",
    });
    expect(proximityFactor(aNeed({ workMode: 'remote' }), abroad).text.en).toBe(
      "The provider is outside the mission's country (provider: France, mission: Senegal). Remote mission: distance counts half as much.",
    );
  });
});
