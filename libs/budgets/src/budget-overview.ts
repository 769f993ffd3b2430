import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import {
  addDays,
  AuditService,
  badInput,
  Database,
  forbidden,
  londonDate,
  RequestContext,
  Role,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { BudgetAccessCheck } from './budget-access-check';
import { SetUpBudgetInput } from './dto/budget.inputs';
import { BudgetPeriodType, BudgetRole, PersonalBudgetType } from './dto/budget.types';
import { PersonalBudget } from './entities/personal-budget.entity';
import { poundsText, surplusOf } from './ledger/balance';
import { BudgetLedger, PeriodWithBalance } from './ledger/budget-ledger';
import { DEFAULT_PERIOD_DAYS } from './periods/period-maths';

/** Budgets start at most six years back (the records councils keep) and at most a year ahead. */
const EARLIEST_START_DAYS = 6 * 366;
const LATEST_START_DAYS = 366;

/** Setting a budget up, and reading budgets with their periods rolled up to today and their balances. */
@Injectable()
export class BudgetOverview {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly budgets: BudgetAccessCheck,
    private readonly ledger: BudgetLedger,
    private readonly audit: AuditService,
  ) {}

  /** A budget holder records a personal budget or direct payment. */
  async setUp(ctx: RequestContext, input: SetUpBudgetInput): Promise<PersonalBudgetType> {
    const user = ctx.signedIn;
    if (!ctx.hasRole(Role.BUDGET_HOLDER)) {
      throw forbidden('Only budget holders can set up a personal budget. Delegates use the holder’s budget.');
    }
    const today = londonDate(ctx.now);
    if (
      input.startsOn < addDays(today, -EARLIEST_START_DAYS) ||
      input.startsOn > addDays(today, LATEST_START_DAYS)
    ) {
      throw badInput('The start date must be within the last six years and no more than a year from now.', {
        startsOn: ['is too far from today'],
      });
    }
    return this.db.transaction(async (tx) => {
      const budget = await this.ledger.createBudget(tx, {
        holderId: user.id,
        label: input.label,
        paymentPence: input.paymentPence,
        periodDays: input.periodDays ?? DEFAULT_PERIOD_DAYS,
        startsOn: input.startsOn,
        contributionPence: input.contributionPence ?? 0,
      });
      await this.access.grant(tx, user.id, GrantKind.HolderOfBudget, budget.id);
      await this.audit.record(tx, ctx, {
        action: 'BUDGET_SET_UP',
        recordType: 'PersonalBudget',
        recordId: budget.id,
        subjectUserId: user.id,
        detail: { fields: Object.keys(input).sort() },
      });
      await this.ledger.ensurePeriods(tx, budget, today);
      return this.present(tx, budget, BudgetRole.HOLDER, today);
    });
  }

  /** One budget with its periods rolled up to today and its balances. */
  async view(ctx: RequestContext, budgetId: string): Promise<PersonalBudgetType> {
    return this.db.transaction(async (tx) => {
      const { budget, role } = await this.budgets.requireBudgetAccess(tx, ctx, budgetId);
      const today = londonDate(ctx.now);
      await this.ledger.ensurePeriods(tx, budget, today);
      return this.present(tx, budget, role, today);
    });
  }

  /** The budgets the caller holds or acts for, oldest first. */
  async mine(ctx: RequestContext): Promise<PersonalBudgetType[]> {
    const user = ctx.signedIn;
    return this.db.transaction(async (tx) => {
      const held = new Set(await this.access.scopesOf(tx, user.id, GrantKind.HolderOfBudget));
      const delegated = await this.access.scopesOf(tx, user.id, GrantKind.DelegateOfBudget);
      const budgets = await this.ledger.findBudgets(tx, [...new Set([...held, ...delegated])]);
      const today = londonDate(ctx.now);
      const views: PersonalBudgetType[] = [];
      for (const budget of budgets) {
        await this.ledger.ensurePeriods(tx, budget, today);
        views.push(
          await this.present(
            tx,
            budget,
            held.has(budget.id) ? BudgetRole.HOLDER : BudgetRole.DELEGATE,
            today,
          ),
        );
      }
      return views;
    });
  }

  /**
   * The worker's daily job: every budget gets its periods up to `today`, one transaction per budget.
   * Idempotent; returns how many periods it opened.
   */
  async rollPeriods(today: string): Promise<number> {
    const due = await this.ledger.budgetsNeedingPeriods(this.db.manager, today);
    let opened = 0;
    for (const budget of due) {
      opened += await this.db.transaction((tx) => this.ledger.ensurePeriods(tx, budget, today));
    }
    return opened;
  }

  async present(
    tx: EntityManager,
    budget: PersonalBudget,
    role: BudgetRole,
    today: string,
  ): Promise<PersonalBudgetType> {
    const periods = await this.ledger.balances(tx, budget.id);
    const current = periods.find((period) => period.startsOn <= today && today <= period.endsOn) ?? null;
    const carried = current?.carriedPence ?? 0;
    const surplus = surplusOf(carried, budget.paymentPence, budget.periodDays);
    const toType = (period: PeriodWithBalance): BudgetPeriodType => ({
      id: period.periodId,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      allocationPence: period.allocationPence,
      carriedPence: period.carriedPence,
      committedPence: period.committedPence,
      spentPence: period.spentPence,
      remainingPence: period.remainingPence,
    });
    return {
      id: budget.id,
      holderId: budget.holderId,
      label: budget.label,
      paymentPence: budget.paymentPence,
      periodDays: budget.periodDays,
      startsOn: budget.startsOn,
      contributionPence: budget.contributionPence,
      myRole: role,
      currentPeriod: current ? toType(current) : null,
      carriedPence: carried,
      surplusFlag: surplus.flagged,
      surplusPence: surplus.surplusPence,
      surplusExplanation: surplus.flagged
        ? `You have ${poundsText(carried)} left over from earlier periods. That is ${poundsText(
            surplus.surplusPence,
          )} more than 8 weeks of council payments (${poundsText(
            surplus.thresholdPence,
          )}). The council may ask for the extra back, so talk to them about it.`
        : `Left over from earlier periods: ${poundsText(carried)}. Councils may ask for money back when this is more than 8 weeks of payments (${poundsText(
            surplus.thresholdPence,
          )}).`,
      periods: periods.map(toType).reverse(),
      createdAt: budget.createdAt,
    };
  }
}
