import { text as t } from '../text';
import type { YearValues } from '../values/dated-values';
import { FACTS_CHECKED_ON, type MechanismEntry } from './mechanism-entry';

/** Prêt de main-d'œuvre à but non lucratif: Code du travail L8241-1 to L8241-3. Sheet §2. */
export function staffLoanEntry(v: YearValues): MechanismEntry {
  const years = v.staffLoan.belowCostMaxMonths / 12;
  return {
    code: 'staff_loan',
    title: t("Prêt de main-d'œuvre à but non lucratif", 'Non-profit staff loan (prêt de main-d\'œuvre)'),
    summary: t(
      "Un employeur met un salarié volontaire à la disposition d'un autre organisme, qui dirige son travail, en ne facturant que les salaires, charges et frais professionnels (moins, voire rien, dans le cadre de L8241-3). Le contrat de travail n'est ni rompu ni suspendu : le salarié reste payé par son employeur.",
      "An employer makes a consenting employee available to another body, which directs the work, invoicing only pay, charges and expenses (less or nothing under L8241-3). The employment contract is neither broken nor suspended: the employee stays on the employer's payroll.",
    ),
    providers: {
      organizationKinds: ['company', 'association', 'network'],
      person: t('Salarié de droit privé, volontaire, sur son temps de travail.', 'A private-law employee, who agrees, on working time.'),
    },
    hosts: t(
      `Tout organisme utilisateur (L8241-2). Pour facturer moins que le coût ou rien (L8241-3) : organisme du 238 bis 1 a à g, jeune entreprise de moins de 8 ans ou PME de moins de 250 salariés ; le prêteur compte alors au moins 5 000 salariés (groupe), sauf si l'utilisateur est un organisme du 238 bis a à g ; jamais au sein d'un même groupe.`,
      'Any user body (L8241-2). To invoice below cost or nothing (L8241-3): a 238 bis 1 a–g body, a young company under 8 years or an SME under 250 employees; the lender then has at least 5,000 employees (group), unless the user is a 238 bis a–g body; never within the same group.',
    ),
    durations: [
      t('L8241-2 : pas de durée maximale légale (prêt temporaire par nature).', 'L8241-2: no legal maximum (temporary by nature).'),
      t(`L8241-3 : ${years} ans au plus (2 ans avant le 17/04/2024).`, `L8241-3: at most ${years} years (2 years before 17/04/2024).`),
    ],
    money: [
      t(
        "L'organisme utilisateur rembourse les salaires, charges et frais facturés (L8241-1) ; sous L8241-3, la facturation peut être inférieure au coût ou nulle sans devenir lucrative.",
        'The user body reimburses the pay, charges and expenses invoiced (L8241-1); under L8241-3, invoicing below cost or nothing does not make the loan lucrative.',
      ),
      t("Le salarié garde sa rémunération, versée par son employeur, et accède aux équipements collectifs de l'utilisateur.", "The employee keeps the pay, paid by the employer, and has access to the user's collective facilities."),
    ],
    fiscalEffect: t(
      "Aucune réduction d'impôt quand l'organisme n'est pas éligible au mécénat. Si l'organisme est éligible (238 bis) et que le prêt est gratuit ou sous le coût, la part non facturée peut être un mécénat de compétences (voir cette fiche).",
      'No tax reduction when the host is not eligible for sponsorship. If the host is eligible (238 bis) and the loan is free or below cost, the part not invoiced can be skills sponsorship (see that sheet).',
    ),
    steps: [
      t("Recueillir l'accord du salarié (un refus ne peut entraîner ni sanction, ni licenciement, ni discrimination).", "Get the employee's consent (refusing cannot lead to sanction, dismissal or discrimination)."),
      t("Consulter au préalable le CSE de l'employeur prêteur, puis l'informer des conventions signées.", "Consult the lender's works council beforehand, then inform it of the agreements signed."),
      t('Signer la convention de mise à disposition : durée, identité et qualification du salarié, mode de calcul des salaires, charges et frais facturés (et son objet sous L8241-3).', 'Sign the staff-loan agreement: duration, identity and qualification of the employee, how pay, charges and expenses are invoiced (and its purpose under L8241-3).'),
      t('Signer un avenant au contrat de travail : tâches chez l\'utilisateur, horaires, lieu, caractéristiques du poste ; période probatoire éventuelle.', 'Sign an amendment to the employment contract: tasks at the user, hours, place, features of the post; probation period if any.'),
      t("Informer et consulter le CSE de l'organisme utilisateur avant l'accueil.", "Inform and consult the user's works council before hosting."),
      t('Au retour, le salarié retrouve son poste ou un poste équivalent, sans incidence sur sa carrière ni sa rémunération.', 'On return, the employee gets the same or an equivalent post, with no effect on career or pay.'),
    ],
    documents: [
      t('Accord écrit du salarié', "Employee's written consent"),
      t('Convention de mise à disposition', 'Staff-loan agreement'),
      t('Avenant au contrat de travail', 'Amendment to the employment contract'),
      t('Avis et informations des CSE', 'Works councils\' opinions and information'),
      t('Factures (salaires, charges, frais)', 'Invoices (pay, charges, expenses)'),
    ],
    legalReferences: [
      { label: t('C. trav. L8241-1 et L8241-2', 'Labour Code L8241-1 and L8241-2'), source: 'S8' },
      { label: t('C. trav. L8241-3 (version du 17/04/2024)', 'Labour Code L8241-3 (version of 17/04/2024)'), source: 'S9' },
      { label: t('Loi 2024-344 du 15/04/2024', 'Loi 2024-344 of 15/04/2024'), source: 'S9c' },
    ],
    cautions: [
      t(
        "La formulation exacte et le seuil (50 salariés) de la consultation des CSE restent à confirmer : nous conseillons de consulter et d'informer le CSE de chaque côté dès qu'il existe.",
        "The exact wording and the threshold (50 employees) of works-council consultation are still to be confirmed: we advise consulting and informing the works council on each side whenever there is one.",
      ),
      t(
        "Période probatoire : facultative, mais à prévoir si un élément essentiel du contrat change (point à confirmer) ; nous conseillons de la prévoir dans ce cas.",
        'Probation period: optional, but to be provided when an essential element of the contract changes (to be confirmed); we advise providing one in that case.',
      ),
      t(
        'Réforme « Avenir professionnel » 2018 : aucune modification de L8241-1 et L8241-2 relevée ; à revérifier.',
        '"Avenir professionnel" reform of 2018: no change to L8241-1 and L8241-2 found; to be re-checked.',
      ),
    ],
    lastChecked: FACTS_CHECKED_ON,
  };
}
