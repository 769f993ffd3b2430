import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Response } from 'express';
import { httpStatusOf, mapError } from './error-mapper';
import { ErrorCode } from './app-error';

/**
 * REST routes (CSV, iCal, health) answer errors as `{ code, message }` with a matching status.
 * In GraphQL the exception is rethrown so Apollo's formatError (the same mapper) shapes it.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') throw exception;
    const response = host.switchToHttp().getResponse<Response>();
    const mapped = mapError(exception);
    if (
      mapped.code === ErrorCode.Internal &&
      exception instanceof HttpException &&
      exception.getStatus() < 500
    ) {
      response.status(exception.getStatus()).json({ code: 'BAD_REQUEST', message: exception.message });
      return;
    }
    if (
      mapped.code === ErrorCode.Internal &&
      exception instanceof HttpException &&
      exception.getStatus() === 503
    ) {
      response.status(503).json(exception.getResponse());
      return;
    }
    if (mapped.unexpected) this.logger.error({ err: exception }, 'unexpected error');
    // Body-parser errors carry the precise status (413 too large, 400 bad JSON).
    const parserStatus = (exception as { type?: unknown; status?: unknown }).type
      ? (exception as { status?: unknown }).status
      : undefined;
    response
      .status(typeof parserStatus === 'number' ? parserStatus : httpStatusOf(mapped.code))
      .json({ code: mapped.code, message: mapped.message });
  }
}
