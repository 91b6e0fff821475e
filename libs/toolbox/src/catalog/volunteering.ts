import { ORGANIZATION_KINDS } from '@relais/domain';
import { text as t } from '../text';
import type { YearValues } from '../values/dated-values';
import { euros, FACTS_CHECKED_ON, type MechanismEntry, percent } from './mechanism-entry';

/** Bénévolat de compétences and abandoned expenses (CGI 200). Sheet §9. */
export function volunteeringEntry(v: YearValues): MechanismEntry {
  const r = v.volunteerExpenses;
  const [rate, colucheRate, incomeShare] = [percent(r.rate), percent(r.colucheRate), percent(r.incomeCapShare)];
  const cap = euros(Math.max(...r.colucheCaps.map((entry) => entry.cap)));
  return {
    code: 'volunteering',
    title: t('Bénévolat de compétences', 'Skills volunteering (bénévolat de compétences)'),
    summary: t(
      "Une personne donne son temps libre et ses compétences à un organisme d'intérêt général, sans rémunération ni lien de subordination. Les frais engagés pour la mission et abandonnés à l'organisme ouvrent droit à une réduction d'impôt sur le revenu.",
      'A person gives free time and skills to a general-interest body, with no pay and no subordination. Expenses incurred for the mission and waived to the body give an income-tax reduction.',
    ),
    providers: {
      organizationKinds: [...ORGANIZATION_KINDS],
      person: t(
        'Toute personne sur son temps libre : retraité, étudiant, demandeur d\'emploi, indépendant, salarié hors temps de travail…',
        'Anyone on free time: retiree, student, job seeker, self-employed, employee outside working time…',
      ),
    },
    hosts: t("Organisme d'intérêt général.", 'A general-interest body.'),
    durations: [t('Aucune limite.', 'No limit.')],
    money: [
      t('Aucune rémunération, en argent ou en nature, et aucun lien de subordination : sinon, requalification en contrat de travail.', 'No pay, in cash or in kind, and no subordination: otherwise it becomes an employment contract.'),
      t(
        'Frais remboursés sur justificatifs ou au barème kilométrique (celui des salariés depuis le 01/01/2022 ; barème 2025 = barème 2024), ou abandonnés à l\'organisme.',
        "Expenses reimbursed on receipts or at the mileage scale (the employees' scale since 01/01/2022; 2025 scale = 2024 scale), or waived to the body.",
      ),
    ],
    fiscalEffect: t(
      `Frais abandonnés = don : réduction d'impôt sur le revenu de ${rate.fr} dans la limite de ${incomeShare.fr} du revenu imposable (excédent reporté sur ${r.carryForwardYears} ans) ; ${colucheRate.fr} pour les organismes « Coluche » (repas, logement, soins aux personnes en difficulté) jusqu'à ${cap.fr} pour les dons depuis le 14/10/2025 (1 000 € avant). Conditions : frais engagés strictement pour l'objet de l'organisme, justifiés, inscrits dans ses comptes, et renonciation expresse au remboursement ; l'organisme délivre un reçu CERFA 11580.`,
      `Waived expenses = a gift: income-tax reduction of ${rate.en} within ${incomeShare.en} of taxable income (excess carried forward over ${r.carryForwardYears} years); ${colucheRate.en} for "Coluche" bodies (meals, housing, care for people in difficulty) up to ${cap.en} for gifts since 14/10/2025 (1,000 € before). Conditions: expenses strictly for the body's purpose, justified, recorded in its accounts, and an express waiver of reimbursement; the body issues a CERFA 11580 receipt.`,
    ),
    steps: [
      t('Définir la mission et les frais pris en charge.', 'Define the mission and the expenses covered.'),
      t('Conserver les justificatifs des frais.', 'Keep the receipts for the expenses.'),
      t('Renoncer expressément au remboursement par écrit.', 'Waive reimbursement expressly, in writing.'),
      t("L'organisme inscrit les frais dans ses comptes et délivre le reçu CERFA 11580.", 'The body records the expenses in its accounts and issues the CERFA 11580 receipt.'),
      t('Déclarer le don dans la déclaration de revenus.', 'Declare the gift on the income-tax return.'),
    ],
    documents: [
      t('Justificatifs des frais', 'Receipts for the expenses'),
      t('Renonciation écrite au remboursement', 'Written waiver of reimbursement'),
      t('Reçu CERFA 11580', 'CERFA 11580 receipt'),
    ],
    legalReferences: [
      { label: t('Bénévoles : réduction d\'impôt pour frais abandonnés (CGI art. 200)', 'Volunteers: tax reduction for waived expenses (CGI art. 200)'), source: 'S19' },
      { label: t('Dons « Coluche » : plafond de 2 000 €', '"Coluche" gifts: 2,000 € cap'), source: 'S20' },
    ],
    cautions: [
      t(
        "Assurance : pas d'obligation générale ; nous recommandons que l'organisme ait une responsabilité civile couvrant ses bénévoles.",
        'Insurance: no general obligation; we recommend that the body hold liability insurance covering its volunteers.',
      ),
      t(
        'Dons « Coluche » faits en 2025 sans date connue : nous appliquons le plafond de 1 000 € (lecture prudente).',
        '"Coluche" gifts made in 2025 with no known date: we apply the 1,000 € cap (cautious reading).',
      ),
    ],
    lastChecked: FACTS_CHECKED_ON,
  };
}
