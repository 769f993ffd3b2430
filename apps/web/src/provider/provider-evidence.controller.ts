import { Controller, Get, Param, Post, Redirect, Req, Res } from '@nestjs/common';
import {
  EVIDENCE_EMPTY_PROBLEM,
  EVIDENCE_MISSING_PROBLEM,
  EVIDENCE_TOO_LARGE_PROBLEM,
  MAX_EVIDENCE_BYTES,
} from '@small-places/compliance/evidence-rules';
import busboy from 'busboy';
import { NextFunction, Request, Response } from 'express';
import { createWriteStream, openAsBlob } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SignedIn } from '../platform/access';
import { ApiClient } from '../platform/api-client';
import { fieldErrors } from '../platform/form-errors';
import { redirectTo, RedirectTo, rejectForm } from '../platform/forms';
import { BUSINESS, session } from './provider-shared';

/** What the upload middleware found in the multipart form: the file is on disk, never whole in memory. */
interface EvidenceUpload {
  path?: string;
  fileName: string;
  sizeBytes: number;
  tooLarge: boolean;
}
type WithUpload = Request & { evidenceUpload?: EvidenceUpload };

/** The file input's id on the checklist item page (the error summary links to it). */
const FILE_ID = 'evidence-file';

/**
 * Runs before the guards, so the CSRF check reads the multipart form's token as it reads any form's. The
 * file is streamed to a private temporary folder (gone when the response ends), stopping one byte past
 * 10 MB; the page says what was wrong rather than failing.
 */
export function evidenceUploadMiddleware(req: Request, res: Response, next: NextFunction): void {
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      limits: { files: 1, fileSize: MAX_EVIDENCE_BYTES + 1, fields: 10, fieldSize: 10_000 },
    });
  } catch {
    req.body = {};
    return next();
  }
  mkdtemp(join(tmpdir(), 'sp-web-upload-')).then((folder) => {
    res.on('close', () => void rm(folder, { recursive: true, force: true }));
    const body: Record<string, string> = {};
    const upload: EvidenceUpload = { fileName: '', sizeBytes: 0, tooLarge: false };
    let writing: Promise<unknown> = Promise.resolve();
    parser.on('field', (name, value) => (body[name] = value));
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || upload.path) return void stream.resume();
      upload.fileName = info.filename ?? '';
      upload.path = join(folder, 'upload');
      stream.on('limit', () => (upload.tooLarge = true));
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          upload.sizeBytes += chunk.length;
          done(null, chunk);
        },
      });
      writing = pipeline(stream, counter, createWriteStream(upload.path));
    });
    parser.on('close', () => {
      writing.then(
        () => {
          req.body = body;
          (req as WithUpload).evidenceUpload = upload;
          next();
        },
        (error: Error) => next(error),
      );
    });
    parser.on('error', (error: Error) => next(error));
    req.pipe(parser);
  }, next);
}

/** A provider's evidence files on a checklist item: upload (works without JavaScript), download, remove. */
@Controller()
export class ProviderEvidenceController {
  constructor(private readonly api: ApiClient) {}

  @Post('your-business/:enterpriseId/to-do/:itemId/evidence')
  @SignedIn('PROVIDER')
  @Redirect()
  async upload(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('itemId') itemId: string,
  ): Promise<RedirectTo> {
    const back = itemPage(enterpriseId, itemId);
    const refuse = (message: string) =>
      rejectForm(req, `evidence-${itemId}`, {}, fieldErrors({ [FILE_ID]: message }), back);
    const upload = (req as WithUpload).evidenceUpload;
    if (!upload?.path || (!upload.fileName && upload.sizeBytes === 0))
      return refuse(EVIDENCE_MISSING_PROBLEM);
    if (upload.tooLarge) return refuse(EVIDENCE_TOO_LARGE_PROBLEM);
    if (upload.sizeBytes === 0) return refuse(EVIDENCE_EMPTY_PROBLEM);
    const file = await openAsBlob(upload.path);
    const answer = await this.api.upload(
      req,
      `/checklist-items/${encodeURIComponent(itemId)}/evidence`,
      () => {
        const form = new FormData();
        form.append('file', file, upload.fileName || 'evidence');
        return form;
      },
    );
    if (!answer.ok) return refuse(answer.message);
    session(req).setFlash({
      success: true,
      title: 'File uploaded',
      text: 'Your Catalyst can see it when they check this item.',
    });
    return redirectTo(back);
  }

  @Get('your-business/:enterpriseId/evidence/:fileId')
  @SignedIn('PROVIDER')
  async download(@Req() req: Request, @Res() res: Response, @Param('fileId') fileId: string): Promise<void> {
    await this.api.streamTo(req, `/evidence/${encodeURIComponent(fileId)}`, res);
  }

  @Post('your-business/:enterpriseId/to-do/:itemId/evidence/:fileId/remove')
  @SignedIn('PROVIDER')
  @Redirect()
  async remove(
    @Req() req: Request,
    @Param('enterpriseId') enterpriseId: string,
    @Param('itemId') itemId: string,
    @Param('fileId') fileId: string,
  ): Promise<RedirectTo> {
    const back = itemPage(enterpriseId, itemId);
    const answer = await this.api.remove(req, `/evidence/${encodeURIComponent(fileId)}`);
    if (!answer.ok)
      return rejectForm(req, `evidence-${itemId}`, {}, fieldErrors({ [FILE_ID]: answer.message }), back);
    session(req).setFlash({ success: true, title: 'File removed' });
    return redirectTo(back);
  }
}

function itemPage(enterpriseId: string, itemId: string): string {
  return `${BUSINESS}/${encodeURIComponent(enterpriseId)}/to-do/${encodeURIComponent(itemId)}`;
}
