import { text as t } from '../text';
import type { YearValues } from '../values/dated-values';
import { FACTS_CHECKED_ON, type MechanismEntry, percent } from './mechanism-entry';

/** Congé solidaire, the Planète Urgence model: not a legal status. Sheet §4. */
export function solidarityHolidayEntry(v: YearValues): MechanismEntry {
  const weeks = { min: v.solidarityHoliday.minDays / 7, max: v.solidarityHoliday.maxDays / 7 };
  const companyRate = percent(v.skillsSponsorship.rate);
  const personalRate = percent(v.volunteerExpenses.rate);
  return {
    code: 'solidarity_holiday',
    title: t('Congé solidaire', 'Solidarity holiday (congé solidaire)'),
    summary: t(
      `Un salarié consacre des congés payés ou des RTT à une mission de ${weeks.min} à ${weeks.max} semaines organisée par une ONG (modèle Planète Urgence). Ce n'est pas un statut légal : l'employeur finance la mission par un don en numéraire.`,
      `An employee spends paid holidays or RTT days on a ${weeks.min}- to ${weeks.max}-week mission run by an NGO (the Planète Urgence model). It is not a legal status: the employer funds the mission with a cash donation.`,
    ),
    providers: {
      organizationKinds: ['company'],
      person: t('Salarié majeur, sur ses congés payés ou RTT ; une formation de 2 jours précède la mission.', 'An adult employee, on paid holidays or RTT days; a 2-day training comes before the mission.'),
    },
    hosts: t(
      "Programme d'une ONG organisatrice (missions en France, en Afrique, en Asie et en Amérique latine).",
      "A programme run by an organising NGO (missions in France, Africa, Asia and Latin America).",
    ),
    durations: [t(`${weeks.min} à ${weeks.max} semaines.`, `${weeks.min} to ${weeks.max} weeks.`)],
    money: [
      t("L'employeur finance le « don mission » versé à l'ONG ; vols et visa selon le partenariat.", 'The employer funds the "mission donation" to the NGO; flights and visa depend on the partnership.'),
      t('Autofinancement possible par le salarié.', 'The employee may fund it personally.'),
    ],
    fiscalEffect: t(
      `Don en numéraire de l'entreprise : réduction d'impôt de ${companyRate.fr} (mécénat, CGI 238 bis). Autofinancement par le salarié : réduction d'impôt sur le revenu de ${personalRate.fr}. Le temps du salarié n'est pas du mécénat de compétences : ce n'est pas du temps de travail.`,
      `The company's cash donation: ${companyRate.en} tax reduction (sponsorship, CGI 238 bis). Self-funding by the employee: ${personalRate.en} income-tax reduction. The employee's time is not skills sponsorship: it is not working time.`,
    ),
    steps: [
      t("Choisir l'ONG et le programme de mission.", 'Choose the NGO and the mission programme.'),
      t("Signer le partenariat entre l'entreprise et l'ONG et verser le don mission.", 'Sign the company–NGO partnership and pay the mission donation.'),
      t('Le salarié pose ses congés payés ou RTT.', 'The employee books paid holidays or RTT days.'),
      t('Formation de 2 jours avant le départ.', '2-day training before leaving.'),
      t('Mission, puis reçu fiscal pour le don.', 'Mission, then the tax receipt for the donation.'),
    ],
    documents: [
      t("Convention de partenariat entreprise–ONG", 'Company–NGO partnership agreement'),
      t('Reçu fiscal du don (CERFA 16216*02 pour l\'entreprise)', 'Tax receipt for the donation (CERFA 16216*02 for the company)'),
      t('Demande de congés du salarié', "Employee's holiday request"),
    ],
    legalReferences: [
      { label: t('Planète Urgence : le congé solidaire', 'Planète Urgence: the solidarity holiday'), source: 'S11' },
      { label: t('CGI art. 238 bis (don de l\'entreprise)', "CGI art. 238 bis (the company's donation)"), source: 'S1' },
    ],
    cautions: [
      t(
        "Dispositifs hybrides : si l'employeur ajoute des jours de travail payés, ces jours relèvent du mécénat de compétences, pas du congé solidaire.",
        'Hybrid schemes: if the employer adds paid working days, those days are skills sponsorship, not a solidarity holiday.',
      ),
      t(
        "Le tableau de décision de nos sources parle de missions à l'étranger, mais l'ONG de référence propose aussi des missions en France : nous ne retenons pas la destination comme critère.",
        'The decision table of our sources speaks of missions abroad, but the reference NGO also runs missions in France: we do not use the destination as a criterion.',
      ),
    ],
    lastChecked: FACTS_CHECKED_ON,
  };
}
