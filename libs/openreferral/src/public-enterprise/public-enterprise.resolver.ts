import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@small-places/platform';
import { MapPointType, PublicEnterpriseType } from './public-enterprise.types';
import { PublicEnterpriseService } from './public-enterprise.service';

@Resolver(() => PublicEnterpriseType)
export class PublicEnterpriseResolver {
  constructor(private readonly enterprises: PublicEnterpriseService) {}

  @Query(() => PublicEnterpriseType, {
    description:
      'Public for an enterprise with a published, verified listing: what it does, where, its checks. Before that, ' +
      'only its members and Catalysts may preview it; to anyone else it does not exist (NOT_FOUND).',
  })
  @Allow(Permission.Public)
  publicEnterprise(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.enterprises.get(ctx, id);
  }

  @Query(() => [MapPointType], {
    description:
      'Public. The centres of postcode districts (at most 100), for map markers; unknown ones are left out.',
  })
  @Allow(Permission.Public)
  districtCentres(@Args('districts', { type: () => [String] }) districts: string[]) {
    return this.enterprises.districtCentres(districts);
  }
}
