import { StandardSchemaValidationPipe } from '@nestjs/common';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { z } from 'zod';
import { COUNTRY_CODES, isIsoDate, LANGUAGE_CODES } from '@relais/domain';
import { invalid, type FieldProblem } from './api-error';

function issuePath(issue: StandardSchemaV1.Issue): string {
  return (issue.path ?? [])
    .map((segment) => (typeof segment === 'object' ? segment.key : segment))
    .map(String)
    .join('.');
}

type ZodIssueFields = { code?: string; origin?: string; minimum?: unknown; maximum?: unknown; values?: unknown[] };

/**
 * Zod's default messages ("Invalid input: expected string, received undefined") become short
 * sentences a form can show and translate; messages written in our schemas are kept as they are.
 */
export function readableReason(issue: StandardSchemaV1.Issue & ZodIssueFields): string {
  const message = issue.message;
  if (!/^(Invalid input|Invalid option|Too small|Too big)\b/.test(message)) return message;
  if (issue.code === 'invalid_type' && message.endsWith('received undefined')) return 'is required';
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return Number(issue.minimum) <= 1 ? 'is required' : `must be at least ${String(issue.minimum)} characters long`;
  }
  if (issue.code === 'too_big' && issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters long`;
  if (issue.code === 'invalid_value' && Array.isArray(issue.values)) return `must be one of: ${issue.values.map(String).join(', ')}`;
  return message;
}

/** Zod reports unknown fields as one issue listing their names: give each its own detail. */
export function issueProblems(issue: StandardSchemaV1.Issue): FieldProblem[] {
  const base = issuePath(issue);
  const keys = 'keys' in issue && Array.isArray(issue.keys) ? (issue.keys as unknown[]).map(String) : [];
  if (keys.length) return keys.map((key) => ({ path: base ? `${base}.${key}` : key, reason: 'is not a known field' }));
  return [{ path: base || '(root)', reason: readableReason(issue) }];
}

/** Validates every `@Body/@Query/@Param({ schema })` and reports each bad field by its path. */
export const validationPipe = new StandardSchemaValidationPipe({
  exceptionFactory: (issues) => invalid(issues.flatMap(issueProblems)),
});

// Reusable field schemas. Messages are short sentences a form can show next to the field.

export const zCountry = z
  .string()
  .transform((value) => value.toUpperCase())
  .refine((value) => COUNTRY_CODES.has(value), { message: 'must be an ISO 3166-1 alpha-2 country code' });

export const zLanguage = z
  .string()
  .transform((value) => value.toLowerCase())
  .refine((value) => LANGUAGE_CODES.has(value), { message: 'must be an ISO 639-1 language code' });

export const zIsoDate = z.string().refine(isIsoDate, { message: 'must be a date written YYYY-MM-DD' });

export const zText = (min: number, max: number) => z.string().trim().min(min).max(max);

/** A list without repeated values. */
export const zSet = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((values) => new Set(values).size === values.length, { message: 'must not repeat a value' });

/** Query strings carry lists as `a,b,c`. */
export const zCsv = <T extends z.ZodType<unknown, string>>(item: T, max: number) =>
  z
    .string()
    .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
    .pipe(z.array(item).max(max));

export const zUuid = z.uuid({ message: 'must be a UUID' });

export const idParam = z.object({ id: zUuid });
