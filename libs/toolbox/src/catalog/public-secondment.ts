import { text as t } from '../text';
import { FACTS_CHECKED_ON, type MechanismEntry } from './mechanism-entry';

/** Mise à disposition of civil servants under ordinary law: CGFP L512-6 ff. Sheet §7. */
export function publicSecondmentEntry(): MechanismEntry {
  return {
    code: 'public_secondment',
    title: t('Mise à disposition de fonctionnaires', 'Secondment of civil servants (mise à disposition)'),
    summary: t(
      "Une collectivité ou un établissement public met un fonctionnaire, avec son accord, à la disposition d'un autre organisme ; l'agent reste rémunéré par son administration, en principe remboursée par l'organisme d'accueil. Pour une mise à disposition gratuite, voir le mécénat de compétences des fonctionnaires (expérimentation 3DS).",
      "A local authority or public body makes a civil servant, who agrees, available to another body; the agent stays paid by the administration, which the host in principle reimburses. For a free secondment, see civil servants' skills sponsorship (3DS experiment).",
    ),
    providers: {
      organizationKinds: ['local_authority', 'university'],
      person: t('Fonctionnaire, avec son accord.', 'A civil servant, who agrees.'),
    },
    hosts: t(
      "Organismes énumérés par le Code général de la fonction publique (L512-8 pour la fonction publique territoriale) : liste à vérifier pour chaque accueil.",
      'Bodies listed by the Code général de la fonction publique (L512-8 for local civil service): check the list for each host.',
    ),
    durations: [t('Non précisée dans nos sources : à vérifier.', 'Not stated in our sources: to be checked.')],
    money: [
      t("L'agent garde sa rémunération ; l'organisme d'accueil rembourse en principe l'administration d'origine.", 'The agent keeps the pay; the host in principle reimburses the home administration.'),
    ],
    fiscalEffect: t("Aucune réduction d'impôt.", 'No tax reduction.'),
    steps: [
      t("Recueillir l'accord de l'agent.", "Get the agent's consent."),
      t("Signer la convention de mise à disposition entre l'administration et l'organisme d'accueil.", 'Sign the secondment agreement between the administration and the host.'),
      t("Prendre l'arrêté de mise à disposition.", 'Issue the order of secondment.'),
      t("Fonction publique territoriale : informer l'assemblée délibérante (L512-12).", 'Local civil service: inform the elected council (L512-12).'),
    ],
    documents: [
      t("Accord écrit de l'agent", "Agent's written consent"),
      t('Convention de mise à disposition', 'Secondment agreement'),
      t('Arrêté de mise à disposition', 'Order of secondment'),
    ],
    legalReferences: [{ label: t('CGFP L512-6 et s., L512-12 ; décret 2008-580', 'CGFP L512-6 ff., L512-12; décret 2008-580'), source: 'S17' }],
    cautions: [
      t(
        "Le remboursement par l'organisme d'accueil est la règle « en principe » et ses exceptions ne sont pas détaillées dans nos sources : nous le considérons comme dû.",
        'Reimbursement by the host is the rule "in principle" and our sources do not detail the exceptions: we treat it as owed.',
      ),
      t(
        "La liste des organismes d'accueil possibles (L512-8) n'est pas reprise ici : vérifiez-la avant de conclure.",
        'The list of possible hosts (L512-8) is not reproduced here: check it before concluding.',
      ),
      t('Agents contractuels : leurs règles propres ne sont pas couvertes par cette fiche.', 'Contract agents: their own rules are not covered by this sheet.'),
    ],
    lastChecked: FACTS_CHECKED_ON,
  };
}
