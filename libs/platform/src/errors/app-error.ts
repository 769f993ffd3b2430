import { GraphQLError } from 'graphql';

/** The stable `extensions.code` values clients may rely on (PRODUCT.md §4). */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  Internal = 'INTERNAL_SERVER_ERROR',
}

export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.TooManyRequests]: 429,
  [ErrorCode.Internal]: 500,
};

export type FieldProblems = Record<string, string[]>;

/** An error we mean to show: plain-English message, stable code, optional per-field problems. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldProblems,
  ) {
    super(message, { extensions: fields ? { code, fields } : { code } });
  }
}

export const badInput = (message: string, fields?: FieldProblems) =>
  new AppError(ErrorCode.BadUserInput, message, fields);
export const unauthenticated = (message = 'Please sign in first.') =>
  new AppError(ErrorCode.Unauthenticated, message);
export const forbidden = (message = 'You do not have access to this.') =>
  new AppError(ErrorCode.Forbidden, message);
export const notFound = (what = 'That record') => new AppError(ErrorCode.NotFound, `${what} was not found.`);
export const conflict = (message: string) => new AppError(ErrorCode.Conflict, message);
export const tooManyRequests = (message = 'Too many attempts. Please wait and try again later.') =>
  new AppError(ErrorCode.TooManyRequests, message);
