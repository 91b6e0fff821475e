import { text as t } from '../text';
import type { YearValues } from '../values/dated-values';
import { FACTS_CHECKED_ON, type MechanismEntry } from './mechanism-entry';

/** Congé de solidarité internationale: Code du travail L3142-67 ff. Sheet §3. */
export function solidarityLeaveEntry(v: YearValues): MechanismEntry {
  const r = v.solidarityLeave;
  return {
    code: 'solidarity_leave',
    title: t('Congé de solidarité internationale', 'International solidarity leave (congé de solidarité internationale)'),
    summary: t(
      "Un salarié prend un congé non rémunéré pour une mission hors de France au service d'une association humanitaire ou d'une organisation internationale inscrite sur une liste fixée par arrêté. Son contrat est suspendu ; il retrouve son emploi au retour.",
      'An employee takes unpaid leave for a mission outside France with a humanitarian association or an international organisation on a list set by ministerial order. The contract is suspended; the employee gets the job back on return.',
    ),
    providers: {
      organizationKinds: ['company', 'association', 'network'],
      person: t(
        `Salarié de droit privé ayant au moins ${r.minSeniorityMonths} mois d'ancienneté, consécutifs ou non (règle applicable sans accord d'entreprise ou de branche). Les agents publics ne peuvent partir qu'en disponibilité, détachement ou congé spécial.`,
        `A private-law employee with at least ${r.minSeniorityMonths} months of seniority, consecutive or not (the rule when no company or branch agreement exists). Public agents can only go while on leave of absence (disponibilité), secondment or special leave.`,
      ),
    },
    hosts: t(
      "Association humanitaire (loi 1901 ou droit local d'Alsace-Moselle) ou organisation internationale dont la France est membre, inscrite sur la liste fixée par arrêté (arrêté du 16/07/1996) ; mission hors de France.",
      'A humanitarian association (1901 law or Alsace-Moselle local law) or an international organisation France belongs to, on the list set by ministerial order (arrêté of 16/07/1996); mission outside France.',
    ),
    durations: [
      t(`${r.maxMonths} mois au plus (congés continus cumulés) ; en urgence, ${r.emergencyMaxWeeks} semaines au plus.`, `At most ${r.maxMonths} months (continuous leaves added up); in an emergency, at most ${r.emergencyMaxWeeks} weeks.`),
      t(`Demande au moins ${r.requestNoticeDays} jours avant le départ (48 h en urgence).`, `Request at least ${r.requestNoticeDays} days before leaving (48 h in an emergency).`),
    ],
    money: [
      t("Congé non rémunéré par l'employeur.", 'Leave unpaid by the employer.'),
      t("Cumulable avec un volontariat de solidarité internationale, dont l'indemnité est versée par l'association d'envoi.", 'Can be combined with international solidarity volunteering (VSI), whose allowance is paid by the sending association.'),
    ],
    fiscalEffect: t("Pas d'effet fiscal propre.", 'No tax effect of its own.'),
    steps: [
      t("Vérifier que l'association ou l'organisation figure sur la liste et que la mission a lieu hors de France.", 'Check that the association or organisation is on the list and that the mission is outside France.'),
      t(`Demander le congé au moins ${r.requestNoticeDays} jours avant, par lettre recommandée avec AR ou remise en main propre, en indiquant la durée et l'association (48 h avant en urgence).`, `Ask for the leave at least ${r.requestNoticeDays} days before, by registered letter or hand delivery, stating the duration and the association (48 h before in an emergency).`),
      t(
        `L'employeur peut refuser si le départ est préjudiciable à l'entreprise, après avis du CSE, par décision motivée sous ${r.employerAnswerDays} jours ; son silence vaut accord ; recours devant le conseil de prud'hommes. En urgence : réponse sous 24 h, sans motivation, et le silence ne vaut pas accord.`,
        `The employer may refuse if the absence would harm the company, after the works council's opinion, with reasons, within ${r.employerAnswerDays} days; silence means acceptance; appeal to the labour court. In an emergency: answer within 24 h, no reasons needed, and silence does not mean acceptance.`,
      ),
      t(
        "Quota annuel par établissement selon l'effectif (moins de 50 salariés : 1 ; 50 à 99 : 2 ; 100 à 199 : 3 ; 200 à 499 : 4 ; 500 à 999 : 5 ; 1 000 à 1 999 : 6 ; +1 par tranche de 1 000), au-delà duquel l'employeur peut refuser.",
        'Yearly quota per establishment by headcount (under 50 employees: 1; 50–99: 2; 100–199: 3; 200–499: 4; 500–999: 5; 1,000–1,999: 6; +1 per extra 1,000), beyond which the employer may refuse.',
      ),
      t("Au retour : même emploi ou emploi similaire, rémunération au moins équivalente ; le congé compte pour l'ancienneté.", 'On return: same or similar job, pay at least equivalent; the leave counts towards seniority.'),
    ],
    documents: [
      t('Demande écrite (lettre recommandée avec AR ou remise en main propre)', 'Written request (registered letter or hand delivery)'),
      t("Attestation de l'association (mission, durée)", 'Certificate from the association (mission, duration)'),
      t("Réponse de l'employeur", "Employer's answer"),
    ],
    legalReferences: [
      { label: t('C. trav. L3142-67 et suivants ; arrêté du 16/07/1996', 'Labour Code L3142-67 ff.; arrêté of 16/07/1996'), source: 'S10' },
      { label: t('Loi 2005-159 (cumul avec le VSI)', 'Loi 2005-159 (combination with VSI)'), source: 'S12' },
    ],
    cautions: [
      t(
        "La liste des associations (arrêté du 16/07/1996) n'était pas mise à jour en janvier 2022 : vérifiez que l'association y figure ; si elle n'y figure pas, nous considérons que ce congé ne s'applique pas.",
        'The list of associations (arrêté of 16/07/1996) had not been updated as of January 2022: check that the association is on it; if it is not, we consider that this leave does not apply.',
      ),
      t(
        "Les conditions d'ancienneté et de durée sont les règles supplétives : un accord d'entreprise ou de branche peut en fixer d'autres. Nous appliquons les règles supplétives tant qu'aucun accord n'est connu.",
        'The seniority and duration conditions are the fallback rules: a company or branch agreement may set others. We apply the fallback rules as long as no agreement is known.',
      ),
    ],
    lastChecked: FACTS_CHECKED_ON,
  };
}
