import { UnknownYearError } from '../errors';
import type { SourceId } from '../sources';

/**
 * Every figure that changes with time, one row per year. Next year is one more row: copy the
 * last one and update what moved. Amounts in euros, rates as fractions (0.6 = 60 %), dates
 * as YYYY-MM-DD.
 */
export type YearValues = {
  year: number;
  /** Plafond de la sécurité sociale (PSS) [S5][S6]. */
  socialSecurityCeiling: { monthly: number; annual: number; daily: number; hourly: number };
  /** Company skills sponsorship, CGI 238 bis [S1][S26b][S29]. */
  skillsSponsorship: {
    /** The cost of an employee is capped at this multiple of the PSS for the period lent. */
    costCapPssMultiple: number;
    /** Ceiling on donations: max(floor, turnoverShare × turnover excl. VAT). */
    donationFloor: number;
    turnoverShare: number;
    rate: number;
    /** Rate on the fraction of donations above the threshold (except "Coluche" hosts). */
    reducedRate: number;
    reducedRateThreshold: number;
    carryForwardYears: number;
    /** Legal monthly hours used to turn a monthly pay into an hourly cost. */
    monthlyHours: number;
    dailyHours: number;
    /** Above this amount of donations in a financial year, details must be declared [S24]. */
    declarationThreshold: number;
  };
  /** Experimental skills sponsorship of civil servants, loi 3DS art. 209 [S15]. */
  publicAgentSkillsSponsorship: { start: string; end: string; maxMonths: number; maxTotalMonths: number };
  /** Internship (convention de stage), Code de l'éducation L124-1 ff. [S6][S7][S18]. */
  internship: {
    /** Minimum gratification per hour = 15 % of the hourly PSS. */
    minHourlyGratification: number;
    /** Gratification is mandatory once presence exceeds 2 months = 44 days × 7 h = 308 h. */
    mandatoryFromHour: number;
    maxMonths: number;
    /** 6 months of presence in hours, on the sheet's convention of 22 days × 7 h a month. */
    maxHours: number;
    hoursPerMonth: number;
  };
  /** Volunteers' abandoned expenses and gifts, CGI 200 [S19][S20]. */
  volunteerExpenses: {
    rate: number;
    incomeCapShare: number;
    carryForwardYears: number;
    colucheRate: number;
    /** Cap of the 75 % "Coluche" band; the last entry whose `from` is on or before the gift applies. */
    colucheCaps: readonly { from: string; cap: number }[];
  };
  /** Volontariat de solidarité internationale, loi 2005-159 [S12][S30]. */
  vsi: {
    minAge: number;
    maxContractMonths: number;
    maxCumulatedMonths: number;
    stateAidMinMonths: number;
    minMonthlyAllowance: number;
  };
  /** Congé de solidarité internationale, supplementary rules (no agreement) [S10]. */
  solidarityLeave: {
    minSeniorityMonths: number;
    maxMonths: number;
    emergencyMaxWeeks: number;
    requestNoticeDays: number;
    employerAnswerDays: number;
  };
  /** Congé solidaire (Planète Urgence model) [S11]. */
  solidarityHoliday: { minDays: number; maxDays: number };
  /** Non-profit staff loan; L8241-3 loans (below cost) are limited in time [S9]. */
  staffLoan: { belowCostMaxMonths: number };
  /** Service civique [S13]; allowances are those of 01/01/2024 (⚠ to re-check for 2026). */
  civicService: {
    minAge: number;
    maxAge: number;
    maxAgeDisabled: number;
    minMonths: number;
    maxMonths: number;
    minHoursPerWeek: number;
    maxHoursPerWeek: number;
    stateMonthlyAllowance: number;
    hostMonthlyMinimum: number;
  };
  sources: readonly SourceId[];
};

/** Rules that did not move between 2025 and 2026, shared by both rows. */
const STABLE = {
  skillsSponsorship: {
    costCapPssMultiple: 3,
    donationFloor: 20_000,
    turnoverShare: 0.005,
    rate: 0.6,
    reducedRate: 0.4,
    reducedRateThreshold: 2_000_000,
    carryForwardYears: 5,
    monthlyHours: 151.67,
    dailyHours: 7,
    declarationThreshold: 10_000,
  },
  publicAgentSkillsSponsorship: { start: '2022-12-28', end: '2027-12-27', maxMonths: 18, maxTotalMonths: 36 },
  vsi: { minAge: 18, maxContractMonths: 24, maxCumulatedMonths: 72, stateAidMinMonths: 12, minMonthlyAllowance: 150 },
  solidarityLeave: { minSeniorityMonths: 12, maxMonths: 6, emergencyMaxWeeks: 6, requestNoticeDays: 30, employerAnswerDays: 15 },
  solidarityHoliday: { minDays: 14, maxDays: 28 },
  staffLoan: { belowCostMaxMonths: 36 },
  civicService: {
    minAge: 16,
    maxAge: 25,
    maxAgeDisabled: 30,
    minMonths: 6,
    maxMonths: 12,
    minHoursPerWeek: 24,
    maxHoursPerWeek: 35,
    stateMonthlyAllowance: 504.98,
    hostMonthlyMinimum: 114.85,
  },
} as const;

const INTERNSHIP_RULES = { mandatoryFromHour: 309, maxMonths: 6, maxHours: 924, hoursPerMonth: 154 } as const;
const VOLUNTEER_RULES = { rate: 0.66, incomeCapShare: 0.2, carryForwardYears: 5, colucheRate: 0.75 } as const;

const TABLE: readonly YearValues[] = [
  {
    year: 2025,
    socialSecurityCeiling: { monthly: 3925, annual: 47_100, daily: 216, hourly: 29 },
    ...STABLE,
    internship: { ...INTERNSHIP_RULES, minHourlyGratification: 4.35 },
    volunteerExpenses: {
      ...VOLUNTEER_RULES,
      // LF 2026 raised the cap to 2 000 € for gifts made from 14/10/2025 on [S20].
      colucheCaps: [
        { from: '2025-01-01', cap: 1000 },
        { from: '2025-10-14', cap: 2000 },
      ],
    },
    sources: ['S5', 'S6', 'S20', 'S26b', 'S29'],
  },
  {
    year: 2026,
    socialSecurityCeiling: { monthly: 4005, annual: 48_060, daily: 220, hourly: 30 },
    ...STABLE,
    internship: { ...INTERNSHIP_RULES, minHourlyGratification: 4.5 },
    volunteerExpenses: { ...VOLUNTEER_RULES, colucheCaps: [{ from: '2026-01-01', cap: 2000 }] },
    sources: ['S5', 'S7', 'S20', 'S26b', 'S29'],
  },
];

export const KNOWN_YEARS: readonly number[] = TABLE.map((row) => row.year);

/** The reference values of a year; throws UnknownYearError (a ToolboxInputError) otherwise. */
export function valuesFor(year: number, field = 'year'): YearValues {
  const row = TABLE.find((candidate) => candidate.year === year);
  if (!row) throw new UnknownYearError(year, KNOWN_YEARS, field);
  return row;
}

/**
 * The values to judge eligibility in a given year: that year's row, or the closest known row
 * when the year is outside the table (eligibility limits rarely move; amounts are not taken
 * from here). Used by the advisor only; calculators insist on a known year.
 */
export function valuesForRules(year: number | undefined): YearValues {
  const years = [...KNOWN_YEARS].sort((a, b) => a - b);
  const last = years[years.length - 1];
  if (year === undefined || year > last) return valuesFor(last);
  if (year < years[0]) return valuesFor(years[0]);
  return valuesFor(year);
}

/** The 75 % band cap that applies to a gift made on `date` (or the lowest of the year if unknown). */
export function colucheCapOn(values: YearValues, date: string | undefined): number {
  const caps = values.volunteerExpenses.colucheCaps;
  if (date === undefined) return Math.min(...caps.map((entry) => entry.cap));
  const applicable = caps.filter((entry) => entry.from <= date);
  return applicable.length ? applicable[applicable.length - 1].cap : caps[0].cap;
}
