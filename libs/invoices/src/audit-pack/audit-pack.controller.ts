import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { Allow, Ctx, dateRangeParams, Permission, RequestContext } from '@small-places/platform';
import type { FastifyReply } from 'fastify';
import { PassThrough } from 'node:stream';
import { AuditPackService } from './audit-pack.service';

/**
 * GET /budgets/{id}/audit-pack.zip?from=&to=: the holder and delegates (401 anonymous, 403 others, 404 unknown,
 * 400 bad dates). Everything is checked and gathered first, so a refusal is a plain error, never half a zip.
 */
@Controller('budgets')
export class AuditPackController {
  constructor(private readonly packs: AuditPackService) {}

  @Get(':id/audit-pack.zip')
  @Allow(Permission.Authenticated)
  async download(
    @Ctx() ctx: RequestContext,
    @Param('id') budgetId: string,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Res() response: FastifyReply,
  ): Promise<void> {
    const range = dateRangeParams(from, to);
    const contents = await this.packs.gather(ctx, budgetId, range.from, range.to);
    const zip = new PassThrough();
    void response
      .header('Content-Type', 'application/zip')
      .header('Content-Disposition', `attachment; filename="audit-pack-${range.from}-to-${range.to}.zip"`)
      .send(zip);
    await this.packs.stream(contents, zip);
  }
}
