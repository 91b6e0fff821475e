import type { Locale, OrganizationKind } from '@relais/domain';
import type { ToolboxMechanismCode } from '../mechanism-codes';
import { formatAmount, formatPercent } from '../numbers/display';
import { source, type SourceId } from '../sources';
import type { Text } from '../text';

/** When the facts behind the catalog were last checked: the facts sheet is "state ≈ Q1 2026". */
export const FACTS_CHECKED_ON = '2026-03-31';

/** A mechanism as stored: every sentence in both languages. */
export type MechanismEntry = {
  code: ToolboxMechanismCode;
  title: Text;
  summary: Text;
  /** Who can lend or offer: organization kinds, and the status of the person. */
  providers: { organizationKinds: readonly OrganizationKind[]; person: Text };
  hosts: Text;
  durations: readonly Text[];
  /** Who pays what. */
  money: readonly Text[];
  fiscalEffect: Text;
  steps: readonly Text[];
  documents: readonly Text[];
  legalReferences: readonly { label: Text; source: SourceId }[];
  /** Points the facts sheet marks as uncertain, with the cautious reading we chose. */
  cautions: readonly Text[];
  lastChecked: string;
};

/** A mechanism as shown: sentences resolved to one locale, sources to their links. */
export type MechanismSheet = {
  code: ToolboxMechanismCode;
  title: string;
  summary: string;
  providers: { organizationKinds: OrganizationKind[]; person: string };
  hosts: string;
  durations: string[];
  money: string[];
  fiscalEffect: string;
  steps: string[];
  documents: string[];
  legalReferences: { label: string; sourceId: SourceId; sourceTitle: string; urls: string[] }[];
  cautions: string[];
  lastChecked: string;
};

export function resolveEntry(entry: MechanismEntry, locale: Locale): MechanismSheet {
  const all = (texts: readonly Text[]) => texts.map((item) => item[locale]);
  return {
    code: entry.code,
    title: entry.title[locale],
    summary: entry.summary[locale],
    providers: { organizationKinds: [...entry.providers.organizationKinds], person: entry.providers.person[locale] },
    hosts: entry.hosts[locale],
    durations: all(entry.durations),
    money: all(entry.money),
    fiscalEffect: entry.fiscalEffect[locale],
    steps: all(entry.steps),
    documents: all(entry.documents),
    legalReferences: entry.legalReferences.map((reference) => {
      const found = source(reference.source);
      return { label: reference.label[locale], sourceId: found.id, sourceTitle: found.title, urls: [...found.urls] };
    }),
    cautions: all(entry.cautions),
    lastChecked: entry.lastChecked,
  };
}

/** Amount and rate in both languages, for sentences built from the dated values. */
export const euros = (amount: number): Text => ({ fr: formatAmount(amount, 'fr'), en: formatAmount(amount, 'en') });
export const percent = (rate: number): Text => ({ fr: formatPercent(rate, 'fr'), en: formatPercent(rate, 'en') });
