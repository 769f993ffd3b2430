import { Controller, Delete, Get, HttpCode, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { Allow, Ctx, Permission, RequestContext, UploadTooLargeFilter } from '@small-places/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EVIDENCE_TOO_LARGE_PROBLEM } from '../evidence-rules';
import { EvidenceFiles, EvidenceFileView } from './evidence-files';

/** Evidence files over REST with the bearer token (contract: "Evidence"; docs/compliance.md). */
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceFiles) {}

  /** multipart/form-data, one field "file": 201 { id, fileName, contentType, sizeBytes }. */
  @Post('checklist-items/:itemId/evidence')
  @Allow(Permission.Authenticated)
  @HttpCode(201)
  @UseFilters(new UploadTooLargeFilter(EVIDENCE_TOO_LARGE_PROBLEM))
  upload(
    @Ctx() ctx: RequestContext,
    @Param('itemId') itemId: string,
    @Req() request: FastifyRequest,
  ): Promise<EvidenceFileView> {
    return this.evidence.upload(ctx, itemId, request.raw);
  }

  /** The file as an attachment, streamed; 404 to anyone who may not see it. */
  @Get('evidence/:id')
  @Allow(Permission.Authenticated)
  async download(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Res() response: FastifyReply,
  ): Promise<void> {
    const { file, body } = await this.evidence.download(ctx, id);
    // Fastify streams the body, and ends it if the client goes away mid-download.
    await response
      .status(200)
      .headers({
        'Content-Type': file.contentType,
        'Content-Length': String(file.sizeBytes),
        'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      })
      .send(body);
  }

  /** Its uploader, until the item is checked: 200 with what was removed. */
  @Delete('evidence/:id')
  @Allow(Permission.Authenticated)
  remove(@Ctx() ctx: RequestContext, @Param('id') id: string): Promise<EvidenceFileView> {
    return this.evidence.remove(ctx, id);
  }
}
