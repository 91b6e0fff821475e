import { hasContactDetails } from './offer.dto';

describe('hasContactDetails', () => {
  it.each([
    ['an e-mail address', 'write to jane.doe@example.org for details', true],
    ['an address with subdomains', 'jane@mail.example.co.uk', true],
    ['a French mobile number', 'appelez le 06 12 34 56 78', true],
    ['an international number', 'call +221 77 123 45 67', true],
    ['a profile without either', 'Chartered accountant, ten years with cooperatives', false],
    ['an @ that is no address', 'skills @ work, twenty years', false],
    ['a year and a count', 'since 2015, 120 producers', false],
    ['a long run of letters', 'a'.repeat(100_000), false],
  ])('%s', (_, text, expected) => {
    expect(hasContactDetails(text)).toBe(expected);
  });
});
