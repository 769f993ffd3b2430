export { BudgetsModule } from './budgets.module';
export { BudgetsCoreModule } from './budgets-core.module';
export {
  BudgetService,
  BudgetAccess,
  CommitToBudget,
  PROVIDER_SIDE_REFUSAL,
  SettleOptions,
} from './budget.service';
export { BudgetRole } from './dto/budget.types';
export { LedgerKind } from './ledger/ledger-kind';
export { LedgerEntry } from './entities/ledger-entry.entity';
export { PersonalBudget } from './entities/personal-budget.entity';
export { ReceiptReferences, ReceiptReferenceSource } from './statement/receipt-references';
export { statementCsv } from './statement/statement-csv';
export { BudgetStatementType } from './dto/budget.types';
