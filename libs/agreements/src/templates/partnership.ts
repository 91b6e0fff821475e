import type { SourceId, Text } from '@relais/toolbox';
import type { AgreementTemplate, TemplateBlock } from '../model';
import { CLOSING, h, MISSION, p, PARTIES, t } from './common';

/**
 * For mechanisms whose legal contract is signed by others (the approved sending association
 * and the volunteer, the civic-service host and the young person, the employee and the
 * NGO), the two organizations sign a partnership agreement that says so and organizes the rest.
 */
function partnership(kind: string, article: readonly TemplateBlock[], sources: readonly SourceId[], readings: readonly Text[]): AgreementTemplate {
  return {
    kind,
    title: t('Convention de partenariat', 'Partnership agreement'),
    blocks: [...PARTIES, ...MISSION, ...article, ...CLOSING, { kind: 'signatures', signatories: ['provider', 'host'] }],
    sources,
    readings,
  };
}

/** Volontariat de solidarité internationale, loi 2005-159 [S12][S30] (facts sheet §5). */
export const VSI_PARTNERSHIP = partnership(
  'vsi_partnership',
  [
    h('Article 4 – Contrat de volontariat', 'Article 4 – Volunteering contract'),
    p(
      'Le volontaire signe un contrat de volontariat de solidarité internationale avec une association agréée par le ministère des Affaires étrangères (loi 2005-159), pour au plus 2 ans (6 ans cumulés), hors de l’Espace économique européen et dans un État dont il n’est ni ressortissant ni résident. Il perçoit une indemnité d’au moins 150 € par mois, hors logement et nourriture, qui n’est pas un salaire ; il est affilié à la sécurité sociale et bénéficie de 2 jours de congé par mois.',
      'The volunteer signs an international solidarity volunteering contract with an association approved by the Foreign Ministry (loi 2005-159), for at most 2 years (6 years in all), outside the European Economic Area and in a State of which they are neither a national nor a resident. They receive an allowance of at least €150 a month, excluding housing and food, which is not a salary; they are covered by social security and have 2 days of leave a month.',
    ),
  ],
  ['S12', 'S30'],
  [],
);

/** Service civique, loi 2010-241 [S13] (facts sheet §6). */
export const CIVIC_SERVICE_PARTNERSHIP = partnership(
  'civic_service_partnership',
  [
    h('Article 4 – Contrat d’engagement de service civique', 'Article 4 – Civic-service contract'),
    p(
      'Le ou la volontaire, âgé(e) de 16 à 25 ans (30 ans en situation de handicap), signe un contrat d’engagement de service civique avec une structure agréée, pour 6 à 12 mois et au moins 24 heures par semaine. L’État verse une indemnité mensuelle ; la structure agréée verse en plus une prestation de subsistance.',
      'The volunteer, aged 16 to 25 (30 with a disability), signs a civic-service contract with an approved organization, for 6 to 12 months and at least 24 hours a week. The State pays a monthly allowance; the approved organization pays a subsistence allowance on top.',
    ),
  ],
  ['S13'],
  [
    t(
      'Montants : les montants de l’indemnité et de la prestation sont ceux du 1er janvier 2024 dans les sources ; la convention ne les chiffre pas et renvoie aux montants en vigueur.',
      'Amounts: the allowance and subsistence amounts in the sources are those of 1 January 2024; the agreement does not state them and refers to the amounts in force.',
    ),
  ],
);

/** Congé solidaire (not a legal status) [S11] (facts sheet §4). */
export const SOLIDARITY_HOLIDAY_PARTNERSHIP = partnership(
  'solidarity_holiday_partnership',
  [
    h('Article 4 – Congé solidaire', 'Article 4 – Solidarity holiday'),
    p(
      'Les salariés partent sur leurs congés payés ou jours de RTT, pour une mission de 2 à 4 semaines ; ce temps n’est pas du temps de travail et ne constitue pas un mécénat de compétences. La structure contributrice peut financer la mission par un don, qui relève du mécénat financier (réduction de 60 %, CGI art. 238 bis).',
      'The employees go on their paid leave or rest days, for a mission of 2 to 4 weeks; that time is not working time and is not skills sponsorship. The contributing organization may fund the mission by a donation, which is a cash sponsorship (60 % reduction, Tax Code art. 238 bis).',
    ),
  ],
  ['S11', 'S1'],
  [
    t(
      'Formules mixtes : si l’employeur ajoute des jours payés, ces jours relèvent du mécénat de compétences et demandent sa convention ; la présente convention ne couvre que les jours de congé.',
      'Mixed schemes: if the employer adds paid days, those days are skills sponsorship and need its agreement; this agreement covers only the days of leave.',
    ),
  ],
);
