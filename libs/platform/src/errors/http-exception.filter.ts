import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { UploadTooLarge } from '../storage/incoming-file';
import { ErrorCode } from './app-error';
import { httpStatusOf, mapError } from './error-mapper';

const logger = new Logger('Errors');

/**
 * How a REST route (CSV, iCal, health, uploads) answers an error: `{ code, message }` with a matching status,
 * never a stack trace. An HttpException keeps its own status (Nest raises one for a body the server refused
 * before any route: 413 too large, 400 not JSON).
 */
export function errorReply(exception: unknown): { status: number; body: object } {
  const mapped = mapError(exception);
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (mapped.code !== ErrorCode.Internal && status < 500)
      return { status, body: { code: mapped.code, message: mapped.message } };
    if (status < 500) return { status, body: { code: 'BAD_REQUEST', message: exception.message } };
    if (status === 503) return { status, body: exception.getResponse() as object };
  }
  if (mapped.unexpected) logger.error({ err: exception }, 'unexpected error');
  return { status: httpStatusOf(mapped.code), body: { code: mapped.code, message: mapped.message } };
}

/** Sends an error as JSON, whatever type the route itself answers with (CSV, iCal, PDF). */
export function sendError(reply: FastifyReply, status: number, body: object): FastifyReply {
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

/**
 * REST errors answered by errorReply. In GraphQL the exception is rethrown so Apollo's formatError (the same
 * mapper) shapes it.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') throw exception;
    const { status, body } = errorReply(exception);
    void sendError(host.switchToHttp().getResponse<FastifyReply>(), status, body);
  }
}

/**
 * An upload that went past its route's limit: 413 with what to do instead, in the route's own words, and the
 * connection closes rather than wait for the rest. `@UseFilters(new UploadTooLargeFilter('…'))`.
 */
@Catch(UploadTooLarge)
export class UploadTooLargeFilter implements ExceptionFilter {
  constructor(private readonly message: string) {}

  catch(_exception: UploadTooLarge, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>().header('Connection', 'close');
    void sendError(reply, 413, { code: ErrorCode.BadUserInput, message: this.message });
  }
}
