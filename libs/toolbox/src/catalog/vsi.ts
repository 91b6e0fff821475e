import { text as t } from '../text';
import type { YearValues } from '../values/dated-values';
import { euros, FACTS_CHECKED_ON, type MechanismEntry } from './mechanism-entry';

/** Volontariat de solidarité internationale: loi 2005-159. Sheet §5 and §6 (reciprocity). */
export function vsiEntry(v: YearValues): MechanismEntry {
  const r = v.vsi;
  const allowance = euros(r.minMonthlyAllowance);
  return {
    code: 'vsi',
    title: t('Volontariat de solidarité internationale (VSI)', 'International solidarity volunteering (VSI)'),
    summary: t(
      `Une association agréée par le ministère des Affaires étrangères envoie un volontaire majeur, sans activité professionnelle, en mission à temps plein hors de l'Espace économique européen, pour ${r.maxContractMonths / 12} ans au plus (${r.maxCumulatedMonths / 12} ans cumulés). Le volontaire reçoit une indemnité, pas un salaire, et une protection sociale.`,
      `An association approved by the Ministry of Foreign Affairs sends an adult volunteer with no professional activity on a full-time mission outside the European Economic Area, for at most ${r.maxContractMonths / 12} years (${r.maxCumulatedMonths / 12} years in total). The volunteer gets an allowance, not a salary, and social cover.`,
    ),
    providers: {
      organizationKinds: ['association', 'network'],
      person: t(
        "Volontaire majeur, sans limite d'âge ni condition de nationalité, sans activité professionnelle pendant la mission, dans un État dont il n'est ni ressortissant ni résident. Un salarié peut partir en congé de solidarité internationale (cumulable) ; un VSI continu d'au moins un an est un motif légitime de démission (droits au chômage).",
        'An adult volunteer, with no age limit or nationality condition, with no professional activity during the mission, in a State he or she is neither a national nor a resident of. An employee can go on international solidarity leave (combinable); a continuous VSI of at least one year is a legitimate reason to resign (unemployment rights).',
      ),
    },
    hosts: t(
      "L'association (ou le GIP) d'envoi doit être agréée par le ministère des Affaires étrangères : agrément de 4 ans au plus, au moins 3 ans d'activité à l'étranger, budget équilibré, ressources privées supérieures à 15 %. Mission hors de l'EEE ; par réciprocité, des volontaires étrangers peuvent servir en France (loi 2021-1031, décret 2022-1067).",
      'The sending association (or GIP) must be approved by the Ministry of Foreign Affairs: approval for at most 4 years, at least 3 years of activity abroad, balanced budget, private resources above 15 %. Mission outside the EEA; under reciprocity, foreign volunteers can serve in France (loi 2021-1031, décret 2022-1067).',
    ),
    durations: [
      t(`Contrat de ${r.maxContractMonths} mois au plus ; ${r.maxCumulatedMonths / 12} ans au plus en cumulé.`, `Contract of at most ${r.maxContractMonths} months; at most ${r.maxCumulatedMonths / 12} years in total.`),
      t(`Aide de l'État seulement pour les missions d'au moins ${r.stateAidMinMonths} mois.`, `State aid only for missions of at least ${r.stateAidMinMonths} months.`),
    ],
    money: [
      t(
        `Indemnité (ni salaire, ni imposée, ni soumise à cotisations) d'au moins ${allowance.fr} par mois (arrêté du 01/12/2022) hors logement et nourriture, au plus l'indemnité mensuelle plus le supplément pays.`,
        `Allowance (not a salary, untaxed, no contributions) of at least ${allowance.en} a month (arrêté of 01/12/2022) excluding housing and food, at most the monthly allowance plus the country supplement.`,
      ),
      t('Voyage payé, 2 jours de congé par mois, formation, aides de fin de mission.', 'Travel paid, 2 days of leave a month, training, end-of-mission support.'),
      t(
        "Protection sociale au niveau du régime général (CFE). Aides de l'État à l'association : gestion 150 € par mois, formation 780 €, responsabilité civile 20 € par an, rapatriement 400 € par an.",
        'Social cover at general-scheme level (CFE). State aid to the association: management 150 € a month, training 780 €, liability insurance 20 € a year, repatriation 400 € a year.',
      ),
      t("Volontariat de réciprocité (en France) : l'État verse 600 € par mois et 2 000 € d'installation.", 'Reciprocity volunteering (in France): the State pays 600 € a month and 2,000 € for settling in.'),
    ],
    fiscalEffect: t("Indemnité non imposable ; pas de réduction d'impôt propre au volontariat.", 'Untaxed allowance; no tax reduction specific to volunteering.'),
    steps: [
      t("Vérifier l'agrément de l'association d'envoi.", "Check the sending association's approval."),
      t(
        `Vérifier les conditions du volontaire : majeur, sans activité professionnelle, ni ressortissant ni résident du pays de mission, ${r.maxCumulatedMonths / 12} ans de VSI cumulés au plus.`,
        `Check the volunteer's conditions: adult, no professional activity, neither a national nor a resident of the mission country, at most ${r.maxCumulatedMonths / 12} years of VSI in total.`,
      ),
      t("Salarié : demander un congé de solidarité internationale, ou démissionner (motif légitime si la mission dure au moins un an).", 'Employee: ask for international solidarity leave, or resign (legitimate reason if the mission lasts at least one year).'),
      t(`Signer le contrat de volontariat (${r.maxContractMonths} mois au plus) avec l'association d'envoi.`, `Sign the volunteering contract (at most ${r.maxContractMonths} months) with the sending association.`),
      t('Formation, affiliation sociale, voyage ; mission avec 2 jours de congé par mois.', 'Training, social cover, travel; mission with 2 days of leave a month.'),
      t('Fin de mission : aides au retour.', 'End of mission: return support.'),
    ],
    documents: [
      t('Contrat de volontariat', 'Volunteering contract'),
      t("Agrément de l'association d'envoi", "Sending association's approval"),
      t("Attestation d'affiliation sociale", 'Social cover certificate'),
    ],
    legalReferences: [
      { label: t('Loi 2005-159 ; arrêté du 01/12/2022 ; agrément', 'Loi 2005-159; arrêté of 01/12/2022; approval'), source: 'S12' },
      { label: t("Aides de l'État au VSI et au volontariat de réciprocité", 'State aid for VSI and reciprocity volunteering'), source: 'S30' },
    ],
    cautions: [
      t(
        `Missions de moins de ${r.stateAidMinMonths} mois : possibles selon notre lecture de la loi, mais sans aide de l'État ; le tableau de décision de nos sources vise 1 à 2 ans.`,
        `Missions under ${r.stateAidMinMonths} months: possible on our reading of the law, but with no State aid; the decision table of our sources targets 1 to 2 years.`,
      ),
    ],
    lastChecked: FACTS_CHECKED_ON,
  };
}
