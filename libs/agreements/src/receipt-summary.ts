import type { Locale } from '@relais/domain';
import { formatEuros, SOURCES, type Text } from '@relais/toolbox';
import { amountInWords } from './amount-in-words';
import { costing, costingTable, countryName, formatDate } from './fill';
import type { AgreementInput, FilledBlock, FilledDocument } from './model';

const t = (fr: string, en: string): Text => ({ fr, en });

/** The time the host approved, per person, and the days it was given on. */
export type ApprovedTime = { byPerson: ReadonlyMap<string, number>; firstDay: string | null; lastDay: string | null };

/**
 * What the host's tax receipt for a skills sponsorship needs (form CERFA 16216*02, "Reçu des
 * dons et versements effectués par les entreprises au titre de l'article 238 bis du CGI"),
 * filled from both profiles and the approved time, valued by the toolbox's calculator. The host
 * issues the receipt itself: fields Relais does not know say so.
 */
export function receiptSummary(input: AgreementInput, approved: ApprovedTime, locale: Locale): FilledDocument {
  const l = (text: Text) => text[locale];
  const toComplete = l(t('à compléter', 'to be completed'));
  const figures = costing(input, (person) => approved.byPerson.get(person.name) ?? 0);
  const totalTime = [...approved.byPerson.values()].reduce((sum, amount) => sum + amount, 0);
  const amount = figures.complete ? figures.total : null;
  const ids = (party: AgreementInput['host']) => [party.siren ? `SIREN ${party.siren}` : null, party.rna ? `RNA ${party.rna}` : null].filter(Boolean).join(', ') || toComplete;
  const fields = (rows: Array<[Text, string]>): FilledBlock => ({ kind: 'table', header: [l(t('Rubrique du reçu', 'Receipt field')), l(t('Valeur', 'Value'))], rows: rows.map(([label, value]) => [l(label), value]) });
  const period = approved.firstDay && approved.lastDay
    ? l(t(`du ${formatDate(approved.firstDay, 'fr')} au ${formatDate(approved.lastDay, 'fr')}`, `from ${formatDate(approved.firstDay, 'en')} to ${formatDate(approved.lastDay, 'en')}`))
    : toComplete;
  const blocks: FilledBlock[] = [
    {
      kind: 'paragraph',
      text: l(t(
        'Ce récapitulatif rassemble ce que demande le reçu fiscal des entreprises (formulaire CERFA 16216*02), à partir du temps approuvé dans Relais. La structure d’accueil établit et signe le reçu elle-même ; les rubriques « à compléter » ne sont pas connues de Relais.',
        'This summary gathers what the companies\' tax receipt (form CERFA 16216*02) asks for, from the time approved in Relais. The host organization draws up and signs the receipt itself; fields "to be completed" are not known to Relais.',
      )),
    },
    { kind: 'heading', text: l(t('Bénéficiaire des versements', 'Beneficiary')) },
    fields([
      [t('Numéro d’ordre du reçu', 'Receipt number'), toComplete],
      [t('Dénomination', 'Name'), input.host.name],
      [t('SIREN ou RNA', 'SIREN or RNA'), ids(input.host)],
      [t('Adresse', 'Address'), `${[input.host.city, countryName(input.host.country, locale)].filter(Boolean).join(', ')} (${toComplete})`],
      [t('Objet', 'Purpose'), toComplete],
      [t('Qualité (case de l’article 238 bis cochée)', 'Status (box of article 238 bis ticked)'), input.host.generalInterest ? l(t('organisme d’intérêt général (déclaré sur son profil) ; à confirmer', 'body of general interest (declared on its profile); to be confirmed')) : toComplete],
    ]),
    { kind: 'heading', text: l(t('Entreprise donatrice', 'Donor company')) },
    fields([
      [t('Dénomination', 'Name'), input.provider.name],
      [t('SIREN', 'SIREN'), input.provider.siren ?? toComplete],
      [t('Forme juridique', 'Legal form'), toComplete],
      [t('Adresse', 'Address'), `${[input.provider.city, countryName(input.provider.country, locale)].filter(Boolean).join(', ')} (${toComplete})`],
    ]),
    { kind: 'heading', text: l(t('Don', 'Donation')) },
    fields([
      [t('Montant en chiffres', 'Amount in figures'), amount === null ? l(t('rémunération à renseigner', 'pay to be given')) : formatEuros(amount, locale)],
      [t('Montant en toutes lettres', 'Amount in words'), amount === null ? '—' : amountInWords(amount, locale)],
      [t('Date du don', 'Date of the donation'), period],
      [t('Forme du don', 'Form of the donation'), l(t('autres (convention de mécénat de compétences)', 'other (skills-sponsorship agreement)'))],
      [t('Nature du don', 'Nature of the donation'), l(t('autres : mécénat de compétences, temps de salariés valorisé à son coût de revient', 'other: skills sponsorship, employees\' time valued at cost'))],
      [t('Mode de versement', 'Means of payment'), l(t('sans objet (don en nature)', 'not applicable (donation in kind)'))],
    ]),
    { kind: 'heading', text: l(t('Valorisation du temps approuvé', 'Value of the approved time')) },
    costingTable(input, figures, totalTime, locale),
    {
      kind: 'list',
      items: [
        l(t('Valeur au coût de revient : rémunération brute et charges patronales du temps approuvé, plafonnées par salarié à 3 × PSS pour la période.', 'Valued at cost: gross pay and employer charges of the approved time, capped per employee at 3 × PSS for the period.')),
        l(t('L’entreprise déclare la réduction d’impôt sur le formulaire 2069-RCI-SD et réintègre la valeur du don à son résultat fiscal.', 'The company claims the tax reduction on form 2069-RCI-SD and adds the donation\'s value back to its taxable profit.')),
        l(t('Au-delà de 10 000 € de dons dans l’exercice, l’entreprise déclare montants, dates, bénéficiaires et contreparties.', 'Above €10,000 of donations in the financial year, the company declares the amounts, dates, beneficiaries and counterparts.')),
      ],
    },
    { kind: 'heading', text: l(t('Lecture retenue là où le droit est incertain', 'Reading followed where the law is unclear')) },
    { kind: 'list', items: [l(t('Date du don : Relais propose la période du temps approuvé ; le reçu peut aussi porter la date de fin de la mission.', 'Date of the donation: Relais offers the period of the approved time; the receipt may also bear the mission\'s end date.'))] },
    { kind: 'heading', text: l(t('Sources', 'Sources')) },
    { kind: 'list', items: (['S25', 'S29', 'S1', 'S2', 'S4', 'S24'] as const).map((id) => `[${id}] ${SOURCES.get(id)!.title} – ${SOURCES.get(id)!.urls[0]}`) },
  ];
  return {
    kind: 'receipt_summary',
    locale,
    title: l(t('Récapitulatif pour le reçu fiscal (CERFA 16216*02)', 'Summary for the tax receipt (CERFA 16216*02)')),
    subtitle: l(t(`Mécénat de compétences · établi le ${formatDate(input.generatedOn, 'fr')}`, `Skills sponsorship · issued on ${formatDate(input.generatedOn, 'en')}`)),
    blocks,
  };
}
