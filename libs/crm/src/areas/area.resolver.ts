import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InvitationType, InviteUserInput } from '@small-places/identity';
import { Allow, Ctx, Permission, RequestContext } from '@small-places/platform';
import { AreaType, CreateAreaInput } from './area.dto';
import { AreaService } from './area.service';

@Resolver(() => AreaType)
export class AreaResolver {
  constructor(private readonly areaService: AreaService) {}

  @Mutation(() => AreaType)
  @Allow(Permission.Administer)
  createArea(@Ctx() ctx: RequestContext, @Args('input') input: CreateAreaInput) {
    return this.areaService.create(ctx, input);
  }

  @Query(() => [AreaType], { description: 'Admins see every Area, Catalysts their own.' })
  @Allow(Permission.Authenticated)
  areas(@Ctx() ctx: RequestContext) {
    return this.areaService.list(ctx);
  }

  @Mutation(() => InvitationType, {
    description: 'Admin invites a CATALYST (with areaIds) or an ADMIN by email.',
  })
  @Allow(Permission.Administer)
  inviteUser(@Ctx() ctx: RequestContext, @Args('input') input: InviteUserInput) {
    return this.areaService.inviteStaff(ctx, input);
  }
}
