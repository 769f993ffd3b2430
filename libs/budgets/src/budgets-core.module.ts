import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityCoreModule } from '@small-places/identity';
import { NotificationsCoreModule } from '@small-places/notifications';
import { BudgetReminders } from './budget-reminders';
import { BudgetAccessCheck } from './budget-access-check';
import { BudgetExpenses } from './budget-expenses';
import { BudgetMoney } from './budget-money';
import { BudgetOverview } from './budget-overview';
import { PeriodCover } from './ledger/period-cover';
import { BudgetStatements } from './statement/budget-statements';
import { BudgetPeriod } from './entities/budget-period.entity';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { PersonalBudget } from './entities/personal-budget.entity';
import { BudgetLedger } from './ledger/budget-ledger';
import { ReceiptReferenceRegistry } from './statement/receipt-references';

/** Cut by use case; bookings use only BudgetAccessCheck and BudgetMoney. */
const USE_CASES = [BudgetAccessCheck, BudgetMoney, BudgetOverview, BudgetExpenses, BudgetStatements];

/** Budgets without GraphQL or HTTP: for the worker (periods rolling over), bookings and the CLI. */
@Module({
  imports: [
    TypeOrmModule.forFeature([PersonalBudget, BudgetPeriod, LedgerEntry]),
    IdentityCoreModule,
    NotificationsCoreModule,
  ],
  providers: [BudgetLedger, PeriodCover, ReceiptReferenceRegistry, ...USE_CASES, BudgetReminders],
  exports: USE_CASES,
})
export class BudgetsCoreModule {}
