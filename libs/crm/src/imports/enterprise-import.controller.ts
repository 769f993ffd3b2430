import {
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  Post,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Allow, Ctx, Permission, RequestContext } from '@small-places/platform';
import { Request, Response } from 'express';
import { EnterpriseImportService } from './enterprise-import.service';
import { importTemplateCsv } from './import-template';
import { MAX_IMPORT_BYTES } from './spreadsheet-reader';
import { UploadTooLargeFilter } from './upload-too-large.filter';

interface UploadedSpreadsheet {
  originalname: string;
  buffer: Buffer;
}

const yes = (value: unknown) =>
  typeof value === 'string' && ['true', 'on', 'yes', '1'].includes(value.toLowerCase());

/** Caseload import uploads, the template, and the rejected rows of an import (docs/imports.md). */
@Controller()
export class EnterpriseImportController {
  constructor(private readonly imports: EnterpriseImportService) {}

  /** 202 { id }: the file is read and checked now, the rows are imported (or previewed) by the worker. */
  @Post('areas/:areaId/enterprise-imports')
  @Allow(Permission.Authenticated)
  @HttpCode(202)
  @UseFilters(UploadTooLargeFilter)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10 } }))
  upload(
    @Ctx() ctx: RequestContext,
    @Param('areaId') areaId: string,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Req() request: Request,
  ): Promise<{ id: string }> {
    const body = (request.body ?? {}) as Record<string, unknown>;
    return this.imports.upload(
      ctx,
      areaId,
      file ? { name: file.originalname, bytes: file.buffer } : undefined,
      {
        dryRun: yes(body.dryRun),
        sendInvitations: yes(body.sendInvitations),
        createPossibleDuplicates: yes(body.createPossibleDuplicates),
        sheet: typeof body.sheet === 'string' && body.sheet.trim() ? body.sheet.slice(0, 100) : undefined,
      },
    );
  }

  @Get('enterprise-import-template.csv')
  @Allow(Permission.Public)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="enterprise-import-template.csv"')
  template(): string {
    return importTemplateCsv();
  }

  @Get('enterprise-imports/:id/rejected-rows.csv')
  @Allow(Permission.Authenticated)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async rejectedRows(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const { fileName, csv } = await this.imports.rejectedCsv(ctx, id);
    response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    return csv;
  }
}
