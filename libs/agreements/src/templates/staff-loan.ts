import type { AgreementTemplate } from '../model';
import { CLOSING, h, MISSION, p, PARTIES, t } from './common';

/** Convention de mise à disposition, prêt de main-d'œuvre à but non lucratif, C. trav. L8241-2 [S8][S9] (facts sheet §2). */
export const STAFF_LOAN_AGREEMENT: AgreementTemplate = {
  kind: 'staff_loan_agreement',
  title: t('Convention de mise à disposition de personnel à but non lucratif', 'Non-profit staff-loan agreement'),
  blocks: [
    ...PARTIES,
    ...MISSION,
    h('Article 4 – Identité et qualification des salariés', 'Article 4 – Identity and qualification of the employees'),
    p(
      'La structure contributrice (prêteuse) met à la disposition de la structure d’accueil (utilisatrice) les salariés nommés à l’article 3, avec la qualification indiquée, pour la durée de l’article 2 (C. trav. L8241-2).',
      'The contributing organization (lender) lends the host organization (user) the employees named in article 3, with the qualification shown, for the duration of article 2 (Labour Code L8241-2).',
    ),
    h('Article 5 – Caractère non lucratif et facturation', 'Article 5 – Non-profit nature and invoicing'),
    p(
      'Le prêt est à but non lucratif : la structure prêteuse ne facture que les salaires versés, les charges sociales afférentes et les frais professionnels remboursés au titre de la mise à disposition, ou moins, ou rien lorsque l’article L8241-3 s’applique (structure d’accueil relevant de l’article 238 bis 1 a à g du CGI). Le montant et la méthode de facturation sont ceux que les parties ont convenus par écrit.',
      'The loan is non-profit: the lender invoices only the wages paid, the related social charges and the business expenses reimbursed for the loan, or less, or nothing when article L8241-3 applies (host covered by article 238 bis 1 a to g of the Tax Code). The amount and method of invoicing are those the parties agreed in writing.',
    ),
    h('Article 6 – Situation des salariés', 'Article 6 – Status of the employees'),
    { kind: 'list', items: [
      t('Chaque salarié a donné son accord écrit ; un refus ne peut entraîner ni sanction, ni licenciement, ni discrimination.', 'Each employee gave written consent; a refusal may lead to no sanction, dismissal or discrimination.'),
      t('Son contrat de travail n’est ni rompu ni suspendu ; il reste payé par la structure prêteuse.', 'The employment contract is neither ended nor suspended; the lender keeps paying the employee.'),
      t('Un avenant au contrat de travail précise le travail confié, les horaires, le lieu et les caractéristiques du poste.', 'An amendment to the employment contract sets the work entrusted, the hours, the place and the features of the post.'),
      t('À la fin de la mise à disposition, il retrouve son poste ou un poste équivalent, sans conséquence sur sa carrière ni sa rémunération ; il a accès aux installations collectives de la structure d’accueil.', 'At the end of the loan, the employee returns to the same or an equivalent post, with no effect on career or pay, and has access to the host\'s collective facilities.'),
      t('Le comité social et économique de la structure prêteuse est consulté au préalable et informé des conventions ; celui de la structure d’accueil est informé et consulté avant l’accueil.', 'The lender\'s works council is consulted beforehand and informed of the agreements; the host\'s works council is informed and consulted before hosting.'),
    ] },
    h('Article 7 – Durée maximale', 'Article 7 – Maximum duration'),
    p(
      'Sous le régime de l’article L8241-3, la mise à disposition ne dépasse pas trois ans (loi 2024-344 du 15 avril 2024). Sous le seul article L8241-2, elle reste temporaire par nature.',
      'Under article L8241-3 the loan lasts at most three years (loi 2024-344 of 15 April 2024). Under article L8241-2 alone it remains temporary by nature.',
    ),
    ...CLOSING,
    { kind: 'signatures', signatories: ['provider', 'host'] },
  ],
  sources: ['S8', 'S9', 'S9c'],
  readings: [
    t(
      'Consultation des CSE : la convention suit le texte de l’article L8241-2 dans sa version issue de l’ordonnance 2017-1718 ; le seuil d’effectif et la formulation exacte sont à confirmer par chaque employeur.',
      'Works councils: the agreement follows article L8241-2 as worded since ordinance 2017-1718; the headcount threshold and exact wording are for each employer to confirm.',
    ),
  ],
};

/** Avenant au contrat de travail du salarié mis à disposition, C. trav. L8241-2 [S8]. */
export const CONTRACT_AMENDMENT: AgreementTemplate = {
  kind: 'contract_amendment',
  title: t('Avenant au contrat de travail – mise à disposition', 'Amendment to the employment contract – staff loan'),
  blocks: [
    h('Entre les parties', 'Between the parties'),
    p('{{provider.name}} ({{provider.place}}), employeur,', '{{provider.name}} ({{provider.place}}), employer,'),
    p('et le ou les salariés signataires : {{people}}.', 'and the signing employee or employees: {{people}}.'),
    h('Article 1 – Mise à disposition', 'Article 1 – Loan'),
    p(
      'Avec son accord, le salarié est mis à la disposition de {{host.name}} ({{host.place}}) du {{start}} au {{end}}, pour la mission « {{need.title}} » (C. trav. L8241-2).',
      'With their consent, the employee is lent to {{host.name}} ({{host.place}}) from {{start}} to {{end}}, for the mission "{{need.title}}" (Labour Code L8241-2).',
    ),
    h('Article 2 – Travail confié, horaires, lieu', 'Article 2 – Work, hours, place'),
    p(
      'Travail confié : « {{need.title}} », au titre de l’offre « {{offer.title}} ». Temps : {{effort.perPerson}} par personne, aux horaires de la structure d’accueil dans la limite de la durée du travail du contrat. Lieu : {{need.place}}.',
      'Work: "{{need.title}}", under the offer "{{offer.title}}". Time: {{effort.perPerson}} per person, on the host\'s working hours within the contract\'s working time. Place: {{need.place}}.',
    ),
    { kind: 'table', table: 'people' },
    h('Article 3 – Ce qui ne change pas', 'Article 3 – What does not change'),
    p(
      'Le contrat de travail n’est ni rompu ni suspendu ; la rémunération reste versée par l’employeur. À l’issue, le salarié retrouve son poste ou un poste équivalent, sans conséquence sur sa carrière ni sa rémunération. Le refus de cet avenant n’aurait entraîné ni sanction, ni licenciement, ni discrimination.',
      'The employment contract is neither ended nor suspended; the employer keeps paying the salary. Afterwards the employee returns to the same or an equivalent post, with no effect on career or pay. Refusing this amendment would have led to no sanction, dismissal or discrimination.',
    ),
    h('Article 4 – Période probatoire', 'Article 4 – Probation'),
    p(
      'Aucune période probatoire n’est prévue, sauf si la mise à disposition modifie un élément essentiel du contrat de travail : elle est alors convenue par écrit.',
      'No probation period is set, unless the loan changes an essential element of the employment contract: it is then agreed in writing.',
    ),
    { kind: 'signatures', signatories: ['provider', 'people'] },
  ],
  sources: ['S8', 'S9'],
  readings: [
    t(
      'Période probatoire : facultative selon la fiche, obligatoire si un élément essentiel du contrat change ; l’avenant suit cette lecture.',
      'Probation: optional per the facts sheet, mandatory if an essential element of the contract changes; the amendment follows that reading.',
    ),
  ],
};
