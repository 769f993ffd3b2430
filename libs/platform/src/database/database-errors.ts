/**
 * The PostgreSQL error codes we act on, read in one place
 * (https://www.postgresql.org/docs/current/errcodes-appendix.html). A service asks "was this the unique
 * key users_email_key?" and turns the answer into an AppError; nothing else compares SQLSTATE strings.
 */
export const PgErrorCode = {
  UniqueViolation: '23505',
  ForeignKeyViolation: '23503',
  CheckViolation: '23514',
  ExclusionViolation: '23P01',
} as const;

export type PgErrorCode = (typeof PgErrorCode)[keyof typeof PgErrorCode];

interface DriverError {
  code?: string;
  constraint?: string;
}

/** TypeORM wraps the driver's error in a QueryFailedError; a raw query through pg throws it bare. */
function driverErrorOf(error: unknown): DriverError {
  if (typeof error !== 'object' || error === null) return {};
  return ((error as { driverError?: DriverError }).driverError ?? error) as DriverError;
}

/** True when the database refused the statement with `code`, on `constraint` if one is named. */
export function isDatabaseError(error: unknown, code: PgErrorCode, constraint?: string): boolean {
  const driverError = driverErrorOf(error);
  return driverError.code === code && (constraint === undefined || driverError.constraint === constraint);
}

export const isUniqueViolation = (error: unknown, constraint?: string) =>
  isDatabaseError(error, PgErrorCode.UniqueViolation, constraint);

export const isForeignKeyViolation = (error: unknown, constraint?: string) =>
  isDatabaseError(error, PgErrorCode.ForeignKeyViolation, constraint);

export const isExclusionViolation = (error: unknown, constraint?: string) =>
  isDatabaseError(error, PgErrorCode.ExclusionViolation, constraint);
