import type { AgreementTemplate } from '../model';
import { CLOSING, h, MISSION, p, PARTIES, t } from './common';

/** Convention de mécénat de compétences, with the costing and the calendar [S1] (facts sheet §1). */
export const SKILLS_SPONSORSHIP_AGREEMENT: AgreementTemplate = {
  kind: 'sponsorship_agreement',
  title: t('Convention de mécénat de compétences', 'Skills-sponsorship agreement'),
  blocks: [
    ...PARTIES,
    ...MISSION,
    h('Article 4 – Forme du mécénat', 'Article 4 – Form of the sponsorship'),
    p(
      'La structure contributrice réalise gratuitement une prestation de services au profit de la structure d’accueil : elle organise et dirige le travail de ses salariés, qui restent sous son autorité (CGI art. 238 bis ; BOI-BIC-RICI-20-30-10-20). Si la structure d’accueil devait diriger elle-même leur travail, la mise à disposition relèverait du prêt de main-d’œuvre à but non lucratif : une convention de mise à disposition et un avenant au contrat de travail (C. trav. L8241-2) seraient alors signés en plus de la présente convention.',
      'The contributing organization provides a free service to the host organization: it organizes and directs the work of its employees, who remain under its authority (French Tax Code art. 238 bis; BOI-BIC-RICI-20-30-10-20). Should the host organization direct their work itself, the arrangement would be a non-profit staff loan: a staff-loan agreement and an amendment to the employment contract (Labour Code L8241-2) would then be signed in addition to this agreement.',
    ),
    h('Article 5 – Valorisation', 'Article 5 – Valuation'),
    p(
      'Le don est valorisé à son coût de revient : rémunération brute et charges sociales patronales du temps réellement donné, plafonnées par salarié à trois fois le plafond de la sécurité sociale pour la période (loi de finances pour 2020 ; {{costing.capMonthly}} par mois en {{costing.year}}). Le coût d’une heure est le coût mensuel divisé par 151,67 heures ; une journée compte 7 heures. Valeur prévisionnelle : {{costing.total}}.',
      'The donation is valued at cost: gross pay and employer social charges for the time actually given, capped per employee at three times the social security ceiling for the period (Finance Act for 2020; {{costing.capMonthly}} a month in {{costing.year}}). The cost of an hour is the monthly cost divided by 151.67 hours; a day counts 7 hours. Forecast value: {{costing.total}}.',
    ),
    { kind: 'table', table: 'costing' },
    p(
      'La valeur définitive est arrêtée sur le temps effectivement donné, relevé par la structure contributrice et approuvé par la structure d’accueil.',
      'The final value is set on the time actually given, logged by the contributing organization and approved by the host organization.',
    ),
    h('Article 6 – Engagements de la structure d’accueil', 'Article 6 – Commitments of the host organization'),
    { kind: 'list', items: [
      t(
        'Elle déclare remplir les conditions de l’article 238 bis du CGI : organisme sans but lucratif, à gestion désintéressée, qui ne fonctionne pas au profit d’un cercle restreint de personnes, et dont l’activité relève d’un des domaines qu’il énumère.',
        'It declares that it meets the conditions of article 238 bis of the Tax Code: a non-profit body, run on a disinterested basis, not operating for a restricted circle of people, whose activity falls within one of the fields it lists.',
      ),
      t(
        'Pour une action menée hors de l’Espace économique européen, elle déclare que l’action entre dans les catégories admises par la doctrine du 10 mai 2017 (humanitaire, développement indissociable de l’humanitaire, environnement, culture et langue françaises, recherche) et qu’elle conduit le programme depuis la France, finance directement les actions et peut en justifier les dépenses.',
        'For an action outside the European Economic Area, it declares that the action falls within the categories admitted by the doctrine of 10 May 2017 (humanitarian, development inseparable from humanitarian action, environment, French culture and language, research) and that it runs the programme from France, funds the actions directly and can justify their expenses.',
      ),
      t(
        'Elle délivre à la structure contributrice un reçu fiscal (formulaire CERFA 16216*02) pour la valeur définitive du don.',
        'It issues the contributing organization a tax receipt (form CERFA 16216*02) for the final value of the donation.',
      ),
    ] },
    h('Article 7 – Effet fiscal pour la structure contributrice', 'Article 7 – Tax effect for the contributing organization'),
    p(
      'Soumise à l’impôt selon un régime réel, la structure contributrice peut bénéficier d’une réduction d’impôt de 60 % de la valeur du don jusqu’à 2 millions d’euros de dons par an (40 % au-delà, sauf organismes d’aide aux personnes en difficulté), dans la limite de 20 000 € ou de 0,5 % du chiffre d’affaires hors taxes si ce montant est plus élevé, l’excédent étant reportable cinq exercices. La valeur du don est réintégrée au résultat fiscal. Elle déclare la réduction sur le formulaire 2069-RCI-SD.',
      'Taxed under a real regime, the contributing organization may claim a tax reduction of 60 % of the donation\'s value up to €2 million of donations a year (40 % above, except for bodies helping people in difficulty), within €20,000 or 0.5 % of turnover excluding VAT if that is higher, the excess being carried forward five years. The donation\'s value is added back to taxable profit. It claims the reduction on form 2069-RCI-SD.',
    ),
    h('Article 8 – Assurances et responsabilité', 'Article 8 – Insurance and liability'),
    p(
      'Les salariés restent couverts par la structure contributrice, employeur, pendant la mission. Chaque partie garde la responsabilité de ses propres activités et informe l’autre de tout incident.',
      'The employees remain covered by the contributing organization, their employer, during the mission. Each party remains liable for its own activities and tells the other of any incident.',
    ),
    ...CLOSING,
    { kind: 'signatures', signatories: ['provider', 'host'] },
  ],
  sources: ['S1', 'S2', 'S3', 'S25', 'S26b', 'S27', 'S29', 'S4', 'S8', 'S23'],
  readings: [
    t(
      'Plafond de 3 × PSS : le texte plafonne « la rémunération et les charges afférentes » ; la convention retient la lecture prudente, coût total du salarié au plus égal à 3 × PSS pour la période donnée.',
      'Cap of 3 × PSS: the text caps "pay and related charges"; the agreement follows the cautious reading, the employee\'s total cost at most 3 × PSS for the period given.',
    ),
    t(
      'Coût d’une journée : coût mensuel ÷ 151,67 h × 7 h (méthode de l’exemple de la fiche) ; la méthode « coût annuel ÷ 218 jours » donnerait un montant plus élevé.',
      'Cost of a day: monthly cost ÷ 151.67 h × 7 h (the method of the facts sheet\'s example); the "annual cost ÷ 218 days" method would give a higher amount.',
    ),
    t(
      'La convention écrite est recommandée par l’administration (« doit » selon la source) sans être exigée par la loi ; un rescrit (LPF L80 C) confirme l’éligibilité de la structure d’accueil.',
      'A written agreement is recommended by the administration ("must" per the source) without being required by statute; a ruling (LPF L80 C) confirms the host organization\'s eligibility.',
    ),
  ],
};
