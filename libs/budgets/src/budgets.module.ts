import { Module } from '@nestjs/common';
import { IdentityModule } from '@small-places/identity';
import { BudgetPersonalData } from './budget-personal-data';
import { BudgetResolver } from './budget.resolver';
import { BudgetsCoreModule } from './budgets-core.module';
import { BudgetDelegatesResolver } from './delegates/budget-delegates.resolver';
import { BudgetDelegatesService } from './delegates/budget-delegates.service';
import { StatementController } from './statement/statement.controller';

/** The API's side of budgets: GraphQL operations and the statement CSV download. */
@Module({
  imports: [BudgetsCoreModule, IdentityModule],
  controllers: [StatementController],
  providers: [BudgetResolver, BudgetPersonalData, BudgetDelegatesService, BudgetDelegatesResolver],
  exports: [BudgetsCoreModule],
})
export class BudgetsModule {}
