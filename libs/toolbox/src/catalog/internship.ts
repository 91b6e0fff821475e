import { text as t } from '../text';
import type { YearValues } from '../values/dated-values';
import { euros, FACTS_CHECKED_ON, type MechanismEntry } from './mechanism-entry';

/** Convention de stage: Code de l'éducation L124-1 ff. Sheet §8. */
export function internshipEntry(v: YearValues): MechanismEntry {
  const r = v.internship;
  const hourly = euros(r.minHourlyGratification);
  const monthly = euros(Math.round(r.minHourlyGratification * r.hoursPerMonth * 100) / 100);
  const threshold = r.mandatoryFromHour - 1;
  return {
    code: 'internship',
    title: t('Stage (convention de stage)', 'Internship (convention de stage)'),
    summary: t(
      `Un étudiant effectue un stage dans le cadre de son cursus, sous une convention tripartite (étudiant, organisme d'accueil, établissement), en France ou à l'étranger, pour ${r.maxMonths} mois au plus par organisme et par année d'enseignement. Au-delà de 2 mois de présence, une gratification minimale est obligatoire.`,
      `A student does an internship as part of the curriculum, under a three-party agreement (student, host, school), in France or abroad, for at most ${r.maxMonths} months per host and academic year. Beyond 2 months of presence, a minimum gratification is mandatory.`,
    ),
    providers: {
      organizationKinds: ['university'],
      person: t("Étudiant inscrit dans l'établissement, dans le cadre de son cursus.", 'A student enrolled in the school, as part of the curriculum.'),
    },
    hosts: t("Tout organisme d'accueil, en France ou à l'étranger.", 'Any host body, in France or abroad.'),
    durations: [
      t(`${r.maxMonths} mois au plus par organisme d'accueil et par année d'enseignement (${r.maxHours} h de présence).`, `At most ${r.maxMonths} months per host and academic year (${r.maxHours} h of presence).`),
      t(`Gratification obligatoire au-delà de 2 mois, soit à partir de la ${r.mandatoryFromHour}e heure (44 jours × 7 h = ${threshold} h).`, `Gratification mandatory beyond 2 months, i.e. from the ${r.mandatoryFromHour}th hour (44 days × 7 h = ${threshold} h).`),
    ],
    money: [
      t(
        `Gratification minimale ${v.year} = 15 % du plafond horaire de la sécurité sociale = ${hourly.fr} par heure, soit ${monthly.fr} pour ${r.hoursPerMonth} h ; exonérée de cotisations jusqu'à ce minimum.`,
        `Minimum gratification ${v.year} = 15 % of the hourly social security ceiling = ${hourly.en} an hour, i.e. ${monthly.en} for ${r.hoursPerMonth} h; exempt from contributions up to that minimum.`,
      ),
    ],
    fiscalEffect: t('Gratification exonérée de cotisations sociales jusqu\'au minimum légal.', 'Gratification exempt from social contributions up to the legal minimum.'),
    steps: [
      t("Définir la mission avec l'établissement et l'étudiant.", 'Define the mission with the school and the student.'),
      t('Signer la convention de stage tripartite avant le début du stage.', 'Sign the three-party internship agreement before the internship starts.'),
      t("À l'étranger : annexer la fiche sur les règles du pays d'accueil ; vérifier visa, couverture sociale et zones déconseillées par le ministère des Affaires étrangères.", "Abroad: annex the sheet on the host country's rules; check visa, social cover and areas the Ministry of Foreign Affairs advises against."),
      t(`Verser la gratification si le stage dépasse ${threshold} h de présence.`, `Pay the gratification if the internship exceeds ${threshold} h of presence.`),
    ],
    documents: [
      t('Convention de stage tripartite', 'Three-party internship agreement'),
      t("Fiche sur les règles du pays d'accueil (stage à l'étranger)", "Sheet on the host country's rules (internship abroad)"),
    ],
    legalReferences: [
      { label: t("Code de l'éducation L124-1 et s., L124-5, L124-6 ; stages à l'étranger", 'Code de l\'éducation L124-1 ff., L124-5, L124-6; internships abroad'), source: 'S18' },
      { label: t('Gratification 2025', '2025 gratification'), source: 'S6' },
      { label: t('Gratification 2026', '2026 gratification'), source: 'S7' },
    ],
    cautions: [
      t(
        "Stage à l'étranger : règles du pays d'accueil, visa, couverture sociale et zones rouges du ministère des Affaires étrangères sont à vérifier au cas par cas ; nous conseillons de ne pas envoyer de stagiaire en zone rouge.",
        "Internship abroad: host-country rules, visa, social cover and the Foreign Ministry's red zones must be checked case by case; we advise not sending an intern to a red zone.",
      ),
      t(
        'Lecture prudente : une fois obligatoire, la gratification est due pour toutes les heures de présence, dès la première.',
        'Cautious reading: once mandatory, the gratification is owed for every hour of presence, from the first.',
      ),
      t(
        `${r.maxMonths} mois de présence sont comptés ${r.maxHours} h (22 jours × 7 h par mois, comme les 2 mois = 44 jours × 7 h de nos sources).`,
        `${r.maxMonths} months of presence are counted as ${r.maxHours} h (22 days × 7 h a month, like the 2 months = 44 days × 7 h of our sources).`,
      ),
      t(
        "Missions d'expertise des enseignants-chercheurs (ordre de mission, activité accessoire autorisée, délégation) : hors de cette fiche ; la durée maximale de la délégation (4 ou 5 ans) est à vérifier.",
        "Expertise missions of academics (mission order, authorised side activity, délégation): outside this sheet; the maximum length of a délégation (4 or 5 years) is to be checked.",
      ),
    ],
    lastChecked: FACTS_CHECKED_ON,
  };
}
