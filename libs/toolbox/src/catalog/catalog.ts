import type { Locale } from '@relais/domain';
import { TOOLBOX_MECHANISM_CODES, type ToolboxMechanismCode } from '../mechanism-codes';
import { KNOWN_YEARS, valuesFor, type YearValues } from '../values/dated-values';
import { civicServiceEntry } from './civic-service';
import { decentralisedCooperationEntry } from './decentralised-cooperation';
import { internshipEntry } from './internship';
import { type MechanismEntry, type MechanismSheet, resolveEntry } from './mechanism-entry';
import { publicSecondmentEntry } from './public-secondment';
import { skillsSponsorshipEntry } from './skills-sponsorship';
import { solidarityHolidayEntry } from './solidarity-holiday';
import { solidarityLeaveEntry } from './solidarity-leave';
import { staffLoanEntry } from './staff-loan';
import { volunteeringEntry } from './volunteering';
import { vsiEntry } from './vsi';

const BUILDERS: Record<ToolboxMechanismCode, (values: YearValues) => MechanismEntry> = {
  skills_sponsorship: skillsSponsorshipEntry,
  staff_loan: staffLoanEntry,
  solidarity_leave: solidarityLeaveEntry,
  solidarity_holiday: solidarityHolidayEntry,
  vsi: vsiEntry,
  civic_service: civicServiceEntry,
  internship: internshipEntry,
  volunteering: volunteeringEntry,
  public_secondment: publicSecondmentEntry,
  decentralised_cooperation: decentralisedCooperationEntry,
};

const latestYear = () => Math.max(...KNOWN_YEARS);

/** The stored entry (both languages) of a mechanism, with the figures of `year`. */
export function mechanismEntry(code: ToolboxMechanismCode, year = latestYear()): MechanismEntry {
  return BUILDERS[code](valuesFor(year));
}

/** Every mechanism, in the order of TOOLBOX_MECHANISM_CODES, resolved to one locale. */
export function mechanismCatalog(locale: Locale, year = latestYear()): MechanismSheet[] {
  return TOOLBOX_MECHANISM_CODES.map((code) => resolveEntry(mechanismEntry(code, year), locale));
}

/** One mechanism resolved to one locale, or undefined for an unknown code. */
export function mechanism(code: string, locale: Locale, year = latestYear()): MechanismSheet | undefined {
  const known = TOOLBOX_MECHANISM_CODES.find((candidate) => candidate === code);
  return known === undefined ? undefined : resolveEntry(mechanismEntry(known, year), locale);
}
