import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, LocalDateScalar, Permission, RequestContext } from '@small-places/platform';
import { RecordExpenseInput, SetUpBudgetInput } from './dto/budget.inputs';
import { BudgetStatementType, PersonalBudgetType } from './dto/budget.types';
import { BudgetExpenses } from './budget-expenses';
import { BudgetOverview } from './budget-overview';
import { BudgetStatements } from './statement/budget-statements';

/** Budget holders and their delegates; everyone else is refused by BudgetAccessCheck.requireBudgetAccess. */
@Resolver(() => PersonalBudgetType)
export class BudgetResolver {
  constructor(
    private readonly overview: BudgetOverview,
    private readonly expenses: BudgetExpenses,
    private readonly statements: BudgetStatements,
  ) {}

  @Mutation(() => PersonalBudgetType, {
    description: 'A budget holder records a personal budget or direct payment.',
  })
  @Allow(Permission.Authenticated)
  setUpBudget(@Ctx() ctx: RequestContext, @Args('input') input: SetUpBudgetInput) {
    return this.overview.setUp(ctx, input);
  }

  @Query(() => PersonalBudgetType, { description: 'Its holder or a delegate.' })
  @Allow(Permission.Authenticated)
  personalBudget(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.overview.view(ctx, id);
  }

  @Query(() => [PersonalBudgetType], { description: 'The budgets I hold or act for as a delegate.' })
  @Allow(Permission.Authenticated)
  myBudgets(@Ctx() ctx: RequestContext) {
    return this.overview.mine(ctx);
  }

  @Mutation(() => PersonalBudgetType, {
    description: 'Money spent outside Small Places (a personal assistant’s wages, say), with its receipt.',
  })
  @Allow(Permission.Authenticated)
  recordExpense(@Ctx() ctx: RequestContext, @Args('input') input: RecordExpenseInput) {
    return this.expenses.recordExpense(ctx, input);
  }

  @Query(() => BudgetStatementType, {
    description:
      'Holder or delegate. Every ledger entry from `from` to `to` with a running balance; also at GET /budgets/{id}/statement.csv.',
  })
  @Allow(Permission.Authenticated)
  budgetStatement(
    @Ctx() ctx: RequestContext,
    @Args('budgetId', { type: () => ID }) budgetId: string,
    @Args('from', { type: () => LocalDateScalar }) from: string,
    @Args('to', { type: () => LocalDateScalar }) to: string,
  ) {
    return this.statements.statement(ctx, budgetId, from, to);
  }
}
