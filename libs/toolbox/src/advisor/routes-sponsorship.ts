import { isFrance, isInEea } from '../geography';
import { text as t } from '../text';
import type { YearValues } from '../values/dated-values';
import { missionEndDate } from './mission-dates';
import { type Outcome, type Route, type Rule, unknownFor, verdict, whenKnown } from './rule';

/**
 * Skills sponsorship, two rows of the decision table (sheet §11):
 * - company → employee on paid working time → 238 bis host (+ abroad test) [S1][S3][S27];
 * - local authority → civil servant on working time → 238 bis 1 a / RUP host, ≤ 18 months
 *   (≤ 3 years), until the end of the loi 3DS experiment [S15].
 */

const ABROAD_ACTIONS = ['humanitarian', 'development_with_humanitarian', 'environment', 'french_culture', 'research'];

export const hostGeneralInterest: Rule = {
  id: 'skills_sponsorship.host.general_interest',
  text: t(
    "La structure d'accueil est d'intérêt général au sens de l'article 238 bis (sans but lucratif, gestion désintéressée, pas de cercle restreint, domaine éligible), ou reconnue d'utilité publique.",
    'The host is a general-interest body under article 238 bis (non-profit, disinterested management, not a restricted circle, eligible field), or of recognised public utility.',
  ),
  sources: ['S3', 'S15'],
  fields: ['hostGeneralInterest'],
  check: (a) => whenKnown(a.hostGeneralInterest, (known) => known),
};

const hostSeat: Rule = {
  id: 'skills_sponsorship.host.seat',
  text: t(
    "La structure d'accueil a son siège en France, ou dans l'UE/EEE avec un agrément ou la preuve de son équivalence.",
    'The host is seated in France, or in the EU/EEA with an approval or proof of equivalence.',
  ),
  sources: ['S3', 'S27'],
  fields: ['hostCountry', 'hostEeaApproved'],
  check: (a) => {
    if (a.hostCountry === undefined) return unknownFor('hostCountry');
    if (isFrance(a.hostCountry)) return 'met';
    if (!isInEea(a.hostCountry)) return 'not_met';
    return whenKnown(a.hostEeaApproved, (known) => known);
  },
};

/** The 2017 doctrine applies to actions outside the EEA only; inside it the rule is met. */
function abroadRule(id: string, text: ReturnType<typeof t>, read: (a: Parameters<Rule['check']>[0]) => Outcome, field: Rule['fields'][number]): Rule {
  return {
    id: `skills_sponsorship.abroad.${id}`,
    text,
    sources: ['S27'],
    fields: ['destinationCountry', field],
    check: (a) => {
      if (a.destinationCountry === undefined) return unknownFor('destinationCountry');
      if (isInEea(a.destinationCountry)) {
        return verdict('met', t("Mission dans l'EEE : condition sans objet.", 'Mission within the EEA: condition not applicable.'));
      }
      return read(a);
    },
  };
}

const abroadRules: Rule[] = [
  abroadRule('action_type', t(
    "Hors de l'EEE, l'action est humanitaire, de développement indissociable de l'humanitaire, environnementale, de diffusion de la culture française ou de recherche valorisée en France/EEE.",
    'Outside the EEA, the action is humanitarian, development inseparable from humanitarian action, environmental, spreading French culture, or research used in France/EEA.',
  ), (a) => whenKnown(a.hostActionType, (known) => ABROAD_ACTIONS.includes(known)), 'hostActionType'),
  abroadRule('programme_control', t(
    "Hors de l'EEE, la structure française pilote le programme depuis la France.",
    'Outside the EEA, the French host controls the programme from France.',
  ), (a) => whenKnown(a.programmeControlledFromFrance, (known) => known), 'programmeControlledFromFrance'),
  abroadRule('direct_funding', t(
    "Hors de l'EEE, la structure finance directement les actions (pas un simple relais ; les appels à projets sont admis).",
    'Outside the EEA, the host funds the actions directly (not a mere relay; calls for projects are fine).',
  ), (a) => whenKnown(a.fundsActionsDirectly, (known) => known), 'fundsActionsDirectly'),
  abroadRule('justified_expenses', t(
    "Hors de l'EEE, la structure peut justifier les dépenses.",
    'Outside the EEA, the host can justify the expenses.',
  ), (a) => whenKnown(a.canJustifyExpenses, (known) => known), 'canJustifyExpenses'),
];

const workingTime = (id: string, sources: Rule['sources']): Rule => ({
  id,
  text: t('La mission se fait sur le temps de travail rémunéré.', 'The mission takes place on paid working time.'),
  sources,
  fields: ['timeUse'],
  check: (a) => whenKnown(a.timeUse, (known) => known === 'working_time'),
});

const companyRoute: Route = {
  id: 'company',
  label: t('Mécénat de compétences d\'entreprise (CGI 238 bis)', 'Company skills sponsorship (CGI 238 bis)'),
  rules: [
    {
      id: 'skills_sponsorship.company.provider',
      text: t('La structure qui prête est une entreprise.', 'The lending organization is a company.'),
      sources: ['S3'],
      fields: ['providerKind'],
      check: (a) => whenKnown(a.providerKind, (known) => known === 'company'),
    },
    {
      id: 'skills_sponsorship.company.real_tax_regime',
      text: t("L'entreprise est imposée à l'IR ou à l'IS selon un régime réel (ni micro, ni exonérée).", 'The company is taxed (income or corporate tax) under a real regime (not micro, not exempt).'),
      sources: ['S3'],
      fields: ['companyRealTaxRegime'],
      check: (a) => whenKnown(a.companyRealTaxRegime, (known) => known),
    },
    {
      id: 'skills_sponsorship.company.employee',
      text: t("La personne est salariée de l'entreprise.", 'The person is an employee of the company.'),
      sources: ['S1'],
      fields: ['personStatus'],
      check: (a) => whenKnown(a.personStatus, (known) => known === 'private_employee'),
    },
    workingTime('skills_sponsorship.company.working_time', ['S1', 'S11']),
    hostGeneralInterest,
    hostSeat,
    ...abroadRules,
  ],
};

function publicAgentRoute(v: YearValues): Route {
  const p = v.publicAgentSkillsSponsorship;
  const end = p.end.split('-').reverse().join('/');
  const start = p.start.split('-').reverse().join('/');
  return {
    id: 'public_agent',
    label: t('Mécénat de compétences des fonctionnaires (loi 3DS, expérimental)', "Civil servants' skills sponsorship (loi 3DS, experimental)"),
    rules: [
      {
        id: 'skills_sponsorship.public.provider',
        text: t('La structure qui prête est une collectivité ou un établissement public.', 'The lending organization is a local authority or public body.'),
        sources: ['S15'],
        fields: ['providerKind'],
        check: (a) => whenKnown(a.providerKind, (known) => known === 'local_authority' || known === 'university'),
      },
      {
        id: 'skills_sponsorship.public.employer_covered',
        text: t(
          "L'employeur est l'État, une commune de plus de 3 500 habitants, un département, une région, un EPCI à fiscalité propre ou un hôpital public.",
          'The employer is the State, a commune over 3,500 inhabitants, a département, a région, an EPCI with own taxation or a public hospital.',
        ),
        sources: ['S15', 'S9c'],
        fields: ['publicEmployerInExperiment'],
        check: (a) => whenKnown(a.publicEmployerInExperiment, (known) => known),
      },
      {
        id: 'skills_sponsorship.public.civil_servant',
        text: t('La personne est fonctionnaire.', 'The person is a civil servant.'),
        sources: ['S15'],
        fields: ['personStatus'],
        check: (a) => whenKnown(a.personStatus, (known) => known === 'civil_servant'),
      },
      workingTime('skills_sponsorship.public.working_time', ['S15']),
      hostGeneralInterest,
      {
        id: 'skills_sponsorship.public.duration',
        text: t(
          `${p.maxMonths} mois au plus par convention, renouvelable dans la limite de ${p.maxTotalMonths / 12} ans.`,
          `At most ${p.maxMonths} months per agreement, renewable up to ${p.maxTotalMonths / 12} years in total.`,
        ),
        sources: ['S15'],
        fields: ['durationMonths'],
        check: (a) => {
          if (a.months === undefined) return 'unknown';
          if (a.months > p.maxTotalMonths) return 'not_met';
          if (a.months > p.maxMonths) return verdict('met', t('Au-delà de 18 mois, un renouvellement est nécessaire.', 'Beyond 18 months, a renewal is needed.'));
          return 'met';
        },
      },
      {
        id: 'skills_sponsorship.public.experiment_period',
        text: t(
          `L'expérimentation court du ${start} au ${end} : la mission doit se dérouler entièrement dans cette période (lecture prudente).`,
          `The experiment runs from ${start} to ${end}: the mission must fall entirely within that period (cautious reading).`,
        ),
        sources: ['S15'],
        fields: ['startDate', 'durationMonths'],
        check: (a) => {
          if (a.startDate === undefined) return 'unknown';
          if (a.startDate < p.start || a.startDate > p.end) return 'not_met';
          const last = missionEndDate(a);
          if (last === undefined) return 'unknown';
          return last <= p.end ? 'met' : 'not_met';
        },
      },
    ],
  };
}

export function skillsSponsorshipRoutes(v: YearValues): Route[] {
  return [companyRoute, publicAgentRoute(v)];
}
