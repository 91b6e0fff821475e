/**
 * Errors the toolbox throws on bad input. `field` is the path of the offending input, written
 * like the API's validation details (`people.0.days`), so the API can answer 400 naming it.
 */
export class ToolboxInputError extends Error {
  override name = 'ToolboxInputError';
  readonly code: string = 'TOOLBOX_INPUT';
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** A year the dated-values table has no row for. */
export class UnknownYearError extends ToolboxInputError {
  override name = 'UnknownYearError';
  override readonly code = 'TOOLBOX_UNKNOWN_YEAR';
  constructor(
    readonly year: unknown,
    knownYears: readonly number[],
    field = 'year',
  ) {
    super(field, `no reference values for ${String(year)}; known years: ${knownYears.join(', ')}`);
  }
}
