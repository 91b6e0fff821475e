/**
 * The sources behind every rule and figure (stored copies listed in the facts sheet, not
 * live pages). Ids match the facts sheet so a rule can be traced back to its source.
 */
export type SourceId =
  | 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6' | 'S7' | 'S8' | 'S9' | 'S9c' | 'S10' | 'S11'
  | 'S12' | 'S13' | 'S14' | 'S15' | 'S16' | 'S17' | 'S18' | 'S19' | 'S20' | 'S20b' | 'S21'
  | 'S22' | 'S23' | 'S24' | 'S25' | 'S26' | 'S26b' | 'S27' | 'S29' | 'S30';

export type Source = { id: SourceId; title: string; urls: readonly string[] };

const list: Source[] = [
  { id: 'S1', title: 'Loi de finances pour 2020 : les changements pour le mécénat d’entreprise (culture.gouv.fr)', urls: ['https://www.culture.gouv.fr/ar/19/33/7/Loi-de-finances-pour-2020-Les-changements-pour-le-mecenat-d-entreprise'] },
  { id: 'S2', title: 'BOI-BIC-RICI-20-30-10-20 (21/06/2023)', urls: ['https://bofip.impots.gouv.fr/bofip/6476-PGP.html'] },
  { id: 'S3', title: 'BOI-BIC-RICI-20-30-10-10', urls: ['https://bofip.impots.gouv.fr/doctrine/pgp/10963-PGP'] },
  { id: 'S4', title: 'BOFiP – obligations déclaratives, formulaire 2069-RCI-SD', urls: ['https://bofip.impots.gouv.fr/node/332946'] },
  { id: 'S5', title: 'Plafond de la sécurité sociale 2026 (service-public.gouv.fr, 23/12/2025)', urls: ['https://entreprendre.service-public.gouv.fr/actualites/A15386'] },
  { id: 'S6', title: 'PSS 2025 et gratification des stagiaires 2025 (Lefebvre Dalloz, 26/11/2024)', urls: ['https://open.lefebvre-dalloz.fr/actualites/droit-social/none-augmentation-2025-gratification-stagiaires_f019d71e6-504a-47be-966c-42daa015ac97'] },
  { id: 'S7', title: 'Gratification minimale des stagiaires 2026 (Apecita)', urls: ['https://www.apecita-media.com/stagiaires-la-gratification-minimale-revalorisee-en-2026'] },
  { id: 'S8', title: 'Code du travail, art. L8241-2', urls: ['https://lexbase.fr/numlxb/L8688LGU', 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072050/articles/LEGIARTI000006904847'] },
  { id: 'S9', title: 'Code du travail, art. L8241-3 (version du 17/04/2024)', urls: ['https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072050/articles/LEGIARTI000035639306'] },
  { id: 'S9c', title: 'Loi 2024-344 du 15 avril 2024 (associations.gouv.fr)', urls: ['https://associations.gouv.fr/article11811.html'] },
  { id: 'S10', title: 'Congé de solidarité internationale, C. trav. L3142-67 et s.', urls: ['https://french-business-law.com/rench-legislation-art/article-l3142-67-of-the-french-labour-code', 'https://ville-tcv.fr/handicap/?xml=F92', 'https://juristique.org/social/demande-participation-operation-solidarite-internationale', 'https://2017-2022.nosdeputes.fr/15/question/QE/42235'] },
  { id: 'S11', title: 'Planète Urgence – le congé solidaire', urls: ['https://planete-urgence.org/en/le-conge-solidaire/', 'https://planete-urgence.org/faq/'] },
  { id: 'S12', title: 'Loi 2005-159 relative au volontariat de solidarité internationale', urls: ['https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000257503', 'https://saint-emilion.org/vie-pratique-st-emilion/demarches-en-ligne?audience=part&xml=F11444', 'https://juriblio.fr/arretes/arrete-du-1er-decembre-2022/180922128', 'https://www.cap-metiers.pro/Fiches-techniques/-Aides-embauche/957/Volontariat-Solidarite-Internationale-VSI/'] },
  { id: 'S13', title: 'Service civique – prestation de subsistance, indemnité', urls: ['https://www.service-civique.gouv.fr./accueillir-un-volontaire/etape04-accompagner-mes-volontaires/comment-fonctionne-la-prestation-de-subsistance', 'https://cozzano.corsica/service-public/?xml=F15834'] },
  { id: 'S14', title: 'VIE / VIA, Code du service national L122-1 et s.', urls: ['http://affaires-publiques.org/textof/TO/23/23692-0323.htm', 'https://www.pigna.corsica/demarches/domaine-public?audience=Particuliers&xml=F10040'] },
  { id: 'S15', title: 'Loi 3DS art. 209, décret 2022-1682 : mécénat de compétences des fonctionnaires', urls: ['https://www.kramarzmarchespublics.com/actualite-12239-loi-3ds-publication-du-decret-relatif-a-la-mise-a-disposition-de-fonctionnaires-dans-le-cadre-dun-mecenat-de-competences', 'https://ume.asso.fr/actualites/rappel-regime-juridique-du-mecenat-de-competences'] },
  { id: 'S16', title: 'CGCT art. L1115-1', urls: ['https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070633/articles/LEGIARTI000006389099'] },
  { id: 'S17', title: 'Code général de la fonction publique, mise à disposition (L512-6 et s.)', urls: ['https://legal.tricoteuses.fr/articles/LEGIARTI000046823631', 'https://juriblio.fr/codes/code-general-de-la-fonction-publique/partie-legislative/livre-v/titre-ier/chapitre-ii/section-4/sous-section-4'] },
  { id: 'S18', title: 'Stages à l’étranger : bonnes pratiques (Université de Lille)', urls: ['http://pass-pro.univ-lille1.fr/Enseignant/Stages-bonnes-pratiques/StageInternational/'] },
  { id: 'S19', title: 'Bénévoles : option pour une réduction d’impôt (associations.gouv.fr)', urls: ['https://associations.gouv.fr/option-pour-une-reduction-d-impots.html', 'https://www.votre-expert-des-associations.fr/un-benevole-peut-il-abandonner-ses-frais-de-deplacement-et-beneficier-dune-reduction-dimpot-au-titre-du-don-realise'] },
  { id: 'S20', title: 'Dons « Coluche » : plafond porté à 2 000 € (Moneyvox)', urls: ['https://www.moneyvox.fr/actu/107679/dons-coluche-trois-questions-cruciales-sur-cette-reduction-impot-qui-a-augmente'] },
  { id: 'S20b', title: 'PLF 2026, amendement I-2323 (rejeté)', urls: ['https://conferenceconsensuslogement.senat.fr/enseance/2025-2026/138/Amdt_I-2323.html'] },
  { id: 'S21', title: 'Congé d’engagement associatif (F34105) ; loi 2024-344', urls: ['https://cluny.fr/guichet-virtuel/associations/?xml=F34105', 'https://comptoirdesrh.fr/benevoles-compte-dengagement-citoyen-et-cpf/'] },
  { id: 'S22', title: 'Congé de formation de cadres et d’animateurs pour la jeunesse (F2299)', urls: ['https://belleville-en-beaujolais.fr/ma-mairie/demarches-administratives/?xml=F2299'] },
  { id: 'S23', title: 'Rescrit mécénat, LPF art. L80 C', urls: ['https://bofip.impots.gouv.fr/node/10341'] },
  { id: 'S24', title: 'Dons aux associations : obligations déclaratives (> 10 000 €)', urls: ['https://ess.inextenso.fr/dons-faits-aux-associations-les-obligations-declaratives/'] },
  { id: 'S25', title: 'Reçu fiscal CERFA 16216*02', urls: ['https://www.votre-expert-des-associations.fr/?p=5638'] },
  { id: 'S26', title: 'Décret 84-431 art. 14 ; cumul d’activités dans la fonction publique', urls: ['https://www.doctrine.fr/l/texts/decrets/JORFTEXT000000520453/articles/LEGIARTI000006485138', 'https://www.nous-avocats.fr/fr/actualites/id-286-cumul-d-activites-dans-la-fonction-publique-l-exercice-d-une-activite-accessoire'] },
  { id: 'S26b', title: 'Mécénat : taux de 40 %, organismes « Coluche », report sur 5 ans (NPS Consulting)', urls: ['https://npsconsulting-avocats.fr/NPS/mecenat-evolution-du-dispositif-et-renforcement-du-controle-administratif'] },
  { id: 'S27', title: 'Territorialité du mécénat : doctrine du 10/05/2017', urls: ['https://www.culture.gouv.fr/de/Thematisch/Maezenatentum/ARTIKEL-AUF-DER-TITELSEITE/Mecenat-les-regles-de-territorialite-enfin-precisees-par-Bercy', 'https://agregative.com/2017/05/10/territorialite-du-don-des-avancees-attendues-pour-les-actions-humanitaires-la-recherche-et-les-bourses-detudiants-a-letranger-10-mai-2017/', 'https://clouddigital.fr/LexisNexis/La-revue-fiscale-du-patrimoine/22/'] },
  { id: 'S29', title: 'Entreprises mécènes : plafond 20 000 € / 0,5 %, reçus depuis 2022', urls: ['https://pro.orange.fr/lemag/entreprises-mecenes-transparence-exigee-dans-le-traitement-fiscal-des-dons-CNT000001Ul2FO.html'] },
  { id: 'S30', title: 'Aides financières pour le VSI et le volontariat de réciprocité', urls: ['https://www.cap-metiers.pro/actualites/AMP/55760/Aides-financieres-pour-Volontariat-Solidarite-Internationale.aspx'] },
];

export const SOURCES: ReadonlyMap<SourceId, Source> = new Map(list.map((source) => [source.id, source]));

export function source(id: SourceId): Source {
  const found = SOURCES.get(id);
  if (!found) throw new Error(`unknown source ${id}`); // unreachable: SourceId is closed
  return found;
}
