import type { Locale } from '@relais/domain';
import { formatAmount, formatEuros, mechanism, SOURCES, skillsSponsorship, valuesForRules, type Text } from '@relais/toolbox';
import type { AgreementInput, AgreementParty, AgreementPerson, AgreementTemplate, FilledBlock, FilledDocument, Signatory, TableName } from './model';

const words = {
  days: { fr: (n: number) => `${n} jour${n > 1 ? 's' : ''}`, en: (n: number) => `${n} day${n > 1 ? 's' : ''}` },
  hours: { fr: (n: number) => `${n} heure${n > 1 ? 's' : ''}`, en: (n: number) => `${n} hour${n > 1 ? 's' : ''}` },
};
const label = (fr: string, en: string): Text => ({ fr, en });
const LABELS = {
  none: label('—', '—'),
  toName: label('à désigner', 'to be named'),
  version: label('Version', 'Version'),
  generated: label('établie le', 'issued on'),
  readings: label('Lecture retenue là où le droit est incertain', 'Reading followed where the law is unclear'),
  sources: label('Sources', 'Sources'),
  signed: label('Signé dans Relais le', 'Signed in Relais on'),
  unsigned: label('Signature :', 'Signature:'),
  host: label('Structure d’accueil', 'Host organization'),
  provider: label('Structure contributrice', 'Contributing organization'),
  person: label('Personne engagée', 'Person engaged'),
  name: label('Nom', 'Name'),
  role: label('Rôle', 'Role'),
  share: label('Temps', 'Time'),
  milestone: label('Étape ou livrable', 'Milestone or deliverable'),
  due: label('Échéance', 'Due'),
  state: label('État', 'State'),
  done: label('fait', 'done'),
  planned: label('prévu', 'planned'),
  dailyCost: label('Coût d’une journée', 'Cost of a day'),
  cap: label('Plafond 3 × PSS', 'Cap 3 × PSS'),
  value: label('Valeur retenue', 'Value'),
  missingPay: label('rémunération à renseigner', 'pay to be given'),
  total: label('Total', 'Total'),
};

export const countryName = (code: string, locale: Locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;

export function formatDate(day: string, locale: Locale): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, date));
}

const effortText = (amount: number, unit: 'days' | 'hours', locale: Locale) => words[unit][locale](amount);

/** The effort each person gives: the engagement's effort shared equally between the people lent (as the documents say). */
/** What the costing reads of an engagement: its start, its effort and its people. */
export type CostingTerms = Pick<AgreementInput, 'startDate' | 'effort' | 'people'>;

export function effortPerPerson(input: CostingTerms): number {
  return input.people.length > 0 ? input.effort.amount / input.people.length : input.effort.amount;
}

/**
 * The value of the time lent (skills sponsorship), by the toolbox's calculator: per person, the
 * cost of the time lent capped at 3 × PSS for the period; null for a person whose pay is not
 * given. The time of each person is the effort shared equally (an agreement's forecast) unless
 * `timeOf` gives it (the time actually approved). The reference values are those of the start
 * year (the last known year after it).
 */
export function costing(input: CostingTerms, timeOf: (person: AgreementPerson) => number = () => effortPerPerson(input)) {
  const values = valuesForRules(Number(input.startDate.slice(0, 4)));
  const rows = input.people.map((person) => {
    const amount = timeOf(person);
    if (!person.grossMonthlyPay || person.chargesRate == null || amount <= 0) return { person, amount, result: null };
    const time = input.effort.unit === 'days' ? { days: amount } : { hours: amount };
    const result = skillsSponsorship({ year: values.year, turnover: 0, people: [{ grossMonthlyPay: person.grossMonthlyPay, employerCharges: { rate: person.chargesRate }, ...time }] }).people[0];
    return { person, amount, result };
  });
  const total = rows.reduce((sum, row) => sum + (row.result?.value ?? 0), 0);
  return { year: values.year, values, rows, total: Math.round(total * 100) / 100, complete: rows.length > 0 && rows.every((row) => row.result !== null || row.amount <= 0) && rows.some((row) => row.result !== null) };
}

function partyPlaceholders(prefix: string, party: AgreementParty, locale: Locale): Record<string, string> {
  const ids = [party.siren ? `SIREN ${party.siren}` : null, party.rna ? `RNA ${party.rna}` : null].filter(Boolean).join(', ');
  return {
    [`${prefix}.name`]: party.name,
    [`${prefix}.place`]: [party.city, countryName(party.country, locale)].filter(Boolean).join(', '),
    [`${prefix}.ids`]: ids || LABELS.none[locale],
  };
}

/** The values a template's {{placeholders}} may name, for one engagement and one language. */
export function placeholders(input: AgreementInput, locale: Locale): Record<string, string> {
  const figures = costing(input);
  const internship = figures.values.internship;
  return {
    ...partyPlaceholders('host', input.host, locale),
    ...partyPlaceholders('provider', input.provider, locale),
    'need.title': input.need.title,
    'need.place': [input.need.city, countryName(input.need.country, locale)].filter(Boolean).join(', '),
    'offer.title': input.offer.title,
    mechanism: mechanism(input.mechanism, locale)?.title ?? input.mechanism,
    start: formatDate(input.startDate, locale),
    end: formatDate(input.endDate, locale),
    effort: effortText(input.effort.amount, input.effort.unit, locale),
    'effort.perPerson': effortText(Math.round(effortPerPerson(input) * 100) / 100, input.effort.unit, locale),
    people: input.people.map((person) => person.name).join(', ') || LABELS.toName[locale],
    version: String(input.version),
    generatedOn: formatDate(input.generatedOn, locale),
    'costing.year': String(figures.year),
    'costing.total': figures.complete ? formatEuros(figures.total, locale) : LABELS.missingPay[locale],
    'costing.capMonthly': formatAmount(figures.values.socialSecurityCeiling.monthly * figures.values.skillsSponsorship.costCapPssMultiple, locale),
    'internship.minHourly': formatEuros(internship.minHourlyGratification, locale),
    'internship.fromHour': String(internship.mandatoryFromHour),
  };
}

function table(name: TableName, input: AgreementInput, locale: Locale): FilledBlock {
  const l = (text: Text) => text[locale];
  const share = effortText(Math.round(effortPerPerson(input) * 100) / 100, input.effort.unit, locale);
  if (name === 'people') {
    const rows = input.people.length > 0 ? input.people.map((p) => [p.name, p.role || l(LABELS.none), share]) : [[l(LABELS.toName), l(LABELS.none), share]];
    return { kind: 'table', header: [l(LABELS.name), l(LABELS.role), l(LABELS.share)], rows };
  }
  if (name === 'calendar') {
    const rows: string[][] = [
      [l(label('Début', 'Start')), formatDate(input.startDate, locale), ''],
      ...input.workPlan.map((item) => [item.title, item.due ? formatDate(item.due, locale) : l(LABELS.none), l(item.done ? LABELS.done : LABELS.planned)]),
      [l(label('Fin', 'End')), formatDate(input.endDate, locale), ''],
    ];
    return { kind: 'table', header: [l(LABELS.milestone), l(LABELS.due), l(LABELS.state)], rows };
  }
  return costingTable(input, costing(input), input.effort.amount, locale);
}

/** The costing as a table: per person, the time, the cost of a day, the cap and the value; then the total. */
export function costingTable(input: AgreementInput, figures: ReturnType<typeof costing>, totalTime: number, locale: Locale): FilledBlock {
  const l = (text: Text) => text[locale];
  const time = (amount: number) => effortText(Math.round(amount * 100) / 100, input.effort.unit, locale);
  const rows = figures.rows.map(({ person, amount, result }) =>
    result
      ? [person.name, time(amount), formatEuros(Math.round((result.monthlyCost / figures.values.skillsSponsorship.monthlyHours) * figures.values.skillsSponsorship.dailyHours * 100) / 100, locale), formatEuros(result.cap, locale), formatEuros(result.value, locale)]
      : [person.name, time(amount), amount > 0 ? l(LABELS.missingPay) : l(LABELS.none), l(LABELS.none), l(LABELS.none)],
  );
  rows.push([l(LABELS.total), time(totalTime), '', '', figures.complete ? formatEuros(figures.total, locale) : l(LABELS.missingPay)]);
  return { kind: 'table', header: [l(LABELS.name), l(LABELS.share), l(LABELS.dailyCost), l(LABELS.cap), l(LABELS.value)], rows };
}

function signatures(signatories: readonly Signatory[], input: AgreementInput, locale: Locale): FilledBlock {
  const signed = (at: Date | null) => (at ? `${LABELS.signed[locale]} ${formatDate(at.toISOString().slice(0, 10), locale)}` : LABELS.unsigned[locale]);
  return {
    kind: 'signatures',
    signatures: signatories.flatMap((signatory) => {
      if (signatory === 'host') return [{ party: LABELS.host[locale], name: input.host.name, signed: signed(input.signatures.host) }];
      if (signatory === 'provider') return [{ party: LABELS.provider[locale], name: input.provider.name, signed: signed(input.signatures.provider) }];
      const people = input.people.length > 0 ? input.people : [{ name: LABELS.toName[locale] }];
      return people.map((person) => ({ party: LABELS.person[locale], name: person.name, signed: LABELS.unsigned[locale] }));
    }),
  };
}

/** Puts the values in a sentence; a placeholder no value answers is a template error, never a blank in a document. */
export function fillText(sentence: string, values: Record<string, string>): string {
  return sentence.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`Unknown placeholder {{${key}}}`);
    return value;
  });
}

/** A template filled for one engagement and one language, with its readings and its sources at the end. */
export function fillTemplate(template: AgreementTemplate, input: AgreementInput, locale: Locale): FilledDocument {
  const values = placeholders(input, locale);
  const fill = (text: Text) => fillText(text[locale], values);
  const blocks: FilledBlock[] = template.blocks.map((block) => {
    if (block.kind === 'heading' || block.kind === 'paragraph') return { kind: block.kind, text: fill(block.text) };
    if (block.kind === 'list') return { kind: 'list', items: block.items.map(fill) };
    if (block.kind === 'table') return table(block.table, input, locale);
    return signatures(block.signatories, input, locale);
  });
  if (template.readings.length > 0) blocks.push({ kind: 'heading', text: LABELS.readings[locale] }, { kind: 'list', items: template.readings.map(fill) });
  const sources = template.sources.map((id) => {
    const source = SOURCES.get(id);
    if (!source) throw new Error(`Unknown source ${id}`);
    return `[${id}] ${source.title} – ${source.urls[0]}`;
  });
  blocks.push({ kind: 'heading', text: LABELS.sources[locale] }, { kind: 'list', items: sources });
  return {
    kind: template.kind,
    locale,
    title: fill(template.title),
    subtitle: `${values.mechanism} · ${LABELS.version[locale]} ${input.version} · ${LABELS.generated[locale]} ${values.generatedOn}`,
    blocks,
  };
}
