import { text as t } from '../text';
import { FACTS_CHECKED_ON, type MechanismEntry } from './mechanism-entry';

/** Decentralised cooperation: CGCT L1115-1 (version of 06/08/2021). Sheet §7. */
export function decentralisedCooperationEntry(): MechanismEntry {
  return {
    code: 'decentralised_cooperation',
    title: t('Coopération décentralisée (CGCT L1115-1)', 'Decentralised cooperation (CGCT L1115-1)'),
    summary: t(
      "Une collectivité territoriale ou un groupement peut mener ou soutenir toute action internationale, annuelle ou pluriannuelle, de coopération, d'aide au développement ou humanitaire, dans le respect des engagements internationaux de la France et en tenant compte de l'Agenda 2030, et signer des conventions avec des autorités locales étrangères.",
      "A local authority or grouping may carry out or support any annual or multi-year international cooperation, development-aid or humanitarian action, within France's international commitments and considering the 2030 Agenda, and sign agreements with foreign local authorities.",
    ),
    providers: {
      organizationKinds: ['local_authority'],
      person: t(
        "L'institution elle-même ; pour prêter un agent, voir aussi la mise à disposition ou le mécénat de compétences des fonctionnaires.",
        'The institution itself; to lend an agent, see also secondment or civil servants\' skills sponsorship.',
      ),
    },
    hosts: t(
      "Autorité locale étrangère, par une convention précisant l'objet et le montant prévisionnel.",
      'A foreign local authority, through an agreement stating the purpose and the forecast amount.',
    ),
    durations: [t('Actions annuelles ou pluriannuelles.', 'Annual or multi-year actions.')],
    money: [t('La collectivité finance selon la convention (montant prévisionnel).', 'The local authority funds as the agreement says (forecast amount).')],
    fiscalEffect: t('Aucun effet fiscal.', 'No tax effect.'),
    steps: [
      t("Définir l'action avec l'autorité locale étrangère (objet, montant prévisionnel).", 'Define the action with the foreign local authority (purpose, forecast amount).'),
      t('Signer la convention.', 'Sign the agreement.'),
      t('La transmettre au préfet : elle entre en vigueur à sa transmission.', 'Send it to the prefect: it comes into force on transmission.'),
      t("Mener et suivre l'action.", 'Carry out and follow the action.'),
    ],
    documents: [t('Convention de coopération décentralisée', 'Decentralised-cooperation agreement')],
    legalReferences: [{ label: t('CGCT art. L1115-1', 'CGCT art. L1115-1'), source: 'S16' }],
    cautions: [
      t(
        "L1115-1-1 (le « 1 % » eau, assainissement, déchets, énergie) reste à confirmer : nous ne l'utilisons pas ici.",
        'L1115-1-1 (the "1 %" for water, sanitation, waste, energy) is still to be confirmed: we do not use it here.',
      ),
    ],
    lastChecked: FACTS_CHECKED_ON,
  };
}
