import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@small-places/identity';
import { BudgetPersonalData } from './budget-personal-data';
import { BudgetResolver } from './budget.resolver';
import { BudgetService } from './budget.service';
import { BudgetPeriod } from './entities/budget-period.entity';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { PersonalBudget } from './entities/personal-budget.entity';
import { BudgetLedger } from './ledger/budget-ledger';
import { StatementController } from './statement/statement.controller';

@Module({
  imports: [TypeOrmModule.forFeature([PersonalBudget, BudgetPeriod, LedgerEntry]), IdentityModule],
  controllers: [StatementController],
  providers: [BudgetLedger, BudgetService, BudgetResolver, BudgetPersonalData],
  exports: [BudgetService],
})
export class BudgetsModule {}
