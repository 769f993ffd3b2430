import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { CLIENT_VALUE_ERROR_CODES, databaseErrorCode } from '../database/database-errors';
import { AppError, ErrorCode, HTTP_STATUS_BY_CODE } from './app-error';

const CODE_BY_HTTP_STATUS: Record<number, ErrorCode> = {
  400: ErrorCode.BadUserInput,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.BadUserInput,
  429: ErrorCode.TooManyRequests,
};

/** Apollo's own codes for requests that never reached a resolver: all the client's fault. */
const CLIENT_FAULT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export const INTERNAL_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';

export interface MappedError {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string[]>;
  /** True when the original error was unexpected and must be logged, not shown. */
  unexpected: boolean;
}

/** The one place that decides what any thrown thing looks like to a client. */
export function mapError(error: unknown): MappedError {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  if (original instanceof AppError) {
    return { code: original.code, message: original.message, fields: original.fields, unexpected: false };
  }
  if (original instanceof HttpException) {
    const code = CODE_BY_HTTP_STATUS[original.getStatus()];
    if (code) return { code, message: httpMessage(original), unexpected: false };
  }
  const databaseCode = databaseErrorCode(original);
  if (databaseCode && CLIENT_VALUE_ERROR_CODES.has(databaseCode)) {
    return {
      code: ErrorCode.BadUserInput,
      message:
        databaseCode === '23502'
          ? 'A value that is needed was left empty. Fill it in, or leave the field out to keep it as it is.'
          : 'One of the values given is not valid here. Check it and try again.',
      unexpected: false,
    };
  }
  if (isBodyParserError(original)) {
    return {
      code: ErrorCode.BadUserInput,
      message: 'The request is too large or not valid JSON.',
      unexpected: false,
    };
  }
  if (error instanceof GraphQLError && isClientFault(error)) {
    return { code: ErrorCode.BadUserInput, message: error.message, unexpected: false };
  }
  return { code: ErrorCode.Internal, message: INTERNAL_MESSAGE, unexpected: true };
}

const logger = new Logger('GraphQL');

export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const mapped = mapError(error);
  if (mapped.unexpected) {
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    logger.error({ err: original, path: formatted.path }, 'unexpected error');
  }
  const extensions: Record<string, unknown> = { code: mapped.code };
  if (mapped.fields) extensions.fields = mapped.fields;
  return {
    message: mapped.message,
    ...(formatted.locations && !mapped.unexpected ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions,
  };
}

export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS_BY_CODE[code];
}

function httpMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

function isBodyParserError(error: unknown): boolean {
  const type = (error as { type?: unknown } | null)?.type;
  return (
    typeof type === 'string' &&
    ['entity.too.large', 'entity.parse.failed', 'charset.unsupported'].includes(type)
  );
}

/**
 * Parse, validation and variable-coercion failures: Apollo marks them with its own codes, and graphql-js
 * raises them without a resolver (no path), sometimes wrapping a scalar's TypeError.
 */
function isClientFault(error: GraphQLError): boolean {
  const apolloCode = String(error.extensions?.code ?? '');
  if (CLIENT_FAULT_CODES.has(apolloCode)) return true;
  return !error.path && (!error.originalError || error.originalError instanceof GraphQLError);
}
