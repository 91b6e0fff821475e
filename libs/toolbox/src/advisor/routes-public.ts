import { isFrance } from '../geography';
import { text as t } from '../text';
import { type Route, verdict, whenKnown } from './rule';

/**
 * Staff loan (row 2 of the decision table) [S8][S9], secondment of civil servants under
 * ordinary law (sheet §7) [S17], and decentralised cooperation (row 8) [S16].
 */

export const staffLoanRoute: Route = {
  id: 'l8241',
  label: t("Prêt de main-d'œuvre à but non lucratif (L8241-2)", 'Non-profit staff loan (L8241-2)'),
  rules: [
    {
      id: 'staff_loan.provider',
      text: t("La structure qui prête est un employeur de droit privé (entreprise, association).", 'The lending organization is a private-law employer (company, association).'),
      sources: ['S8'],
      fields: ['providerKind'],
      check: (a) => whenKnown(a.providerKind, (known) => known === 'company' || known === 'association' || known === 'network'),
    },
    {
      id: 'staff_loan.employee',
      text: t('La personne est salariée de droit privé et donne son accord.', 'The person is a private-law employee and agrees.'),
      sources: ['S8'],
      fields: ['personStatus'],
      check: (a) => whenKnown(a.personStatus, (known) => known === 'private_employee'),
    },
    {
      id: 'staff_loan.working_time',
      text: t('La mission se fait sur le temps de travail, sous la direction de la structure d\'accueil.', "The mission takes place on working time, directed by the host."),
      sources: ['S8'],
      fields: ['timeUse'],
      check: (a) => whenKnown(a.timeUse, (known) => known === 'working_time'),
    },
    {
      id: 'staff_loan.host',
      text: t(
        "Toute structure d'accueil convient ; si elle est d'intérêt général (238 bis), la part non facturée peut être du mécénat de compétences, sinon le prêt se fait au coût, sans réduction d'impôt.",
        'Any host will do; if it is a general-interest body (238 bis), the part not invoiced can be skills sponsorship, otherwise the loan is at cost, with no tax reduction.',
      ),
      sources: ['S8', 'S9'],
      fields: [],
      check: (a) => {
        if (a.hostGeneralInterest === false) return verdict('met', t('Structure non éligible au mécénat : prêt facturé au coût, sans réduction d\'impôt.', 'Host not eligible for sponsorship: loan invoiced at cost, no tax reduction.'));
        return 'met';
      },
    },
  ],
};

export const publicSecondmentRoute: Route = {
  id: 'cgfp',
  label: t('Mise à disposition de droit commun (CGFP L512-6 et s.)', 'Ordinary-law secondment (CGFP L512-6 ff.)'),
  rules: [
    {
      id: 'public_secondment.provider',
      text: t('La structure qui prête est une collectivité ou un établissement public.', 'The lending organization is a local authority or public body.'),
      sources: ['S17'],
      fields: ['providerKind'],
      check: (a) => whenKnown(a.providerKind, (known) => known === 'local_authority' || known === 'university'),
    },
    {
      id: 'public_secondment.civil_servant',
      text: t('La personne est fonctionnaire et donne son accord.', 'The person is a civil servant and agrees.'),
      sources: ['S17'],
      fields: ['personStatus'],
      check: (a) => {
        if (a.personStatus === 'public_contract_agent') {
          return verdict('unknown', t('Agent contractuel : règles propres, non couvertes ici ; à vérifier.', 'Contract agent: own rules, not covered here; to be checked.'));
        }
        return whenKnown(a.personStatus, (known) => known === 'civil_servant');
      },
    },
    {
      id: 'public_secondment.working_time',
      text: t('La mission se fait sur le temps de travail.', 'The mission takes place on working time.'),
      sources: ['S17'],
      fields: ['timeUse'],
      check: (a) => whenKnown(a.timeUse, (known) => known === 'working_time'),
    },
    {
      id: 'public_secondment.host_listed',
      text: t(
        "La structure d'accueil fait partie des organismes auxquels un fonctionnaire peut être mis à disposition (CGFP L512-8).",
        'The host is among the bodies a civil servant can be seconded to (CGFP L512-8).',
      ),
      sources: ['S17'],
      fields: ['hostListedForSecondment'],
      check: (a) => whenKnown(a.hostListedForSecondment, (known) => known),
    },
  ],
};

export const decentralisedCooperationRoute: Route = {
  id: 'l1115',
  label: t('Convention de coopération décentralisée (CGCT L1115-1)', 'Decentralised-cooperation agreement (CGCT L1115-1)'),
  rules: [
    {
      id: 'decentralised_cooperation.provider',
      text: t('La structure est une collectivité territoriale ou un groupement.', 'The organization is a local authority or a grouping of them.'),
      sources: ['S16'],
      fields: ['providerKind'],
      check: (a) => whenKnown(a.providerKind, (known) => known === 'local_authority'),
    },
    {
      id: 'decentralised_cooperation.host',
      text: t("La structure partenaire est une autorité locale étrangère.", 'The partner is a foreign local authority.'),
      sources: ['S16'],
      fields: ['hostForeignLocalAuthority'],
      check: (a) => {
        if (a.hostKind !== undefined && a.hostKind !== 'foreign_partner') return 'not_met';
        return whenKnown(a.hostForeignLocalAuthority, (known) => known);
      },
    },
    {
      id: 'decentralised_cooperation.abroad',
      text: t("L'action a lieu à l'étranger.", 'The action takes place abroad.'),
      sources: ['S16'],
      fields: ['destinationCountry'],
      check: (a) => whenKnown(a.destinationCountry, (known) => !isFrance(known)),
    },
  ],
};
