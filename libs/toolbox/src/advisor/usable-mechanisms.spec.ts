import { MECHANISM_CODES, type MechanismCode } from '@relais/domain';
import { TOOLBOX_MECHANISM_CODES, type ToolboxMechanismCode } from '../mechanism-codes';
import { MATCH_RULE_IDS, mechanismExclusions, type MissionContext, type OrganizationFacts, usableMechanisms } from './usable-mechanisms';

const ALL: readonly ToolboxMechanismCode[] = TOOLBOX_MECHANISM_CODES;
const frenchAssociation: OrganizationFacts = { kind: 'association', country: 'FR', generalInterest: true };
const company: OrganizationFacts = { kind: 'company', country: 'FR', generalInterest: false };
const localAuthority: OrganizationFacts = { kind: 'local_authority', country: 'FR', generalInterest: true };
const university: OrganizationFacts = { kind: 'university', country: 'FR', generalInterest: true };
const foreignPartner: OrganizationFacts = { kind: 'foreign_partner', country: 'SN', generalInterest: true };

const ruledOut = (host: OrganizationFacts, provider: OrganizationFacts, mission?: MissionContext) => {
  const usable = new Set(usableMechanisms(host, provider, ALL, mission));
  return ALL.filter((code) => !usable.has(code));
};

describe('usableMechanisms', () => {
  it.each([
    ['nothing known rules nothing out', {}, {}, undefined, []],
    // the association may be the approved VSI sender, the company's employee on leave its volunteer
    ['company → general-interest association', frenchAssociation, company, undefined,
      ['civic_service', 'internship', 'public_secondment', 'decentralised_cooperation']],
    ['company → association without general interest', { ...frenchAssociation, generalInterest: false }, company, undefined,
      ['skills_sponsorship', 'civic_service', 'internship', 'volunteering', 'public_secondment', 'decentralised_cooperation']],
    ['company → company', company, company, undefined,
      ['skills_sponsorship', 'solidarity_leave', 'solidarity_holiday', 'vsi', 'civic_service', 'internship', 'volunteering', 'public_secondment', 'decentralised_cooperation']],
    ['company → foreign partner seated outside the EEA', foreignPartner, company, undefined,
      ['skills_sponsorship', 'vsi', 'civic_service', 'internship', 'public_secondment', 'decentralised_cooperation']],
    ['association → association', frenchAssociation, frenchAssociation, undefined,
      ['skills_sponsorship', 'solidarity_holiday', 'internship', 'public_secondment', 'decentralised_cooperation']],
    ['local authority → association', frenchAssociation, localAuthority, undefined,
      ['staff_loan', 'solidarity_leave', 'solidarity_holiday', 'internship', 'decentralised_cooperation']],
    ['local authority → foreign partner', foreignPartner, localAuthority, undefined,
      ['skills_sponsorship', 'staff_loan', 'solidarity_leave', 'solidarity_holiday', 'vsi', 'internship']],
    ['university → foreign partner', foreignPartner, university, undefined,
      ['skills_sponsorship', 'staff_loan', 'solidarity_leave', 'solidarity_holiday', 'vsi', 'decentralised_cooperation']],
    ['local authority after the end of the 3DS experiment', frenchAssociation, localAuthority, { startDate: '2027-12-28' },
      ['skills_sponsorship', 'staff_loan', 'solidarity_leave', 'solidarity_holiday', 'internship', 'decentralised_cooperation']],
    ['a mission in France rules out leave abroad, VSI and cooperation', {}, {}, { destinationCountry: 'FR' },
      ['solidarity_leave', 'vsi', 'decentralised_cooperation']],
    ['a mission in the EEA rules out VSI', {}, {}, { destinationCountry: 'de' }, ['vsi']],
  ] as const)('%s', (_label, host, provider, mission, expected) => {
    expect(ruledOut(host, provider, mission)).toEqual(expected);
  });

  it.each([
    ['host declared approved sender', { ...company, approvedVsiSender: true }, company, true],
    ['provider declared approved sender', company, { ...company, approvedVsiSender: true }, true],
    ['an association not approved, facing a company', { ...frenchAssociation, approvedVsiSender: false }, company, false],
    ['an association of unknown approval', frenchAssociation, company, true],
  ] as const)('VSI: %s → usable %p', (_label, host, provider, usable) => {
    expect(usableMechanisms(host, provider, ['vsi'])).toEqual(usable ? ['vsi'] : []);
  });

  it.each([
    ['a company declared not taxed under a real regime', { ...company, realTaxRegime: false }, false],
    ['an association declared taxed under a real regime', { kind: 'association', realTaxRegime: true }, true],
    ['a provider of unknown kind', {}, true],
  ] as const)('skills sponsorship from %s → usable %p', (_label, provider, usable) => {
    expect(usableMechanisms(frenchAssociation, provider, ['skills_sponsorship'])).toEqual(usable ? ['skills_sponsorship'] : []);
  });

  it('takes the product codes and keeps their order', () => {
    const candidates: MechanismCode[] = ['volunteering', 'staff_loan', 'skills_sponsorship'];
    const result: MechanismCode[] = usableMechanisms(frenchAssociation, company, candidates);
    expect(result).toEqual(['volunteering', 'staff_loan', 'skills_sponsorship']);
    expect(usableMechanisms(frenchAssociation, company, MECHANISM_CODES)).not.toContain('decentralised_cooperation');
  });

  it('explains every exclusion with a rule id and a reason in both languages', () => {
    const exclusions = mechanismExclusions({ ...frenchAssociation, generalInterest: false }, company, ['skills_sponsorship', 'staff_loan']);
    expect(exclusions).toEqual([
      { code: 'skills_sponsorship', rule: 'skills_sponsorship.host.general_interest', reason: { fr: expect.any(String), en: expect.any(String) } },
    ]);
    expect(MATCH_RULE_IDS.every((id) => ALL.some((code) => id.startsWith(`${code}.`)))).toBe(true);
  });
});
