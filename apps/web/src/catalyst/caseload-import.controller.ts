import { Body, Controller, Get, Param, Post, Query, Redirect, Render, Req, Res } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import { SignedIn } from '../platform/access';
import { ApiClient, sendDownload } from '../platform/api-client';
import { PageNotFound } from '../platform/api-errors';
import { errorsFromProblem, fieldErrors } from '../platform/form-errors';
import { formState, redirectTo, RedirectTo, rejectForm, textField } from '../platform/forms';
import { STAGES } from './catalyst-words';
import { AREAS } from './catalyst.operations';
import { IMPORT_FIELDS, IMPORT_REPORT, MATCH_COLUMNS, RUN_IMPORT } from './caseload-import.operations';
import type { ImportField } from '../generated/graphql';

/** The API takes 20 MB; the website reads the same into memory to pass it on, and no more. */
/** How often the progress page reloads itself while an import runs. */
const REFRESH_SECONDS = 3;
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const readUpload = multer({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } }).single('file');

/**
 * Runs before the guards, so the CSRF check can read the multipart form's token. A file over the limit is
 * not an error page: the upload form says so.
 */
export function caseloadUploadMiddleware(req: Request, res: Response, next: NextFunction): void {
  readUpload(req, res, (error: unknown) => {
    if ((error as { code?: string } | undefined)?.code === 'LIMIT_FILE_SIZE') {
      (req as Request & { uploadTooLarge?: boolean }).uploadTooLarge = true;
      req.body ??= {};
      return next();
    }
    next(error as Error | undefined);
  });
}

/** Import a caseload spreadsheet (upload, matching, preview, run with progress, result) and export it. */
@Controller('caseload')
@SignedIn('CATALYST', 'ADMIN')
export class CaseloadImportController {
  constructor(private readonly api: ApiClient) {}

  @Get('import')
  @Render('catalyst/views/import-upload.njk')
  async uploadForm(@Req() req: Request) {
    const { areas } = await this.api.query(req, AREAS);
    const { values, errors } = formState(req, 'caseload-import');
    return { areas, values, errors, stages: STAGES };
  }

  @Post('import')
  @Redirect()
  async upload(@Req() req: Request, @Body() body: unknown): Promise<RedirectTo> {
    const areaId = textField(body, 'area');
    const file = (req as Request & { file?: { originalname: string; buffer: Buffer } }).file;
    const refuse = (field: string, message: string) =>
      rejectForm(req, 'caseload-import', body, fieldErrors({ [field]: message }), '/caseload/import');
    if (!areaId) return refuse('area', 'Choose the Area these enterprises belong to.');
    if ((req as Request & { uploadTooLarge?: boolean }).uploadTooLarge)
      return refuse('file', 'The file is larger than 20 MB. Split it into smaller files and upload each.');
    if (!file || file.buffer.length === 0) return refuse('file', 'Choose the spreadsheet to upload.');
    const sheet = textField(body, 'sheet');
    const answer = await this.api.upload(
      req,
      `/areas/${encodeURIComponent(areaId)}/enterprise-imports`,
      () => {
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(file.buffer)]), file.originalname || 'upload');
        form.append('dryRun', 'true');
        if (sheet) form.append('sheet', sheet);
        return form;
      },
    );
    if (!answer.ok) return refuse('file', answer.message);
    return redirectTo(`/caseload/import/${answer.id}`);
  }

  @Get('import/:id')
  @Render('catalyst/views/import-status.njk')
  async status(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Param('id') id: string,
    @Query('updating') updating: unknown,
  ) {
    const { enterpriseImport: report } = await this.api.query(req, IMPORT_REPORT, { id });
    const working = report.status === 'QUEUED' || report.status === 'RUNNING';
    // The page reloads itself while the worker runs (no JavaScript needed); "Stop updating" turns that off.
    const autoUpdate = working && updating !== 'no';
    if (autoUpdate) res.setHeader('Refresh', String(REFRESH_SECONDS));
    const { errors } = formState(req, 'caseload-import-run');
    return {
      report,
      errors,
      working,
      autoUpdate,
      refreshSeconds: REFRESH_SECONDS,
      percent: report.rowsTotal ? Math.floor((report.rowsDone / report.rowsTotal) * 100) : 0,
      unmatched: report.columns.filter((column) => !column.field).map((column) => column.header),
    };
  }

  @Get('import/:id/columns')
  @Render('catalyst/views/import-columns.njk')
  async columnsForm(@Req() req: Request, @Param('id') id: string) {
    const { enterpriseImport: report } = await this.api.query(req, IMPORT_REPORT, { id });
    const { enterpriseImportFields: fields } = await this.api.query(req, IMPORT_FIELDS);
    const { errors } = formState(req, 'caseload-import-columns');
    return { report, fields, errors };
  }

  @Post('import/:id/columns')
  @Redirect()
  async matchColumns(
    @Req() req: Request,
    @Param('id') id: string,
    @Body() body: unknown,
  ): Promise<RedirectTo> {
    const { enterpriseImport: report } = await this.api.query(req, IMPORT_REPORT, { id });
    const columns = report.columns.map((column, index) => ({
      header: column.header,
      field: (textField(body, `column${index}`) || null) as ImportField | null,
    }));
    const answer = await this.api.mutate(req, MATCH_COLUMNS, { input: { importId: id, columns } });
    if (!answer.ok) {
      return rejectForm(
        req,
        'caseload-import-columns',
        body,
        errorsFromProblem(answer.problem, 'column0'),
        `/caseload/import/${id}/columns`,
      );
    }
    return redirectTo(`/caseload/import/${id}`);
  }

  @Post('import/:id/run')
  @Redirect()
  async run(@Req() req: Request, @Param('id') id: string, @Body() body: unknown): Promise<RedirectTo> {
    const choices = ([] as unknown[]).concat((body as Record<string, unknown>)?.choices ?? []);
    const answer = await this.api.mutate(req, RUN_IMPORT, {
      input: {
        importId: id,
        sendInvitations: choices.includes('sendInvitations'),
        createPossibleDuplicates: choices.includes('createPossibleDuplicates'),
      },
    });
    if (!answer.ok) {
      return rejectForm(
        req,
        'caseload-import-run',
        body,
        errorsFromProblem(answer.problem, 'choices'),
        `/caseload/import/${id}`,
      );
    }
    return redirectTo(`/caseload/import/${id}`);
  }

  @Get('import/:id/rejected-rows.csv')
  async rejectedRows(@Req() req: Request, @Res() res: Response, @Param('id') id: string) {
    const download = await this.api.download(
      req,
      `/enterprise-imports/${encodeURIComponent(id)}/rejected-rows.csv`,
    );
    sendDownload(res, download, 'attachment; filename="rejected-rows.csv"');
  }

  @Get('import-template.csv')
  async template(@Req() req: Request, @Res() res: Response) {
    const download = await this.api.download(req, '/enterprise-import-template.csv');
    res
      .status(download.status)
      .type(download.contentType)
      .set('content-disposition', 'attachment; filename="enterprise-import-template.csv"')
      .send(download.body);
  }

  /** The caseload of one Area, with the caseload page's stage filter, as CSV or Excel. */
  @Get('export.:format')
  async export(
    @Req() req: Request,
    @Res() res: Response,
    @Param('format') format: string,
    @Query() query: Record<string, unknown>,
  ) {
    const area = typeof query.area === 'string' ? query.area : '';
    const stage = typeof query.stage === 'string' && STAGES[query.stage] ? query.stage : '';
    if (!area || (format !== 'csv' && format !== 'xlsx')) throw new PageNotFound();
    const download = await this.api.download(
      req,
      `/areas/${encodeURIComponent(area)}/enterprises.${format}${stage ? `?stage=${stage}` : ''}`,
    );
    sendDownload(res, download, `attachment; filename="caseload.${format}"`);
  }
}
