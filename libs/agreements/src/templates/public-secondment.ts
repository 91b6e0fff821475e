import type { AgreementTemplate } from '../model';
import { CLOSING, h, MISSION, p, PARTIES, t } from './common';

/** Convention de mise à disposition d'agents publics au titre du mécénat de compétences, loi 3DS art. 209 [S15][S17] (facts sheet §7). */
export const PUBLIC_SECONDMENT_AGREEMENT: AgreementTemplate = {
  kind: 'secondment_agreement',
  title: t('Convention de mise à disposition d’agents publics (mécénat de compétences)', 'Secondment agreement for public servants (skills sponsorship)'),
  blocks: [
    ...PARTIES,
    ...MISSION,
    h('Article 4 – Cadre', 'Article 4 – Framework'),
    p(
      'La mise à disposition s’inscrit dans l’expérimentation de l’article 209 de la loi 2022-217 (dite 3DS) et du décret 2022-1682, ouverte jusqu’au 27 décembre 2027. La mission relève des missions statutaires de la structure d’accueil.',
      'The secondment falls under the experiment of article 209 of loi 2022-217 (known as 3DS) and décret 2022-1682, open until 27 December 2027. The mission falls within the host\'s statutory missions.',
    ),
    h('Article 5 – Durée, lieu et conditions d’emploi', 'Article 5 – Duration, place and working conditions'),
    p(
      'La mise à disposition dure au plus 18 mois, renouvelable dans la limite de 3 ans au total. Elle s’exerce à {{need.place}}, aux horaires convenus avec l’administration d’origine, pour {{effort}}.',
      'The secondment lasts at most 18 months, renewable up to 3 years in all. It takes place in {{need.place}}, on hours agreed with the home administration, for {{effort}}.',
    ),
    h('Article 6 – Gratuité', 'Article 6 – Free of charge'),
    p(
      'La mise à disposition est gratuite : la structure d’accueil ne rembourse pas la rémunération des agents. Elle n’ouvre droit à aucune réduction d’impôt.',
      'The secondment is free of charge: the host does not reimburse the agents\' pay. It gives no tax reduction.',
    ),
    h('Article 7 – Déontologie', 'Article 7 – Ethics'),
    p(
      'Les agents restent soumis à leurs obligations déontologiques (Code général de la fonction publique, L121-1 à L121-11). La convention peut être renouvelée ou prendre fin avant son terme à la demande d’une partie ou de l’agent.',
      'The agents remain bound by their ethical duties (General Civil Service Code, L121-1 to L121-11). The agreement may be renewed or end early at the request of a party or of the agent.',
    ),
    ...CLOSING,
    { kind: 'signatures', signatories: ['provider', 'host', 'people'] },
  ],
  sources: ['S15', 'S17', 'S9c'],
  readings: [
    t(
      'Remboursement : en droit commun de la mise à disposition, la structure d’accueil rembourse en principe ; dans l’expérimentation 3DS, la mise à disposition est gratuite, lecture retenue ici.',
      'Reimbursement: under ordinary secondment rules the host reimburses in principle; under the 3DS experiment the secondment is free of charge, the reading followed here.',
    ),
  ],
};
