import type { Locale } from '@relais/domain';
import { mechanismEntry } from '../catalog/catalog';
import { TOOLBOX_MECHANISM_CODES, type ToolboxMechanismCode } from '../mechanism-codes';
import type { SourceId } from '../sources';
import { valuesForRules, type YearValues } from '../values/dated-values';
import { type AdvisorAnswers, type AnswerField, type Answers, checkAnswers } from './answers';
import { missionYear } from './mission-dates';
import { FIELD_QUESTIONS } from './questions';
import { type Outcome, type Route, type Rule, type Verdict } from './rule';
import { decentralisedCooperationRoute, publicSecondmentRoute, staffLoanRoute } from './routes-public';
import { solidarityHolidayRoute, solidarityLeaveRoute } from './routes-leave';
import { skillsSponsorshipRoutes } from './routes-sponsorship';
import { civicServiceRoute, internshipRoute, volunteeringRoute, vsiRoute } from './routes-volunteer';

export type Eligibility = 'yes' | 'no' | 'unknown';

export type RuleResult = { id: string; route: string; outcome: Outcome; text: string; sources: SourceId[]; note?: string };
export type MissingInfo = { field: AnswerField; question: string };

export type MechanismAdvice = {
  code: ToolboxMechanismCode;
  title: string;
  eligible: Eligibility;
  /** The route (row of the decision table) that makes it possible, when eligible is yes. */
  route?: string;
  /** yes: the rules of the route met; no: every rule not met; unknown: the rules of the open routes. */
  rules: RuleResult[];
  missing: MissingInfo[];
  nextSteps: string[];
  cautions: string[];
};

/** The routes of each mechanism: the decision table of the facts sheet (§11), one route per row. */
function routesOf(code: ToolboxMechanismCode, v: YearValues): Route[] {
  switch (code) {
    case 'skills_sponsorship': return skillsSponsorshipRoutes(v);
    case 'staff_loan': return [staffLoanRoute];
    case 'solidarity_leave': return [solidarityLeaveRoute(v)];
    case 'solidarity_holiday': return [solidarityHolidayRoute(v)];
    case 'vsi': return [vsiRoute(v)];
    case 'civic_service': return [civicServiceRoute(v)];
    case 'internship': return [internshipRoute(v)];
    case 'volunteering': return [volunteeringRoute];
    case 'public_secondment': return [publicSecondmentRoute];
    case 'decentralised_cooperation': return [decentralisedCooperationRoute];
  }
}

type Evaluated = { rule: Rule; verdict: Verdict };
type RouteOutcome = { route: Route; outcome: Outcome; evaluated: Evaluated[] };

function isMissing(answers: Answers, field: AnswerField): boolean {
  if (field === 'durationMonths' || field === 'durationDays') return answers.months === undefined;
  return answers[field] === undefined;
}

function evaluateRoute(route: Route, answers: Answers, v: YearValues): RouteOutcome {
  const evaluated = route.rules.map((rule) => {
    const result = rule.check(answers, v);
    return { rule, verdict: typeof result === 'string' ? { outcome: result } : result };
  });
  const outcomes = evaluated.map((item) => item.verdict.outcome);
  const outcome: Outcome = outcomes.includes('not_met') ? 'not_met' : outcomes.includes('unknown') ? 'unknown' : 'met';
  return { route, outcome, evaluated };
}

function ruleResult(item: Evaluated, route: Route, locale: Locale): RuleResult {
  const result: RuleResult = {
    id: item.rule.id,
    route: route.id,
    outcome: item.verdict.outcome,
    text: item.rule.text[locale],
    sources: [...item.rule.sources],
  };
  if (item.verdict.note) result.note = item.verdict.note[locale];
  return result;
}

function missingInfo(routes: RouteOutcome[], answers: Answers, locale: Locale): MissingInfo[] {
  const fields = new Set<AnswerField>();
  for (const { evaluated } of routes) {
    for (const { rule, verdict } of evaluated) {
      if (verdict.outcome !== 'unknown') continue;
      for (const field of verdict.missing ?? rule.fields) if (isMissing(answers, field)) fields.add(field);
    }
  }
  return [...fields].map((field) => ({ field, question: FIELD_QUESTIONS[field][locale] }));
}

function adviseOne(code: ToolboxMechanismCode, answers: Answers, v: YearValues, locale: Locale): MechanismAdvice {
  const entry = mechanismEntry(code, v.year);
  const routes = routesOf(code, v).map((route) => evaluateRoute(route, answers, v));
  const passing = routes.find((route) => route.outcome === 'met');
  const open = routes.filter((route) => route.outcome === 'unknown');
  const steps = entry.steps.map((item) => item[locale]);
  const cautions = entry.cautions.map((item) => item[locale]);
  const base = { code, title: entry.title[locale] };
  if (passing) {
    return {
      ...base,
      eligible: 'yes',
      route: passing.route.id,
      rules: passing.evaluated.map((item) => ruleResult(item, passing.route, locale)),
      missing: [],
      nextSteps: steps,
      cautions,
    };
  }
  if (open.length) {
    const missing = missingInfo(open, answers, locale);
    const ask = missing.length
      ? [locale === 'fr' ? `Répondre : ${missing.map((item) => item.question).join(' ')}` : `Answer: ${missing.map((item) => item.question).join(' ')}`]
      : [];
    return {
      ...base,
      eligible: 'unknown',
      rules: open.flatMap(({ route, evaluated }) => evaluated.map((item) => ruleResult(item, route, locale))),
      missing,
      nextSteps: [...ask, ...steps],
      cautions,
    };
  }
  return {
    ...base,
    eligible: 'no',
    rules: routes.flatMap(({ route, evaluated }) =>
      evaluated.filter((item) => item.verdict.outcome === 'not_met').map((item) => ruleResult(item, route, locale))),
    missing: [],
    nextSteps: [],
    cautions: [],
  };
}

/**
 * For every mechanism, whether the answers make it possible: 'yes' when every rule of one of
 * its routes is met, 'no' when every route has a rule not met, otherwise 'unknown' with the
 * answers still needed. Never guesses: an unanswered question leaves its rules unknown.
 * Throws ToolboxInputError for malformed answers.
 */
export function advise(input: AdvisorAnswers, locale: Locale): MechanismAdvice[] {
  const answers = checkAnswers(input);
  const values = valuesForRules(missionYear(answers));
  return TOOLBOX_MECHANISM_CODES.map((code) => adviseOne(code, answers, values, locale));
}
