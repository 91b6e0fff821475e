import type { AgreementTemplate } from '../model';
import { CLOSING, h, MISSION, p, PARTIES, t } from './common';

/** Charte du bénévolat de compétences [S19][S20] (facts sheet §9). */
export const VOLUNTEERING_CHARTER: AgreementTemplate = {
  kind: 'volunteering_charter',
  title: t('Charte d’engagement bénévole', 'Volunteering charter'),
  blocks: [
    ...PARTIES,
    ...MISSION,
    h('Article 4 – Un engagement libre', 'Article 4 – A free commitment'),
    p(
      'Les bénévoles ne reçoivent aucune rémunération, en argent ou en nature, et ne sont liés à la structure d’accueil par aucun lien de subordination ; sans quoi l’engagement pourrait être requalifié en contrat de travail.',
      'The volunteers receive no pay, in cash or in kind, and are bound to the host by no subordination; otherwise the commitment could be reclassified as an employment contract.',
    ),
    h('Article 5 – Frais', 'Article 5 – Expenses'),
    p(
      'Les frais engagés pour la mission sont remboursés au réel sur justificatifs, ou pour les déplacements selon le barème kilométrique des salariés. Un bénévole peut renoncer à leur remboursement : si les frais sont engagés strictement pour l’objet de la structure, justifiés, inscrits dans ses comptes et abandonnés expressément, la structure d’accueil délivre un reçu (CERFA 11580) qui ouvre droit à une réduction d’impôt de 66 % dans la limite de 20 % du revenu imposable.',
      'Expenses for the mission are reimbursed at cost on receipts, or for travel on the employees\' mileage scale. A volunteer may waive reimbursement: if the expenses are incurred strictly for the host\'s purpose, justified, recorded in its accounts and expressly waived, the host issues a receipt (CERFA 11580) giving a tax reduction of 66 % within 20 % of taxable income.',
    ),
    h('Article 6 – Assurance', 'Article 6 – Insurance'),
    p(
      'La structure d’accueil couvre les bénévoles par son assurance de responsabilité civile pendant la mission.',
      'The host covers the volunteers under its civil liability insurance during the mission.',
    ),
    ...CLOSING,
    { kind: 'signatures', signatories: ['host', 'provider', 'people'] },
  ],
  sources: ['S19', 'S20'],
  readings: [
    t(
      'Assurance : aucune obligation générale n’impose d’assurer les bénévoles ; la charte retient la pratique recommandée, une responsabilité civile de la structure d’accueil qui les couvre.',
      'Insurance: no general rule requires insuring volunteers; the charter follows the recommended practice, a civil liability policy of the host covering them.',
    ),
  ],
};
