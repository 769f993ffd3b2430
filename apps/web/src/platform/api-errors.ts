/** The API's stable error codes (extensions.code) that a page can act on. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

/** Per-field problems as the API names them: `email`, `availability.0.startTime`. */
export type FieldProblems = Record<string, string[]>;

/** A refusal the person can fix on the same form: shown in an error summary, never thrown. */
export interface ApiProblem {
  code: 'BAD_USER_INPUT' | 'CONFLICT' | 'TOO_MANY_REQUESTS';
  message: string;
  fields?: FieldProblems;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem };

/** Thrown for the answers a page cannot carry on from; WebExceptionFilter turns each into a page. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** No session, or it ended: the filter sends the person to sign in and back again afterwards. */
export class SignInRequired extends ApiError {
  constructor(message = 'Please sign in first.') {
    super('UNAUTHENTICATED', message);
  }
}

export class PageNotFound extends ApiError {
  constructor(message = 'Page not found.') {
    super('NOT_FOUND', message);
  }
}

export class AccessForbidden extends ApiError {
  constructor(message = 'You do not have access to this.') {
    super('FORBIDDEN', message);
  }
}

/** The posted form's CSRF token did not match the session's. */
export class FormExpired extends Error {
  constructor() {
    super('The form had expired.');
  }
}

export function isFixableCode(code: string | undefined): code is ApiProblem['code'] {
  return code === 'BAD_USER_INPUT' || code === 'CONFLICT' || code === 'TOO_MANY_REQUESTS';
}
