import { text as t } from '../text';
import type { YearValues } from '../values/dated-values';
import { euros, FACTS_CHECKED_ON, type MechanismEntry } from './mechanism-entry';

/** Service civique (including abroad): loi 2010-241. Sheet §6. */
export function civicServiceEntry(v: YearValues): MechanismEntry {
  const r = v.civicService;
  const [state, host] = [euros(r.stateMonthlyAllowance), euros(r.hostMonthlyMinimum)];
  return {
    code: 'civic_service',
    title: t('Service civique', 'Civic service (service civique)'),
    summary: t(
      `Engagement volontaire de ${r.minMonths} à ${r.maxMonths} mois, d'au moins ${r.minHoursPerWeek} h par semaine, ouvert aux jeunes de ${r.minAge} à ${r.maxAge} ans (${r.maxAgeDisabled} ans en situation de handicap), auprès d'un organisme agréé, en France ou à l'étranger. L'État verse une indemnité, l'organisme une prestation.`,
      `A voluntary commitment of ${r.minMonths} to ${r.maxMonths} months, at least ${r.minHoursPerWeek} h a week, open to young people aged ${r.minAge} to ${r.maxAge} (${r.maxAgeDisabled} with a disability), with an approved body, in France or abroad. The State pays an allowance, the body a benefit.`,
    ),
    providers: {
      organizationKinds: ['association', 'local_authority', 'university', 'network'],
      person: t(
        `Jeune de ${r.minAge} à ${r.maxAge} ans (jusqu'à ${r.maxAgeDisabled} ans en situation de handicap).`,
        `A young person aged ${r.minAge} to ${r.maxAge} (up to ${r.maxAgeDisabled} with a disability).`,
      ),
    },
    hosts: t(
      'Organisme agréé pour le service civique (association ou personne morale de droit public), directement ou par intermédiation ; missions possibles à l\'étranger.',
      'A body approved for civic service (association or public body), directly or through an intermediary; missions abroad are possible.',
    ),
    durations: [
      t(`${r.minMonths} à ${r.maxMonths} mois.`, `${r.minMonths} to ${r.maxMonths} months.`),
      t(`Au moins ${r.minHoursPerWeek} h par semaine (${r.maxHoursPerWeek} h au plus selon le tableau de décision de nos sources).`, `At least ${r.minHoursPerWeek} h a week (at most ${r.maxHoursPerWeek} h per the decision table of our sources).`),
    ],
    money: [
      t(`État : environ ${state.fr} par mois versés au volontaire.`, `State: about ${state.en} a month paid to the volunteer.`),
      t(`Organisme d'accueil : au moins ${host.fr} par mois (7,43 % de l'indice brut 244, au 01/01/2024).`, `Host body: at least ${host.en} a month (7.43 % of gross index 244, as of 01/01/2024).`),
    ],
    fiscalEffect: t("Nos sources ne décrivent pas d'effet fiscal pour les organismes.", 'Our sources describe no tax effect for the bodies.'),
    steps: [
      t("Obtenir l'agrément de service civique, ou passer par un organisme agréé qui pratique l'intermédiation.", 'Get civic-service approval, or go through an approved body acting as intermediary.'),
      t(`Définir la mission : ${r.minMonths} à ${r.maxMonths} mois, au moins ${r.minHoursPerWeek} h par semaine.`, `Define the mission: ${r.minMonths} to ${r.maxMonths} months, at least ${r.minHoursPerWeek} h a week.`),
      t('Signer le contrat de service civique avec le jeune.', 'Sign the civic-service contract with the young person.'),
      t("Verser chaque mois la prestation de l'organisme ; l'État verse son indemnité.", "Pay the body's monthly benefit; the State pays its allowance."),
    ],
    documents: [
      t("Agrément de service civique (ou convention d'intermédiation)", 'Civic-service approval (or intermediation agreement)'),
      t('Contrat de service civique', 'Civic-service contract'),
    ],
    legalReferences: [{ label: t('Loi 2010-241 ; prestation de subsistance', 'Loi 2010-241; subsistence benefit'), source: 'S13' }],
    cautions: [
      t(
        'Montants au 01/01/2024 : leur revalorisation pour 2026 reste à vérifier avant tout engagement.',
        'Amounts as of 01/01/2024: their 2026 update is still to be checked before any commitment.',
      ),
      t(
        `Durée hebdomadaire : la loi fixe un minimum de ${r.minHoursPerWeek} h ; nous retenons aussi le maximum de ${r.maxHoursPerWeek} h du tableau de décision (lecture prudente).`,
        `Weekly hours: the law sets a minimum of ${r.minHoursPerWeek} h; we also apply the ${r.maxHoursPerWeek} h maximum of the decision table (cautious reading).`,
      ),
    ],
    lastChecked: FACTS_CHECKED_ON,
  };
}
