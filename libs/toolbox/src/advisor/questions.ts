import { text as t, type Text } from '../text';
import type { AnswerField } from './answers';

/** The question to ask for each answer the advisor may miss. */
export const FIELD_QUESTIONS: Record<AnswerField, Text> = {
  providerKind: t('Quel type de structure apporte les compétences ?', 'What kind of organization provides the skills?'),
  personStatus: t('Quel est le statut de la personne ?', "What is the person's status?"),
  timeUse: t('Sur quel temps la mission se fait-elle (temps de travail, congé sans solde, congés payés, temps libre, études) ?', 'Whose time is used (working time, unpaid leave, paid holiday, free time, studies)?'),
  durationDays: t('Combien de jours dure la mission ?', 'How many days does the mission last?'),
  durationMonths: t('Combien de mois dure la mission ?', 'How many months does the mission last?'),
  startDate: t('À quelle date la mission commence-t-elle ?', 'On what date does the mission start?'),
  destinationCountry: t('Dans quel pays la mission a-t-elle lieu ?', 'In which country does the mission take place?'),
  hostKind: t("Quel type de structure accueille la mission ?", 'What kind of organization hosts the mission?'),
  hostCountry: t("Dans quel pays la structure d'accueil a-t-elle son siège ?", "In which country is the host's seat?"),
  hostGeneralInterest: t(
    "La structure d'accueil est-elle d'intérêt général au sens du mécénat (sans but lucratif, gestion désintéressée, pas de cercle restreint, domaine éligible) ?",
    'Is the host a general-interest body for sponsorship purposes (non-profit, disinterested management, not a restricted circle, eligible field)?',
  ),
  hostEeaApproved: t("La structure, installée dans un autre pays de l'UE/EEE, est-elle agréée ou peut-elle prouver son équivalence ?", 'Is the host, seated elsewhere in the EU/EEA, approved or able to prove equivalence?'),
  hostActionType: t("Quel type d'action la structure mène-t-elle hors de l'EEE (humanitaire, développement lié à l'humanitaire, environnement, culture française, recherche, autre) ?", 'What kind of action does the host run outside the EEA (humanitarian, development tied to humanitarian action, environment, French culture, research, other)?'),
  programmeControlledFromFrance: t('La structure pilote-t-elle le programme depuis la France ?', 'Does the host control the programme from France?'),
  fundsActionsDirectly: t('La structure finance-t-elle directement les actions (pas un simple relais) ?', 'Does the host fund the actions directly (not a mere relay)?'),
  canJustifyExpenses: t('La structure peut-elle justifier les dépenses engagées ?', 'Can the host justify the expenses?'),
  hostHumanitarian: t("La structure d'accueil est-elle une association humanitaire ?", 'Is the host a humanitarian association?'),
  hostOnSolidarityLeaveList: t(
    "La structure figure-t-elle sur la liste de l'arrêté du 16/07/1996 (ou est-ce une organisation internationale dont la France est membre) ?",
    'Is the host on the list of the arrêté of 16/07/1996 (or an international organisation France belongs to)?',
  ),
  hostRunsSolidarityHolidayProgramme: t('La structure organise-t-elle un programme de congé solidaire ?', 'Does the host run a solidarity-holiday programme?'),
  hostCivicServiceApproved: t('La structure est-elle agréée service civique (ou passe-t-elle par un organisme agréé) ?', 'Is the host approved for civic service (or working through an approved body)?'),
  hostForeignLocalAuthority: t("La structure d'accueil est-elle une autorité locale étrangère ?", 'Is the host a foreign local authority?'),
  hostListedForSecondment: t(
    "La structure fait-elle partie des organismes auxquels un fonctionnaire peut être mis à disposition (CGFP L512-8) ?",
    'Is the host among the bodies a civil servant can be seconded to (CGFP L512-8)?',
  ),
  approvedVsiSender: t("L'association d'envoi est-elle agréée VSI par le ministère des Affaires étrangères ?", "Is the sending association approved for VSI by the Foreign Ministry?"),
  seniorityMonths: t("Combien de mois d'ancienneté la personne a-t-elle dans l'entreprise ?", 'How many months of seniority does the person have with the employer?'),
  age: t('Quel âge a la personne ?', 'How old is the person?'),
  disabled: t('La personne est-elle en situation de handicap ?', 'Does the person have a disability?'),
  hoursPerWeek: t('Combien d\'heures par semaine la mission demande-t-elle ?', 'How many hours a week does the mission take?'),
  companyRealTaxRegime: t("L'entreprise est-elle imposée selon un régime réel (ni micro, ni exonérée d'IS) ?", 'Is the company taxed under a real regime (not micro, not exempt)?'),
  publicEmployerInExperiment: t(
    "L'employeur public est-il l'État, une commune de plus de 3 500 habitants, un département, une région, un EPCI à fiscalité propre ou un hôpital public ?",
    'Is the public employer the State, a commune over 3,500 inhabitants, a département, a région, an EPCI with own taxation or a public hospital?',
  ),
  previousVsiMonths: t('Combien de mois de VSI la personne a-t-elle déjà effectués ?', 'How many months of VSI has the person already done?'),
  nationalOrResidentOfDestination: t('La personne est-elle ressortissante ou résidente du pays de mission ?', 'Is the person a national or a resident of the mission country?'),
};
