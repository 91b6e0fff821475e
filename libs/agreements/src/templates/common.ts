import type { Text } from '@relais/toolbox';
import type { TemplateBlock } from '../model';

export const t = (fr: string, en: string): Text => ({ fr, en });
export const h = (fr: string, en: string): TemplateBlock => ({ kind: 'heading', text: t(fr, en) });
export const p = (fr: string, en: string): TemplateBlock => ({ kind: 'paragraph', text: t(fr, en) });

/** The opening every agreement between the two organizations shares: who they are. */
export const PARTIES: readonly TemplateBlock[] = [
  h('Entre les parties', 'Between the parties'),
  p(
    '{{provider.name}} ({{provider.place}} ; {{provider.ids}}), ci-après « la structure contributrice »,',
    '{{provider.name}} ({{provider.place}}; {{provider.ids}}), hereinafter "the contributing organization",',
  ),
  p(
    'et {{host.name}} ({{host.place}} ; {{host.ids}}), ci-après « la structure d’accueil ».',
    'and {{host.name}} ({{host.place}}; {{host.ids}}), hereinafter "the host organization".',
  ),
  p(
    'Les parties se sont rapprochées dans Relais : le besoin « {{need.title}} » de la structure d’accueil a rencontré l’offre « {{offer.title}} » de la structure contributrice.',
    'The parties met through Relais: the host organization\'s need "{{need.title}}" met the contributing organization\'s offer "{{offer.title}}".',
  ),
];

/** The mission, its dates and the people engaged, as the engagement's terms say. */
export const MISSION: readonly TemplateBlock[] = [
  h('Article 1 – Objet', 'Article 1 – Purpose'),
  p(
    'La présente convention organise la mission « {{need.title}} », menée à {{need.place}} dans le cadre du dispositif : {{mechanism}}.',
    'This agreement organizes the mission "{{need.title}}", carried out in {{need.place}} under the following mechanism: {{mechanism}}.',
  ),
  h('Article 2 – Durée et calendrier', 'Article 2 – Duration and calendar'),
  p(
    'La mission se déroule du {{start}} au {{end}}, pour {{effort}} au total. Le calendrier ci-dessous, tenu à jour dans Relais, en fixe les étapes.',
    'The mission runs from {{start}} to {{end}}, for {{effort}} in all. The calendar below, kept up to date in Relais, sets its milestones.',
  ),
  { kind: 'table', table: 'calendar' },
  h('Article 3 – Personnes engagées', 'Article 3 – People engaged'),
  p(
    'Les personnes ci-dessous mènent la mission ; le temps total est réparti entre elles à parts égales, sauf accord contraire écrit des parties. Leurs données ne sont visibles que des deux parties.',
    'The people below carry out the mission; the total time is shared equally between them unless the parties agree otherwise in writing. Their details are visible to the two parties only.',
  ),
  { kind: 'table', table: 'people' },
];

/** Closing clauses: changes, termination, and how the document was made. */
export const CLOSING: readonly TemplateBlock[] = [
  h('Modification et résiliation', 'Changes and termination'),
  p(
    'Toute modification des termes fait l’objet d’une nouvelle version de la présente convention, signée des deux parties. Chaque partie peut y mettre fin par écrit avant son terme ; la fin est notifiée dans Relais et prend effet à la date convenue, ou à défaut quinze jours après la notification.',
    'Any change of the terms makes a new version of this agreement, signed by both parties. Either party may end it in writing before its term; the end is notified in Relais and takes effect on the agreed date, or failing that fifteen days after the notice.',
  ),
  p(
    'Document établi par Relais à partir des profils des deux parties et des termes de leur engagement (version {{version}}, {{generatedOn}}). Il ne remplace pas un conseil juridique : les parties vérifient qu’il convient à leur situation.',
    'Document drawn up by Relais from both parties\' profiles and the terms of their engagement (version {{version}}, {{generatedOn}}). It is not legal advice: the parties check that it suits their situation.',
  ),
];
