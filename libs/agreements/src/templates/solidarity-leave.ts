import type { AgreementTemplate } from '../model';
import { h, p, t } from './common';

/** Demande de congé de solidarité internationale à l'employeur, C. trav. L3142-67 et s. [S10] (facts sheet §3). */
export const SOLIDARITY_LEAVE_REQUEST: AgreementTemplate = {
  kind: 'leave_request',
  title: t('Demande de congé de solidarité internationale', 'Request for international solidarity leave'),
  blocks: [
    p('De : {{people}}, salarié(e) de {{provider.name}} ({{provider.place}})', 'From: {{people}}, employee of {{provider.name}} ({{provider.place}})'),
    p('À : la direction de {{provider.name}}', 'To: the management of {{provider.name}}'),
    p('Lettre recommandée avec avis de réception ou remise en main propre contre décharge, au moins 30 jours avant le départ.', 'Registered letter with acknowledgement of receipt, or delivered by hand against a receipt, at least 30 days before departure.'),
    h('Objet : demande de congé de solidarité internationale', 'Subject: request for international solidarity leave'),
    p(
      'En application des articles L3142-67 et suivants du Code du travail, je sollicite un congé de solidarité internationale du {{start}} au {{end}} pour participer à une mission d’entraide hors de France avec {{host.name}} ({{host.place}}) : « {{need.title}} », à {{need.place}}.',
      'Under articles L3142-67 and following of the Labour Code, I request international solidarity leave from {{start}} to {{end}} to take part in a relief mission outside France with {{host.name}} ({{host.place}}): "{{need.title}}", in {{need.place}}.',
    ),
    p(
      'Sauf accord d’entreprise ou de branche, le congé est ouvert après 12 mois d’ancienneté, consécutifs ou non, et dure au plus 6 mois (6 semaines en cas d’urgence). Il n’est pas rémunéré ; le contrat de travail est suspendu, la durée du congé compte pour les droits liés à l’ancienneté, et je retrouverai à mon retour mon emploi ou un emploi similaire, avec une rémunération au moins équivalente.',
      'Unless a company or branch agreement says otherwise, the leave is open after 12 months of service, consecutive or not, and lasts at most 6 months (6 weeks in an emergency). It is unpaid; the employment contract is suspended, the leave counts towards seniority rights, and on my return I will find my job or a similar one, with at least equivalent pay.',
    ),
    p(
      'L’employeur peut refuser s’il estime, après avis du comité social et économique, que le congé aurait des conséquences préjudiciables à la bonne marche de l’entreprise ; le refus est motivé et notifié dans les 15 jours suivant la réception de la demande. À défaut de réponse dans ce délai, l’accord est réputé acquis.',
      'The employer may refuse if, after the works council\'s opinion, the leave would harm the running of the business; the refusal is reasoned and notified within 15 days of receiving the request. Without an answer within that time, consent is deemed given.',
    ),
    h('Signature', 'Signature'),
    { kind: 'signatures', signatories: ['people'] },
    h('Attestation de la structure d’accueil', 'Statement of the host organization'),
    p(
      '{{host.name}} confirme accueillir la personne ci-dessus pour la mission décrite, aux dates indiquées.',
      '{{host.name}} confirms that it hosts the person above for the mission described, on the dates given.',
    ),
    { kind: 'signatures', signatories: ['host'] },
  ],
  sources: ['S10'],
  readings: [
    t(
      'Structures éligibles : le congé suppose une association humanitaire ou une organisation internationale inscrite sur la liste de l’arrêté du 16 juillet 1996, non mise à jour selon les sources (janvier 2022) ; la structure d’accueil vérifie son inscription.',
      'Eligible hosts: the leave requires a humanitarian association or international organization on the list of the arrêté of 16 July 1996, not updated per the sources (January 2022); the host organization checks that it is listed.',
    ),
  ],
};
