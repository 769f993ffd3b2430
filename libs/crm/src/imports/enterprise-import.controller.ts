import { Controller, Get, Header, HttpCode, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import {
  Allow,
  Ctx,
  Permission,
  receiveOneFile,
  RequestContext,
  UploadTooLargeFilter,
} from '@small-places/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readFile } from 'node:fs/promises';
import { EnterpriseImportService } from './enterprise-import.service';
import { importTemplateCsv } from './import-template';
import { MAX_IMPORT_BYTES } from './spreadsheet-reader';

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
  @UseFilters(
    new UploadTooLargeFilter('The file is larger than 20 MB. Split it into smaller files and upload each.'),
  )
  async upload(
    @Ctx() ctx: RequestContext,
    @Param('areaId') areaId: string,
    @Req() request: FastifyRequest,
  ): Promise<{ id: string }> {
    const fields = new Map<string, string>();
    const incoming = await receiveOneFile(request.raw, 'file', MAX_IMPORT_BYTES, fields);
    try {
      const sheet = fields.get('sheet');
      return await this.imports.upload(
        ctx,
        areaId,
        incoming ? { name: incoming.clientName, bytes: await readFile(incoming.path) } : undefined,
        {
          dryRun: yes(fields.get('dryRun')),
          sendInvitations: yes(fields.get('sendInvitations')),
          createPossibleDuplicates: yes(fields.get('createPossibleDuplicates')),
          sheet: sheet?.trim() ? sheet.slice(0, 100) : undefined,
        },
      );
    } finally {
      await incoming?.discard();
    }
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
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<string> {
    const { fileName, csv } = await this.imports.rejectedCsv(ctx, id);
    void response.header('Content-Disposition', `attachment; filename="${fileName}"`);
    return csv;
  }
}
