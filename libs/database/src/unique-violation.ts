import { QueryFailedError } from 'typeorm';

/** The name of the unique index or constraint a failed insert or update ran into, if any. */
export function violatedConstraint(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError: unknown = error.driverError;
  if (typeof driverError !== 'object' || driverError === null) return null;
  const { code, constraint } = driverError as { code?: string; constraint?: string };
  return code === '23505' && constraint ? constraint : null;
}
