import { MECHANISM_CODES, type MechanismCode } from '@relais/domain';

/**
 * The mechanisms the toolbox describes: the product's MECHANISM_CODES plus
 * `decentralised_cooperation` (CGCT L1115-1), a row of the facts sheet's decision table that
 * no product code carries yet. The database and API still use MECHANISM_CODES; adding the
 * extra code there is a product decision.
 */
export const EXTRA_MECHANISM_CODES = ['decentralised_cooperation'] as const;
export type ExtraMechanismCode = (typeof EXTRA_MECHANISM_CODES)[number];

export const TOOLBOX_MECHANISM_CODES = [...MECHANISM_CODES, ...EXTRA_MECHANISM_CODES] as const;
export type ToolboxMechanismCode = MechanismCode | ExtraMechanismCode;

export function isToolboxMechanismCode(value: unknown): value is ToolboxMechanismCode {
  return typeof value === 'string' && (TOOLBOX_MECHANISM_CODES as readonly string[]).includes(value);
}
