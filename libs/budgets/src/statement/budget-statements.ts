import { Injectable } from '@nestjs/common';
import {
  AuditService,
  badInput,
  Database,
  daysBetween,
  isLocalDate,
  londonDate,
  RequestContext,
} from '@small-places/platform';
import { BudgetAccessCheck } from '../budget-access-check';
import { BudgetRole, BudgetStatementEntryType, BudgetStatementType } from '../dto/budget.types';
import { BudgetLedger } from '../ledger/budget-ledger';
import { LedgerKind, movesCash } from '../ledger/ledger-kind';
import { ReceiptReferenceRegistry } from './receipt-references';

const MAX_STATEMENT_DAYS = 7 * 366;

/** A budget's statement for a council auditor: every entry in a date range with the running balance. */
@Injectable()
export class BudgetStatements {
  constructor(
    private readonly db: Database,
    private readonly budgets: BudgetAccessCheck,
    private readonly ledger: BudgetLedger,
    private readonly audit: AuditService,
    private readonly receipts: ReceiptReferenceRegistry,
  ) {}

  /**
   * Every ledger entry dated from `from` to `to` (both included) with the money in the account after each.
   * A read by anyone but the holder (a delegate) is written to the audit trail in the same transaction.
   */
  async statement(
    ctx: RequestContext,
    budgetId: string,
    from: string,
    to: string,
  ): Promise<BudgetStatementType> {
    if (!isLocalDate(from) || !isLocalDate(to)) {
      throw badInput('Give from and to as YYYY-MM-DD.', {
        from: ['must be YYYY-MM-DD'],
        to: ['must be YYYY-MM-DD'],
      });
    }
    if (from > to)
      throw badInput('The statement must start on or before the day it ends.', { from: ['is after to'] });
    if (daysBetween(from, to) > MAX_STATEMENT_DAYS) {
      throw badInput('A statement covers at most seven years.', { to: ['is too far after from'] });
    }
    return this.db.transaction(async (tx) => {
      const { budget, role } = await this.budgets.requireBudgetAccess(tx, ctx, budgetId);
      await this.ledger.ensurePeriods(tx, budget, londonDate(ctx.now));
      const opening = await this.ledger.cashBalanceBefore(tx, budget.id, from);
      let balance = opening;
      const entries: BudgetStatementEntryType[] = (
        await this.ledger.entriesBetween(tx, budget.id, from, to)
      ).map((entry) => {
        if (movesCash(entry.kind)) balance += entry.amountPence;
        return {
          id: entry.id,
          occurredOn: entry.occurredOn,
          kind: entry.kind,
          payee: entry.payee,
          description: entry.description,
          amountPence: entry.amountPence,
          receiptReference: entry.receiptReference,
          bookingId: entry.bookingId,
          approvalReference: entry.approvalReference,
          balancePence: balance,
        };
      });
      // A booking's PAYMENT shows its invoice number and paid date (docs/invoices.md); the ledger is not edited.
      const receipts = await this.receipts.forBookings(
        tx,
        entries.flatMap((entry) =>
          entry.kind === LedgerKind.PAYMENT && entry.bookingId ? [entry.bookingId] : [],
        ),
      );
      for (const entry of entries) {
        if (entry.kind === LedgerKind.PAYMENT && entry.bookingId && receipts.has(entry.bookingId))
          entry.receiptReference ??= receipts.get(entry.bookingId)!;
      }
      if (role !== BudgetRole.HOLDER) {
        await this.audit.record(tx, ctx, {
          action: 'STATEMENT_READ',
          recordType: 'PersonalBudget',
          recordId: budget.id,
          subjectUserId: budget.holderId,
          detail: { from, to, role, entries: entries.length },
        });
      }
      return {
        budgetId: budget.id,
        label: budget.label,
        from,
        to,
        openingBalancePence: opening,
        closingBalancePence: balance,
        entries,
      };
    });
  }
}
