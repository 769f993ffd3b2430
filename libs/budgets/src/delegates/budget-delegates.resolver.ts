import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@small-places/platform';
import { PersonalBudgetType } from '../dto/budget.types';
import { DelegateEmailArgs } from '../dto/delegate-email.args';
import { BudgetDelegatesService } from './budget-delegates.service';
import { BudgetDelegateType, DelegateInvitationType } from './delegate.types';

/** The holder's control of who acts for a budget; BudgetDelegatesService checks the holder grant. */
@Resolver(() => PersonalBudgetType)
export class BudgetDelegatesResolver {
  constructor(private readonly delegates: BudgetDelegatesService) {}

  @Mutation(() => DelegateInvitationType, {
    description:
      'The holder asks someone (family, a broker) to act for them on this budget only. Nothing is granted until they accept the emailed invitation.',
  })
  @Allow(Permission.Authenticated)
  inviteDelegate(@Ctx() ctx: RequestContext, @Args() { budgetId, email }: DelegateEmailArgs) {
    return this.delegates.invite(ctx, budgetId, email);
  }

  @Query(() => [BudgetDelegateType], {
    description: 'The holder only: who acts for this budget, and invitations not yet accepted (INVITED).',
  })
  @Allow(Permission.Authenticated)
  budgetDelegates(@Ctx() ctx: RequestContext, @Args('budgetId', { type: () => ID }) budgetId: string) {
    return this.delegates.list(ctx, budgetId);
  }

  @Mutation(() => Boolean, {
    description:
      'The holder only: ends that person’s access to this budget at once, or cancels the open invitation. delegateId is an id from budgetDelegates.',
  })
  @Allow(Permission.Authenticated)
  removeDelegate(
    @Ctx() ctx: RequestContext,
    @Args('budgetId', { type: () => ID }) budgetId: string,
    @Args('delegateId', { type: () => ID }) delegateId: string,
  ) {
    return this.delegates.remove(ctx, budgetId, delegateId);
  }

  @ResolveField(() => String, { description: 'The name of the person whose budget this is.' })
  holderName(@Ctx() ctx: RequestContext, @Parent() budget: PersonalBudgetType) {
    return ctx
      .loader('budget-holder-names', (holderIds) => this.delegates.displayNames(holderIds), '')
      .load(budget.holderId);
  }
}
