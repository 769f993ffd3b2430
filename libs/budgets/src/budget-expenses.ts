import { Injectable } from '@nestjs/common';
import { AuditService, badInput, Database, londonDate, RequestContext } from '@small-places/platform';
import { BudgetAccessCheck } from './budget-access-check';
import { BudgetOverview } from './budget-overview';
import { RecordExpenseInput } from './dto/budget.inputs';
import { PersonalBudgetType } from './dto/budget.types';
import { BudgetLedger } from './ledger/budget-ledger';
import { LedgerKind } from './ledger/ledger-kind';
import { PeriodCover } from './ledger/period-cover';

/** Money a holder or delegate spent outside the marketplace, recorded against the budget. */
@Injectable()
export class BudgetExpenses {
  constructor(
    private readonly db: Database,
    private readonly budgets: BudgetAccessCheck,
    private readonly overview: BudgetOverview,
    private readonly ledger: BudgetLedger,
    private readonly cover: PeriodCover,
    private readonly audit: AuditService,
  ) {}

  /**
   * Money spent outside the marketplace. Refused (BAD_USER_INPUT) when dated in the future or before the
   * budget, or paid to a close relative in the household without the council's approval reference (Care and
   * Support (Direct Payments) Regulations 2014); CONFLICT when the budget cannot cover it.
   */
  async recordExpense(ctx: RequestContext, input: RecordExpenseInput): Promise<PersonalBudgetType> {
    const today = londonDate(ctx.now);
    if (input.spentOn > today) {
      throw badInput('An expense can only be recorded once it has been paid.', {
        spentOn: ['is in the future'],
      });
    }
    if (input.paidToCloseRelative && !input.councilApprovalReference) {
      throw badInput(
        'Paying a close relative who lives with you needs the council’s written approval. Enter the reference from their letter.',
        { councilApprovalReference: ['is needed when paying a close relative in the same household'] },
      );
    }
    return this.db.transaction(async (tx) => {
      const { budget, role } = await this.budgets.requireBudgetAccess(tx, ctx, input.budgetId);
      await this.ledger.ensurePeriods(tx, budget, today);
      const period = await this.cover.lockPeriodFor(tx, budget, input.spentOn, 'An expense');
      this.cover.requireCover(period, input.amountPence, 'this expense');
      const expense = await this.ledger.insert(tx, {
        budgetId: budget.id,
        periodId: period.periodId,
        kind: LedgerKind.EXPENSE,
        amountPence: -input.amountPence,
        occurredOn: input.spentOn,
        payee: input.payee,
        description: input.description,
        receiptReference: input.receiptReference,
        paidToCloseRelative: input.paidToCloseRelative ?? false,
        approvalReference: input.councilApprovalReference ?? null,
        createdBy: ctx.signedIn.id,
      });
      await this.audit.record(tx, ctx, {
        action: 'EXPENSE_RECORDED',
        recordType: 'LedgerEntry',
        recordId: expense.id,
        subjectUserId: budget.holderId,
        detail: { budgetId: budget.id, role, paidToCloseRelative: input.paidToCloseRelative ?? false },
      });
      return this.overview.present(tx, budget, role, today);
    });
  }
}
