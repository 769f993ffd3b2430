import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ComplianceStatus } from '@small-places/compliance';
import { Allow, badInput, Ctx, isUuid, londonDate, Permission, RequestContext } from '@small-places/platform';
import type { FastifyReply } from 'fastify';
import { PipelineStage } from '../pipeline/pipeline-stage';
import { CaseloadExportService, CaseloadFilter } from './caseload-export.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The caseload export, in the import's columns, with the same filters as the caseload page. */
@Controller('areas')
export class CaseloadExportController {
  constructor(private readonly exports: CaseloadExportService) {}

  @Get(':areaId/enterprises.csv')
  @Allow(Permission.Authenticated)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async csv(
    @Ctx() ctx: RequestContext,
    @Param('areaId') areaId: string,
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<string> {
    const csv = await this.exports.csv(ctx, areaId, filterOf(query));
    void response.header('Content-Disposition', `attachment; filename="caseload-${londonDate(ctx.now)}.csv"`);
    return csv;
  }

  @Get(':areaId/enterprises.xlsx')
  @Allow(Permission.Authenticated)
  async xlsx(
    @Ctx() ctx: RequestContext,
    @Param('areaId') areaId: string,
    @Query() query: Record<string, unknown>,
    @Res() response: FastifyReply,
  ): Promise<void> {
    const workbook = await this.exports.xlsx(ctx, areaId, filterOf(query));
    await response
      .status(200)
      .header('Content-Type', XLSX)
      .header('Content-Disposition', `attachment; filename="caseload-${londonDate(ctx.now)}.xlsx"`)
      .send(workbook);
  }
}

function filterOf(query: Record<string, unknown>): CaseloadFilter {
  const text = (name: string) => {
    const value = query[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string' || value.length > 100) throw badInput(`The ${name} filter is not valid.`);
    return value;
  };
  const filter: CaseloadFilter = {};
  const stage = text('stage');
  if (stage) {
    if (!(stage in PipelineStage)) throw badInput('Choose a pipeline stage such as ENQUIRY or TRADING.');
    filter.stage = stage as PipelineStage;
  }
  const status = text('complianceStatus');
  if (status) {
    if (!(status in ComplianceStatus)) throw badInput('Choose a compliance status such as OVERDUE.');
    filter.complianceStatus = status as ComplianceStatus;
  }
  const catalystId = text('catalystId');
  if (catalystId) {
    if (!isUuid(catalystId)) throw badInput('That Catalyst filter is not valid.');
    filter.catalystId = catalystId;
  }
  filter.search = text('search');
  return filter;
}
