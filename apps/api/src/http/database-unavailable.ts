/** SQLSTATE classes and codes that mean "the database is not there right now", not "this request is wrong". */
const UNAVAILABLE_STATES = [/^08/, /^57P0[123]$/, /^53300$/];
const UNAVAILABLE_MESSAGES = [/timeout exceeded when trying to connect/i, /query read timeout/i, /connection terminated/i, /connection .*(refused|closed)/i];
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/**
 * Whether an error thrown by a query says PostgreSQL cannot be reached (down, restarting, stalled
 * past DATABASE_TIMEOUT_MS): such requests answer 503, to be tried again, rather than 500.
 * TypeORM wraps the driver's error in `driverError`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const driver = (error as { driverError?: unknown }).driverError;
  if (driver instanceof Error && driver !== error && isDatabaseUnavailable(driver)) return true;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_STATES.some((state) => state.test(code)))) return true;
  return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(error.message));
}
