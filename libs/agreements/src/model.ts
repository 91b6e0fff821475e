import type { Locale, MechanismCode } from '@relais/domain';
import type { SourceId, Text } from '@relais/toolbox';

/** The tables a template may place; their rows come from the engagement, not from the template. */
export type TableName = 'people' | 'calendar' | 'costing';
/** Who signs a document: the two organizations, or the people lent (an employee, a student). */
export type Signatory = 'host' | 'provider' | 'people';

/** One block of a template: sentences in both languages, with {{placeholders}}. */
export type TemplateBlock =
  | { kind: 'heading'; text: Text }
  | { kind: 'paragraph'; text: Text }
  | { kind: 'list'; items: readonly Text[] }
  | { kind: 'table'; table: TableName }
  | { kind: 'signatures'; signatories: readonly Signatory[] };

/**
 * A document a mechanism needs, as data: its title, its clauses, the sources its legal texts
 * rest on (the facts sheet's ids, listed at the end of the document) and, where the law is
 * unclear, the reading it follows (listed too, so that nobody signs an assumption unawares).
 */
export type AgreementTemplate = {
  kind: string;
  title: Text;
  blocks: readonly TemplateBlock[];
  sources: readonly SourceId[];
  readings: readonly Text[];
};

/** A document as filled for one engagement and one language: what the DOCX and PDF writers lay out. */
export type FilledBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'signatures'; signatures: { party: string; name: string; signed: string }[] };

export type FilledDocument = { kind: string; locale: Locale; title: string; subtitle: string; blocks: FilledBlock[] };

export type AgreementParty = {
  name: string;
  kind: string;
  country: string;
  city: string | null;
  siren: string | null;
  rna: string | null;
  /** What the organization declares on its profile. */
  generalInterest: boolean;
};

export type AgreementPerson = { name: string; role: string; grossMonthlyPay?: number | null; chargesRate?: number | null };

/** Everything a document is filled from: both organizations, the engagement and its terms version. */
export type AgreementInput = {
  engagementId: string;
  mechanism: MechanismCode;
  /** The terms version: it grows with every change of the terms, and each one is a new version of the documents. */
  version: number;
  host: AgreementParty;
  provider: AgreementParty;
  need: { title: string; country: string; city: string | null };
  offer: { title: string };
  startDate: string;
  endDate: string;
  effort: { amount: number; unit: 'days' | 'hours' };
  people: AgreementPerson[];
  workPlan: { title: string; due: string | null; done: boolean }[];
  signatures: { host: Date | null; provider: Date | null };
  /** The day the document is generated (YYYY-MM-DD). */
  generatedOn: string;
};
