import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { Allow, Ctx, Permission, RequestContext } from '@small-places/platform';
import type { FastifyReply as Response, FastifyRequest as Request } from 'fastify';
import { sendFeedAnswer } from './feed-http';
import { pageParams, serviceAtLocationParams, serviceParams } from './feed-params';
import { OpenReferralService } from './open-referral.service';

type QueryParams = Record<string, unknown>;

/**
 * The Open Referral UK API, read-only and public (docs/openreferral.md). Each handler parses its parameters
 * (400 with a message when they are wrong) and sends JSON with an ETag; errors are JSON from the one filter.
 */
@Controller('openreferral')
export class OpenReferralController {
  constructor(private readonly feed: OpenReferralService) {}

  @Get()
  @Allow(Permission.Public)
  root(@Req() request: Request, @Res() response: Response): void {
    sendFeedAnswer(request, response, this.feed.root());
  }

  @Get('services')
  @Allow(Permission.Public)
  async services(
    @Ctx() ctx: RequestContext,
    @Query() query: QueryParams,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    sendFeedAnswer(request, response, await this.feed.services(serviceParams(query), ctx.now));
  }

  @Get('services/:id')
  @Allow(Permission.Public)
  async service(
    @Ctx() ctx: RequestContext,
    @Param('id') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    sendFeedAnswer(request, response, await this.feed.service(id, ctx.now), { singleResource: true });
  }

  @Get('taxonomies')
  @Allow(Permission.Public)
  taxonomies(@Query() query: QueryParams, @Req() request: Request, @Res() response: Response): void {
    sendFeedAnswer(request, response, this.feed.taxonomies(pageParams(query)));
  }

  @Get('taxonomy_terms')
  @Allow(Permission.Public)
  taxonomyTerms(@Query() query: QueryParams, @Req() request: Request, @Res() response: Response): void {
    const { taxonomyId } = serviceParams({ taxonomy_id: query.taxonomy_id });
    sendFeedAnswer(request, response, this.feed.taxonomyTerms(pageParams(query), taxonomyId));
  }

  @Get('service_at_locations')
  @Allow(Permission.Public)
  async serviceAtLocations(
    @Ctx() ctx: RequestContext,
    @Query() query: QueryParams,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    sendFeedAnswer(
      request,
      response,
      await this.feed.serviceAtLocations(serviceAtLocationParams(query), ctx.now),
    );
  }
}
