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

/**
 * Values the client sent that PostgreSQL refused as malformed for the column's type (a crafted cursor's
 * "not-a-date") or as missing where the column requires one (an explicit null for a field that cannot be
 * emptied). Always the input's fault, never ours: BAD_USER_INPUT, and the transaction has rolled back.
 */
export const CLIENT_VALUE_ERROR_CODES = new Set([
  '23502', // not_null_violation
  '22P02', // invalid_text_representation
  '22007', // invalid_datetime_format
  '22008', // datetime_field_overflow
  '22003', // numeric_value_out_of_range
  '22021', // character_not_in_repertoire (a NUL byte)
  '54000', // program_limit_exceeded (an index row too large)
]);

interface DriverError {
  code?: string;
  constraint?: string;
}

/** TypeORM wraps the driver's error in a QueryFailedError; a raw query through pg throws it bare. */
function driverErrorOf(error: unknown): DriverError {
  if (typeof error !== 'object' || error === null) return {};
  return ((error as { driverError?: DriverError }).driverError ?? error) as DriverError;
}

/** The PostgreSQL error code of a failed statement (`23502`, `22P02`...), or undefined. */
export function databaseErrorCode(error: unknown): string | undefined {
  const code = driverErrorOf(error).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
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
