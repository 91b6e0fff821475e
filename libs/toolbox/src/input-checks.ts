import { isIsoDate } from '@relais/domain';
import { ToolboxInputError } from './errors';

/** Input checks shared by the calculators and the advisor; each names the field it refuses. */

type Bounds = { min?: number; max?: number; above?: number; integer?: boolean; unit?: string };

/**
 * No figure of these calculators comes near a thousand billion (euros, days or hours); past it,
 * products overflowed to Infinity and the answers held null figures.
 */
export const MAX_FIGURE = 1e12;

export function checkNumber(value: unknown, field: string, bounds: Bounds = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ToolboxInputError(field, 'must be a number');
  const unit = bounds.unit ? ` ${bounds.unit}` : '';
  if (bounds.integer && !Number.isInteger(value)) throw new ToolboxInputError(field, 'must be a whole number');
  if (bounds.above !== undefined && value <= bounds.above) {
    throw new ToolboxInputError(field, bounds.above === 0 ? 'must be greater than 0' : `must be greater than ${bounds.above}${unit}`);
  }
  if (bounds.min !== undefined && value < bounds.min) {
    throw new ToolboxInputError(field, bounds.min === 0 ? 'must not be negative' : `must be at least ${bounds.min}${unit}`);
  }
  const max = bounds.max ?? MAX_FIGURE;
  if (value > max) throw new ToolboxInputError(field, `must not exceed ${max}${unit}`);
  return value;
}

export function checkOptionalNumber(value: unknown, field: string, bounds: Bounds = {}): number | undefined {
  return value === undefined ? undefined : checkNumber(value, field, bounds);
}

export function checkBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new ToolboxInputError(field, 'must be true or false');
  return value;
}

export function checkOptionalBoolean(value: unknown, field: string): boolean | undefined {
  return value === undefined ? undefined : checkBoolean(value, field);
}

export function checkOptionalDate(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isIsoDate(value)) throw new ToolboxInputError(field, 'must be a date written YYYY-MM-DD');
  return value;
}

export function checkOptionalChoice<T extends string>(value: unknown, field: string, choices: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw new ToolboxInputError(field, `must be one of: ${choices.join(', ')}`);
  }
  return value as T;
}

export function checkObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ToolboxInputError(field, 'must be an object');
  return value as Record<string, unknown>;
}
