import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, LocalDateScalar, Permission, RequestContext } from '@small-places/platform';
import { ImpactReportType } from '../dto/crm.types';
import { ImpactService } from './impact.service';

@Resolver()
export class ImpactResolver {
  constructor(private readonly impact: ImpactService) {}

  @Query(() => ImpactReportType, {
    description: 'Catalysts of the Area and Admins. Also at GET /areas/{id}/impact.csv.',
  })
  @Allow(Permission.Authenticated)
  impactReport(
    @Ctx() ctx: RequestContext,
    @Args('areaId', { type: () => ID }) areaId: string,
    @Args('from', { type: () => LocalDateScalar }) from: string,
    @Args('to', { type: () => LocalDateScalar }) to: string,
  ) {
    return this.impact.report(ctx, areaId, from, to);
  }
}
