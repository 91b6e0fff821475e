import type { AgreementTemplate } from '../model';
import { CLOSING, h, MISSION, p, PARTIES, t } from './common';

/** Convention de stage tripartite, Code de l'éducation L124-1 et s. [S6][S7][S18] (facts sheet §8). */
export const INTERNSHIP_AGREEMENT: AgreementTemplate = {
  kind: 'internship_agreement',
  title: t('Convention de stage', 'Internship agreement'),
  blocks: [
    ...PARTIES,
    p(
      'La structure contributrice est l’établissement d’enseignement ; la ou les personnes nommées à l’article 3, ses étudiants, signent également la convention.',
      'The contributing organization is the educational institution; the person or people named in article 3, its students, also sign the agreement.',
    ),
    ...MISSION,
    h('Article 4 – Durée et gratification', 'Article 4 – Duration and stipend'),
    p(
      'Le stage ne dépasse pas 6 mois par stagiaire dans une même structure d’accueil et par année d’enseignement (C. éduc. L124-5). Au-delà de deux mois de présence, soit à partir de la {{internship.fromHour}}e heure, la structure d’accueil verse une gratification d’au moins {{internship.minHourly}} par heure de présence en {{costing.year}} (15 % du plafond horaire de la sécurité sociale, C. éduc. L124-6), exonérée de cotisations jusqu’à ce minimum.',
      'The internship lasts at most 6 months per intern with one host per academic year (Education Code L124-5). Beyond two months of presence, that is from hour {{internship.fromHour}}, the host pays a stipend of at least {{internship.minHourly}} per hour of presence in {{costing.year}} (15 % of the hourly social security ceiling, Education Code L124-6), exempt from contributions up to that minimum.',
    ),
    h('Article 5 – Encadrement et évaluation', 'Article 5 – Supervision and assessment'),
    p(
      'La structure d’accueil désigne un tuteur ; l’établissement désigne un enseignant référent. Le stage fait l’objet d’une évaluation par la structure d’accueil et d’une attestation de stage.',
      'The host names a tutor; the institution names a supervising teacher. The host assesses the internship and issues an internship certificate.',
    ),
    h('Article 6 – Stage à l’étranger', 'Article 6 – Internship abroad'),
    p(
      'Pour un stage hors de France, la fiche d’information sur le droit du pays d’accueil est annexée ; l’établissement et le stagiaire vérifient le visa, la couverture sociale et les consignes du ministère des Affaires étrangères pour la zone.',
      'For an internship outside France, the information sheet on the host country\'s law is annexed; the institution and the intern check the visa, social cover and the Foreign Ministry\'s advice for the area.',
    ),
    ...CLOSING,
    { kind: 'signatures', signatories: ['provider', 'host', 'people'] },
  ],
  sources: ['S6', 'S7', 'S18'],
  readings: [
    t(
      'Stage à l’étranger : les règles du pays d’accueil (visa, couverture sociale, zones déconseillées) sont à vérifier pour chaque stage ; la convention les renvoie à une annexe.',
      'Internship abroad: the host country\'s rules (visa, social cover, areas advised against) are to be checked for each internship; the agreement refers them to an annex.',
    ),
  ],
};
