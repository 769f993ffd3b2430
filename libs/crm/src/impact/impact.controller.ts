import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import {
  Allow,
  Ctx,
  dateRangeParams,
  isUuid,
  notFound,
  Permission,
  RequestContext,
} from '@small-places/platform';
import type { FastifyReply } from 'fastify';
import { ImpactService } from './impact.service';

/** The impact report as CSV, with the same authorisation as the GraphQL query. */
@Controller('areas')
export class ImpactController {
  constructor(private readonly impact: ImpactService) {}

  @Get(':id/impact.csv')
  @Allow(Permission.Authenticated)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async csv(
    @Ctx() ctx: RequestContext,
    @Param('id') areaId: string,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Res({ passthrough: true }) response: FastifyReply,
  ): Promise<string> {
    if (!isUuid(areaId)) throw notFound('That Area');
    const range = dateRangeParams(from, to);
    const report = await this.impact.report(ctx, areaId, range.from, range.to);
    const name = await this.impact.areaName(areaId);
    void response.header(
      'Content-Disposition',
      `attachment; filename="impact-${range.from}-to-${range.to}.csv"`,
    );
    return this.impact.asCsv(name, report);
  }
}
