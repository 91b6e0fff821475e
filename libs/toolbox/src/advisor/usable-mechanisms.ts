import type { OrganizationKind } from '@relais/domain';
import { isFrance, isInEea } from '../geography';
import type { ToolboxMechanismCode } from '../mechanism-codes';
import { text as t, type Text } from '../text';
import { valuesForRules } from '../values/dated-values';

/**
 * What the matcher knows of each organization. Only `kind`, `country` and `generalInterest`
 * are declared today; the other facts are optional. Anything missing is unknown and rules
 * nothing out.
 */
export type OrganizationFacts = {
  kind?: OrganizationKind;
  /** Seat, ISO 3166-1 alpha-2. */
  country?: string;
  /** General interest in the sense of CGI 238 bis. */
  generalInterest?: boolean;
  approvedVsiSender?: boolean;
  civicServiceApproved?: boolean;
  /** Provider company taxed under a real regime. */
  realTaxRegime?: boolean;
};

/** Optional facts about the mission itself. */
export type MissionContext = {
  /** Where the mission takes place, ISO 3166-1 alpha-2. */
  destinationCountry?: string;
  /** First day of the mission, YYYY-MM-DD. */
  startDate?: string;
};

export type Exclusion = { code: ToolboxMechanismCode; rule: string; reason: Text };

type Facts = { host: OrganizationFacts; provider: OrganizationFacts; mission: MissionContext };

/** A rule rules a mechanism out when `excludes` is true on what is KNOWN; unknown facts never exclude. */
type MatchRule = { id: string; code: ToolboxMechanismCode; reason: Text; excludes: (facts: Facts) => boolean };

const is = (kind: OrganizationKind | undefined, ...kinds: OrganizationKind[]) => kind !== undefined && kinds.includes(kind);
const isNot = (kind: OrganizationKind | undefined, ...kinds: OrganizationKind[]) => kind !== undefined && !kinds.includes(kind);
const upper = (code: string | undefined) => code?.toUpperCase();
/** Could this side be an approved sender (VSI) or approved body (civic service)? */
const couldBeApproved = (facts: OrganizationFacts, approved: boolean | undefined, kinds: OrganizationKind[]) =>
  approved === true || (approved === undefined && (facts.kind === undefined || kinds.includes(facts.kind)));

/** Company route of skills sponsorship: a company (or a body declared taxed under a real regime). */
const couldSponsorAsCompany = (provider: OrganizationFacts) =>
  provider.realTaxRegime !== false && (provider.kind === undefined || provider.kind === 'company' || provider.realTaxRegime === true);
/** Civil servants' route (loi 3DS): a public employer. */
const couldSponsorAsAdministration = (provider: OrganizationFacts) =>
  provider.kind === undefined || provider.kind === 'local_authority' || provider.kind === 'university';
const APPROVABLE_KINDS: OrganizationKind[] = ['association', 'local_authority', 'university', 'network'];

const RULES: MatchRule[] = [
  // Skills sponsorship [S3][S27][S15]
  { id: 'skills_sponsorship.host.general_interest', code: 'skills_sponsorship', reason: t("La structure d'accueil n'est pas d'intérêt général.", 'The host is not a general-interest body.'), excludes: ({ host }) => host.generalInterest === false || is(host.kind, 'company') },
  { id: 'skills_sponsorship.host.seat', code: 'skills_sponsorship', reason: t("Le siège de la structure d'accueil est hors de l'UE/EEE.", "The host's seat is outside the EU/EEA."), excludes: ({ host }) => host.country !== undefined && !isInEea(upper(host.country) ?? '') },
  {
    id: 'skills_sponsorship.provider',
    code: 'skills_sponsorship',
    reason: t("Seules une entreprise imposée selon un régime réel ou une administration (expérimentation 3DS) peuvent prêter.", 'Only a company taxed under a real regime or an administration (3DS experiment) can lend.'),
    excludes: ({ provider }) => !couldSponsorAsCompany(provider) && !couldSponsorAsAdministration(provider),
  },
  {
    id: 'skills_sponsorship.public.experiment_period',
    code: 'skills_sponsorship',
    reason: t("L'expérimentation du mécénat de compétences des fonctionnaires est terminée à cette date.", "The civil servants' skills-sponsorship experiment is over by that date."),
    excludes: ({ provider, mission }) => {
      if (!is(provider.kind, 'local_authority', 'university') || mission.startDate === undefined) return false;
      const period = valuesForRules(Number(mission.startDate.slice(0, 4))).publicAgentSkillsSponsorship;
      return mission.startDate > period.end || mission.startDate < period.start;
    },
  },
  // Staff loan [S8]: a private-law employer lends
  { id: 'staff_loan.provider', code: 'staff_loan', reason: t("Le prêt de main-d'œuvre se fait depuis un employeur de droit privé.", 'A staff loan comes from a private-law employer.'), excludes: ({ provider }) => isNot(provider.kind, 'company', 'association', 'network') },
  // Solidarity leave [S10]: private employer; humanitarian association or international organisation abroad
  { id: 'solidarity_leave.provider', code: 'solidarity_leave', reason: t("Le congé de solidarité internationale concerne les salariés d'employeurs de droit privé.", 'International solidarity leave is for employees of private-law employers.'), excludes: ({ provider }) => isNot(provider.kind, 'company', 'association', 'network') },
  { id: 'solidarity_leave.host', code: 'solidarity_leave', reason: t("L'accueil doit être une association humanitaire ou une organisation internationale.", 'The host must be a humanitarian association or an international organisation.'), excludes: ({ host }) => is(host.kind, 'company', 'local_authority', 'university') },
  { id: 'solidarity_leave.abroad', code: 'solidarity_leave', reason: t('La mission doit avoir lieu hors de France.', 'The mission must take place outside France.'), excludes: ({ mission }) => mission.destinationCountry !== undefined && isFrance(upper(mission.destinationCountry) ?? '') },
  // Solidarity holiday [S11]: a company's employees, an NGO's programme
  { id: 'solidarity_holiday.provider', code: 'solidarity_holiday', reason: t("Le congé solidaire est financé par l'entreprise employeuse.", 'A solidarity holiday is funded by the employing company.'), excludes: ({ provider }) => isNot(provider.kind, 'company') },
  { id: 'solidarity_holiday.host', code: 'solidarity_holiday', reason: t("Le congé solidaire se fait dans le programme d'une ONG.", "A solidarity holiday runs within an NGO's programme."), excludes: ({ host }) => is(host.kind, 'company') },
  // VSI [S12]: an approved sending association on one side; outside the EEA
  {
    id: 'vsi.approved_sender',
    code: 'vsi',
    reason: t("Aucune des deux structures ne peut être une association d'envoi agréée VSI.", 'Neither organization can be an approved VSI sending association.'),
    excludes: ({ host, provider }) => !couldBeApproved(host, host.approvedVsiSender, ['association', 'network']) && !couldBeApproved(provider, provider.approvedVsiSender, ['association', 'network']),
  },
  { id: 'vsi.outside_eea', code: 'vsi', reason: t("Le VSI se fait hors de l'EEE.", 'VSI takes place outside the EEA.'), excludes: ({ mission }) => mission.destinationCountry !== undefined && isInEea(upper(mission.destinationCountry) ?? '') },
  // Civic service [S13]: associations and public bodies only
  { id: 'civic_service.provider', code: 'civic_service', reason: t('Le service civique se fait avec une association ou une personne publique.', 'Civic service is run by an association or a public body.'), excludes: ({ provider }) => is(provider.kind, 'company', 'foreign_partner') },
  {
    id: 'civic_service.host_approved',
    code: 'civic_service',
    reason: t('Aucune des deux structures ne peut être agréée service civique.', 'Neither organization can be approved for civic service.'),
    excludes: ({ host, provider }) => is(host.kind, 'company') || (!couldBeApproved(host, host.civicServiceApproved, APPROVABLE_KINDS) && !couldBeApproved(provider, provider.civicServiceApproved, APPROVABLE_KINDS)),
  },
  // Internship [S18]: the school signs the agreement
  { id: 'internship.provider', code: 'internship', reason: t("La convention de stage est signée par l'établissement d'enseignement.", 'The internship agreement is signed by the school.'), excludes: ({ provider }) => isNot(provider.kind, 'university') },
  // Volunteering [S19]: a general-interest host
  { id: 'volunteering.host_general_interest', code: 'volunteering', reason: t("Le bénévolat se fait pour un organisme d'intérêt général.", 'Volunteering is for a general-interest body.'), excludes: ({ host }) => host.generalInterest === false || is(host.kind, 'company') },
  // Public secondment [S17]: a public employer lends
  { id: 'public_secondment.provider', code: 'public_secondment', reason: t('La mise à disposition de fonctionnaires se fait depuis une administration.', 'Secondment of civil servants comes from an administration.'), excludes: ({ provider }) => isNot(provider.kind, 'local_authority', 'university') },
  // Decentralised cooperation [S16]: local authority with a foreign local authority, abroad
  { id: 'decentralised_cooperation.provider', code: 'decentralised_cooperation', reason: t('La coopération décentralisée est menée par une collectivité.', 'Decentralised cooperation is run by a local authority.'), excludes: ({ provider }) => isNot(provider.kind, 'local_authority') },
  { id: 'decentralised_cooperation.host', code: 'decentralised_cooperation', reason: t('Le partenaire doit être une autorité locale étrangère.', 'The partner must be a foreign local authority.'), excludes: ({ host }) => isNot(host.kind, 'foreign_partner') || (host.country !== undefined && isFrance(upper(host.country) ?? '')) },
  { id: 'decentralised_cooperation.abroad', code: 'decentralised_cooperation', reason: t("L'action a lieu à l'étranger.", 'The action takes place abroad.'), excludes: ({ mission }) => mission.destinationCountry !== undefined && isFrance(upper(mission.destinationCountry) ?? '') },
];

/** Every rule that rules out one of the candidates, with its reason (for the matcher's explanations). */
export function mechanismExclusions<C extends ToolboxMechanismCode>(
  hostFacts: OrganizationFacts,
  providerFacts: OrganizationFacts,
  candidates: readonly C[],
  mission: MissionContext = {},
): (Omit<Exclusion, 'code'> & { code: C })[] {
  const facts: Facts = { host: hostFacts, provider: providerFacts, mission };
  return candidates.flatMap((code) =>
    RULES.filter((rule) => rule.code === code && rule.excludes(facts)).map((rule) => ({ code, rule: rule.id, reason: rule.reason })));
}

/** The candidates not ruled out by what is known of both organizations (and of the mission, if given). */
export function usableMechanisms<C extends ToolboxMechanismCode>(
  hostFacts: OrganizationFacts,
  providerFacts: OrganizationFacts,
  candidates: readonly C[],
  mission: MissionContext = {},
): C[] {
  const excluded = new Set(mechanismExclusions(hostFacts, providerFacts, candidates, mission).map((exclusion) => exclusion.code));
  return candidates.filter((code) => !excluded.has(code));
}

/** The ids of the matcher's rules, for documentation and tests. */
export const MATCH_RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);
