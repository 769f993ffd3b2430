import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InvitationType } from '@small-places/identity';
import { Allow, Ctx, Permission, RequestContext } from '@small-places/platform';
import { CatalystSummaryType, StaffInvitationType } from './staff.dto';
import { StaffService } from './staff.service';

@Resolver()
export class StaffResolver {
  constructor(private readonly staff: StaffService) {}

  @Query(() => [CatalystSummaryType], {
    description: 'Admin only: every Catalyst, by name, with their Areas.',
  })
  @Allow(Permission.Administer)
  catalysts() {
    return this.staff.catalysts();
  }

  @Query(() => [StaffInvitationType], {
    description:
      'Admin only: Catalyst and Admin invitations not accepted or revoked (run-out ones too), newest first.',
  })
  @Allow(Permission.Administer)
  staffInvitations(@Ctx() ctx: RequestContext) {
    return this.staff.openInvitations(ctx);
  }

  @Mutation(() => InvitationType, {
    description:
      'Admin only: emails a Catalyst or Admin invitation again with a new link for 7 days; the old link stops working. NOT_FOUND unless it is open.',
  })
  @Allow(Permission.Administer)
  resendStaffInvitation(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.staff.resend(ctx, id);
  }

  @Mutation(() => Boolean, {
    description:
      'Admin only: a Catalyst or Admin invitation’s link stops working. NOT_FOUND unless it is open.',
  })
  @Allow(Permission.Administer)
  revokeStaffInvitation(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.staff.revoke(ctx, id);
  }
}
