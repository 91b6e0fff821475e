import { isInEea } from '../geography';
import { text as t } from '../text';
import type { YearValues } from '../values/dated-values';
import { type Route, unknownFor, verdict, whenKnown } from './rule';

/** VSI (row 5) [S12], civic service (row 6) [S13], internship (row 9) [S18], volunteering (row 10) [S19]. */

export function vsiRoute(v: YearValues): Route {
  const r = v.vsi;
  return {
    id: 'l2005_159',
    label: t('Volontariat de solidarité internationale (loi 2005-159)', 'International solidarity volunteering (loi 2005-159)'),
    rules: [
      {
        id: 'vsi.approved_sender',
        text: t("L'association d'envoi est agréée VSI par le ministère des Affaires étrangères.", 'The sending association is approved for VSI by the Foreign Ministry.'),
        sources: ['S12'],
        fields: ['approvedVsiSender'],
        check: (a) => whenKnown(a.approvedVsiSender, (known) => known),
      },
      {
        id: 'vsi.adult',
        text: t(`Le volontaire a au moins ${r.minAge} ans (pas d'âge maximum).`, `The volunteer is at least ${r.minAge} (no upper age limit).`),
        sources: ['S12'],
        fields: ['age'],
        check: (a) => whenKnown(a.age, (known) => known >= r.minAge),
      },
      {
        id: 'vsi.no_professional_activity',
        text: t(
          "Mission à temps plein sans activité professionnelle : sans emploi, ou salarié en congé sans solde (congé de solidarité internationale) ou démissionnaire.",
          'Full-time mission with no professional activity: no job, or an employee on unpaid leave (international solidarity leave) or who resigned.',
        ),
        sources: ['S12'],
        fields: ['timeUse'],
        check: (a) => whenKnown(a.timeUse, (known) => known === 'free_time' || known === 'unpaid_leave'),
      },
      {
        id: 'vsi.outside_eea',
        text: t(
          "La mission a lieu hors de l'Espace économique européen (le volontariat de réciprocité, en France, concerne des volontaires étrangers).",
          'The mission takes place outside the European Economic Area (reciprocity volunteering, in France, concerns foreign volunteers).',
        ),
        sources: ['S12'],
        fields: ['destinationCountry'],
        check: (a) => whenKnown(a.destinationCountry, (known) => !isInEea(known)),
      },
      {
        id: 'vsi.not_national_or_resident',
        text: t("Le volontaire n'est ni ressortissant ni résident du pays de mission.", 'The volunteer is neither a national nor a resident of the mission country.'),
        sources: ['S12'],
        fields: ['nationalOrResidentOfDestination'],
        check: (a) => whenKnown(a.nationalOrResidentOfDestination, (known) => !known),
      },
      {
        id: 'vsi.contract_duration',
        text: t(`Contrat de ${r.maxContractMonths} mois au plus.`, `Contract of at most ${r.maxContractMonths} months.`),
        sources: ['S12'],
        fields: ['durationMonths'],
        check: (a) => {
          if (a.months === undefined) return 'unknown';
          if (a.months > r.maxContractMonths) return 'not_met';
          if (a.months < r.stateAidMinMonths) {
            return verdict('met', t(`Moins de ${r.stateAidMinMonths} mois : pas d'aide de l'État.`, `Under ${r.stateAidMinMonths} months: no State aid.`));
          }
          return 'met';
        },
      },
      {
        id: 'vsi.cumulated_duration',
        text: t(`${r.maxCumulatedMonths / 12} ans de VSI au plus en cumulé, cette mission comprise.`, `At most ${r.maxCumulatedMonths / 12} years of VSI in total, this mission included.`),
        sources: ['S12'],
        fields: ['previousVsiMonths', 'durationMonths'],
        check: (a) => {
          if (a.previousVsiMonths !== undefined && a.previousVsiMonths >= r.maxCumulatedMonths) return 'not_met';
          if (a.previousVsiMonths === undefined || a.months === undefined) return 'unknown';
          return a.previousVsiMonths + a.months <= r.maxCumulatedMonths ? 'met' : 'not_met';
        },
      },
    ],
  };
}

export function civicServiceRoute(v: YearValues): Route {
  const r = v.civicService;
  return {
    id: 'l2010_241',
    label: t('Service civique (loi 2010-241)', 'Civic service (loi 2010-241)'),
    rules: [
      {
        id: 'civic_service.provider',
        text: t('La structure est une association ou une personne morale de droit public.', 'The organization is an association or a public body.'),
        sources: ['S13'],
        fields: ['providerKind'],
        check: (a) => whenKnown(a.providerKind, (known) => known !== 'company' && known !== 'foreign_partner'),
      },
      {
        id: 'civic_service.host_approved',
        text: t("La structure d'accueil est agréée service civique, ou accueille par l'intermédiaire d'un organisme agréé.", 'The host is approved for civic service, or hosts through an approved body.'),
        sources: ['S13'],
        fields: ['hostCivicServiceApproved'],
        check: (a) => whenKnown(a.hostCivicServiceApproved, (known) => known),
      },
      {
        id: 'civic_service.age',
        text: t(
          `Le jeune a de ${r.minAge} à ${r.maxAge} ans (jusqu'à ${r.maxAgeDisabled} ans en situation de handicap).`,
          `The young person is ${r.minAge} to ${r.maxAge} (up to ${r.maxAgeDisabled} with a disability).`,
        ),
        sources: ['S13'],
        fields: ['age', 'disabled'],
        check: (a) => {
          if (a.age === undefined) return unknownFor('age');
          if (a.age < r.minAge || a.age > r.maxAgeDisabled) return 'not_met';
          if (a.age <= r.maxAge) return 'met';
          return whenKnown(a.disabled, (known) => known);
        },
      },
      {
        id: 'civic_service.duration',
        text: t(`Mission de ${r.minMonths} à ${r.maxMonths} mois.`, `Mission of ${r.minMonths} to ${r.maxMonths} months.`),
        sources: ['S13'],
        fields: ['durationMonths'],
        check: (a) => whenKnown(a.months, (known) => known >= r.minMonths && known <= r.maxMonths),
      },
      {
        id: 'civic_service.weekly_hours',
        text: t(
          `De ${r.minHoursPerWeek} à ${r.maxHoursPerWeek} h par semaine (maximum du tableau de décision, lecture prudente).`,
          `${r.minHoursPerWeek} to ${r.maxHoursPerWeek} h a week (maximum from the decision table, cautious reading).`,
        ),
        sources: ['S13'],
        fields: ['hoursPerWeek'],
        check: (a) => whenKnown(a.hoursPerWeek, (known) => known >= r.minHoursPerWeek && known <= r.maxHoursPerWeek),
      },
    ],
  };
}

export function internshipRoute(v: YearValues): Route {
  const r = v.internship;
  return {
    id: 'l124',
    label: t("Convention de stage (Code de l'éducation L124-1 et s.)", "Internship agreement (Code de l'éducation L124-1 ff.)"),
    rules: [
      {
        id: 'internship.provider',
        text: t("La structure d'envoi est un établissement d'enseignement.", 'The sending organization is a school or university.'),
        sources: ['S18'],
        fields: ['providerKind'],
        check: (a) => whenKnown(a.providerKind, (known) => known === 'university'),
      },
      {
        id: 'internship.student',
        text: t('La personne est étudiante.', 'The person is a student.'),
        sources: ['S18'],
        fields: ['personStatus'],
        check: (a) => whenKnown(a.personStatus, (known) => known === 'student'),
      },
      {
        id: 'internship.study_time',
        text: t('Le stage fait partie du cursus.', 'The internship is part of the curriculum.'),
        sources: ['S18'],
        fields: ['timeUse'],
        check: (a) => whenKnown(a.timeUse, (known) => known === 'study'),
      },
      {
        id: 'internship.duration',
        text: t(
          `${r.maxMonths} mois au plus par organisme d'accueil et par année d'enseignement ; gratification obligatoire au-delà de ${r.mandatoryFromHour - 1} h de présence.`,
          `At most ${r.maxMonths} months per host and academic year; gratification mandatory beyond ${r.mandatoryFromHour - 1} h of presence.`,
        ),
        sources: ['S18', 'S6', 'S7'],
        fields: ['durationMonths'],
        check: (a) => whenKnown(a.months, (known) => known <= r.maxMonths),
      },
    ],
  };
}

export const volunteeringRoute: Route = {
  id: 'benevolat',
  label: t('Bénévolat de compétences', 'Skills volunteering'),
  rules: [
    {
      id: 'volunteering.own_time',
      text: t(
        'La mission se fait sur le temps personnel (temps libre, congés), sans rémunération ni lien de subordination.',
        'The mission takes place on personal time (free time, holidays), with no pay and no subordination.',
      ),
      sources: ['S19'],
      fields: ['timeUse'],
      check: (a) => whenKnown(a.timeUse, (known) => known === 'free_time' || known === 'paid_holiday' || known === 'unpaid_leave'),
    },
    {
      id: 'volunteering.host_general_interest',
      text: t("La structure d'accueil est un organisme d'intérêt général.", 'The host is a general-interest body.'),
      sources: ['S19'],
      fields: ['hostGeneralInterest'],
      check: (a) => {
        if (a.hostKind === 'company') return verdict('not_met', t("Une entreprise n'est pas un organisme d'intérêt général.", 'A company is not a general-interest body.'));
        return whenKnown(a.hostGeneralInterest, (known) => known);
      },
    },
  ],
};
