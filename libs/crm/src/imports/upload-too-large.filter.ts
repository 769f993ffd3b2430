import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { ErrorCode, sendError, UploadTooLarge } from '@small-places/platform';
import type { FastifyReply } from 'fastify';

/**
 * Reading stops at 20 MB; the Catalyst is told what to do in words, with the 413 status, and the connection
 * closes rather than wait for the rest.
 */
@Catch(UploadTooLarge)
export class UploadTooLargeFilter implements ExceptionFilter {
  catch(_exception: UploadTooLarge, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>().header('Connection', 'close');
    void sendError(reply, 413, {
      code: ErrorCode.BadUserInput,
      message: 'The file is larger than 20 MB. Split it into smaller files and upload each.',
    });
  }
}
