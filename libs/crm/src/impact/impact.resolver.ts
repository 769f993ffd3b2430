import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, LocalDateScalar, Permission, RequestContext } from '@small-places/platform';
import { ImpactFigureType, ImpactReportType } from '../dto/crm.types';
import { ImpactReport, impactFigures, ImpactService } from './impact.service';

@Resolver(() => ImpactReportType)
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

  @ResolveField(() => [ImpactFigureType])
  figures(@Parent() report: ImpactReport) {
    return impactFigures(report);
  }
}
