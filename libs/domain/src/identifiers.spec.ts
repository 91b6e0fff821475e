import { normalizeRna, normalizeSiren, passesLuhn } from './identifiers';

describe('SIREN', () => {
  it.each([
    ['552 100 554', '552100554'], // a real SIREN, spaces tolerated
    ['732829320', '732829320'],
    ['356000000', '356000000'],
    ['552100555', null], // checksum broken
    ['55210055', null], // 8 digits
    ['5521005540', null], // 10 digits
    ['55210055A', null],
    ['', null],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeSiren(input)).toBe(expected);
  });

  it('Luhn accepts the classic example and refuses one digit changed', () => {
    expect(passesLuhn('79927398713')).toBe(true);
    expect(passesLuhn('79927398710')).toBe(false);
  });
});

describe('RNA', () => {
  it.each([
    ['W751234567', 'W751234567'],
    ['w751234567', 'W751234567'],
    ['W 751 234 567', 'W751234567'],
    ['751234567', null],
    ['W75123456', null],
    ['X751234567', null],
    ['W7512345678', null],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeRna(input)).toBe(expected);
  });
});
