import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@small-places/identity';
import { NotificationsCoreModule } from '@small-places/notifications';
import { BudgetReminders } from './budget-reminders';
import { BudgetService } from './budget.service';
import { BudgetPeriod } from './entities/budget-period.entity';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { PersonalBudget } from './entities/personal-budget.entity';
import { BudgetLedger } from './ledger/budget-ledger';
import { ReceiptReferenceRegistry } from './statement/receipt-references';
import { DiscoveryModule } from '@nestjs/core';

/** Budgets without GraphQL or HTTP: for the worker (periods rolling over), bookings and the CLI. */
@Module({
  imports: [
    TypeOrmModule.forFeature([PersonalBudget, BudgetPeriod, LedgerEntry]),
    IdentityModule,
    NotificationsCoreModule,
    DiscoveryModule,
  ],
  providers: [BudgetLedger, BudgetService, BudgetReminders, ReceiptReferenceRegistry],
  exports: [BudgetService],
})
export class BudgetsCoreModule {}
