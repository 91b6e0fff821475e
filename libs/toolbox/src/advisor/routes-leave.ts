import { isFrance } from '../geography';
import { text as t } from '../text';
import type { YearValues } from '../values/dated-values';
import { type Route, verdict, whenKnown } from './rule';

/** Leaves: international solidarity leave (row 3) [S10] and solidarity holiday (row 4) [S11]. */

export function solidarityLeaveRoute(v: YearValues): Route {
  const r = v.solidarityLeave;
  return {
    id: 'l3142',
    label: t('Congé de solidarité internationale (C. trav. L3142-67 et s.)', 'International solidarity leave (Labour Code L3142-67 ff.)'),
    rules: [
      {
        id: 'solidarity_leave.employee',
        text: t(
          'La personne est salariée de droit privé (un agent public ne peut partir qu\'en disponibilité, détachement ou congé spécial).',
          'The person is a private-law employee (a public agent can only go on leave of absence, secondment or special leave).',
        ),
        sources: ['S10'],
        fields: ['personStatus'],
        check: (a) => whenKnown(a.personStatus, (known) => known === 'private_employee'),
      },
      {
        id: 'solidarity_leave.unpaid_leave',
        text: t('La mission se fait pendant un congé non rémunéré.', 'The mission takes place during unpaid leave.'),
        sources: ['S10'],
        fields: ['timeUse'],
        check: (a) => whenKnown(a.timeUse, (known) => known === 'unpaid_leave'),
      },
      {
        id: 'solidarity_leave.seniority',
        text: t(
          `Au moins ${r.minSeniorityMonths} mois d'ancienneté, consécutifs ou non (règle supplétive, sauf accord d'entreprise ou de branche).`,
          `At least ${r.minSeniorityMonths} months of seniority, consecutive or not (fallback rule, unless a company or branch agreement says otherwise).`,
        ),
        sources: ['S10'],
        fields: ['seniorityMonths'],
        check: (a) => whenKnown(a.seniorityMonths, (known) => known >= r.minSeniorityMonths),
      },
      {
        id: 'solidarity_leave.duration',
        text: t(
          `${r.maxMonths} mois au plus (congés continus cumulés ; règle supplétive).`,
          `At most ${r.maxMonths} months (continuous leaves added up; fallback rule).`,
        ),
        sources: ['S10'],
        fields: ['durationMonths'],
        check: (a) => whenKnown(a.months, (known) => known <= r.maxMonths),
      },
      {
        id: 'solidarity_leave.abroad',
        text: t('La mission a lieu hors de France.', 'The mission takes place outside France.'),
        sources: ['S10'],
        fields: ['destinationCountry'],
        check: (a) => whenKnown(a.destinationCountry, (known) => !isFrance(known)),
      },
      {
        id: 'solidarity_leave.host_listed',
        text: t(
          "La structure est une association humanitaire ou une organisation internationale inscrite sur la liste de l'arrêté du 16/07/1996 (liste non mise à jour : à vérifier).",
          'The host is a humanitarian association or international organisation on the list of the arrêté of 16/07/1996 (list not updated: to be checked).',
        ),
        sources: ['S10'],
        fields: ['hostOnSolidarityLeaveList'],
        check: (a) => {
          if (a.hostOnSolidarityLeaveList === true) return 'met';
          if (a.hostOnSolidarityLeaveList === false || a.hostHumanitarian === false) return 'not_met';
          return 'unknown';
        },
      },
    ],
  };
}

export function solidarityHolidayRoute(v: YearValues): Route {
  const r = v.solidarityHoliday;
  return {
    id: 'ngo_programme',
    label: t('Congé solidaire (programme d\'ONG)', 'Solidarity holiday (NGO programme)'),
    rules: [
      {
        id: 'solidarity_holiday.provider',
        text: t("L'employeur est une entreprise, qui finance la mission par un don.", 'The employer is a company, which funds the mission with a donation.'),
        sources: ['S11'],
        fields: ['providerKind'],
        check: (a) => whenKnown(a.providerKind, (known) => known === 'company'),
      },
      {
        id: 'solidarity_holiday.employee',
        text: t('La personne est salariée.', 'The person is an employee.'),
        sources: ['S11'],
        fields: ['personStatus'],
        check: (a) => whenKnown(a.personStatus, (known) => known === 'private_employee'),
      },
      {
        id: 'solidarity_holiday.paid_holiday',
        text: t('La mission se fait sur des congés payés ou des RTT.', 'The mission takes place on paid holidays or RTT days.'),
        sources: ['S11'],
        fields: ['timeUse'],
        check: (a) => whenKnown(a.timeUse, (known) => known === 'paid_holiday'),
      },
      {
        id: 'solidarity_holiday.duration',
        text: t(`La mission dure de ${r.minDays / 7} à ${r.maxDays / 7} semaines.`, `The mission lasts ${r.minDays / 7} to ${r.maxDays / 7} weeks.`),
        sources: ['S11'],
        fields: ['durationDays'],
        check: (a) => whenKnown(a.days, (known) => known >= r.minDays && known <= r.maxDays),
      },
      {
        id: 'solidarity_holiday.adult',
        text: t('La personne est majeure.', 'The person is an adult.'),
        sources: ['S11'],
        fields: ['age'],
        check: (a) => whenKnown(a.age, (known) => known >= 18),
      },
      {
        id: 'solidarity_holiday.host_programme',
        text: t("La structure d'accueil organise un programme de congé solidaire.", 'The host runs a solidarity-holiday programme.'),
        sources: ['S11'],
        fields: ['hostRunsSolidarityHolidayProgramme'],
        check: (a) => {
          if (a.hostKind === 'company') return verdict('not_met', t('Une entreprise ne peut pas accueillir un congé solidaire.', 'A company cannot host a solidarity holiday.'));
          return whenKnown(a.hostRunsSolidarityHolidayProgramme, (known) => known);
        },
      },
    ],
  };
}
