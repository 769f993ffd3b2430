import { ArgumentsHost, Catch, ExceptionFilter, PayloadTooLargeException } from '@nestjs/common';
import { ErrorCode } from '@small-places/platform';
import { Response } from 'express';

/** Multer stops reading at 20 MB; the Catalyst is told what to do in words, with the 413 status. */
@Catch(PayloadTooLargeException)
export class UploadTooLargeFilter implements ExceptionFilter {
  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().status(413).json({
      code: ErrorCode.BadUserInput,
      message: 'The file is larger than 20 MB. Split it into smaller files and upload each.',
    });
  }
}
