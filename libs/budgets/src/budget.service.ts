import { Injectable } from '@nestjs/common';
import { AccessService, GrantKind } from '@small-places/identity';
import {
  addDays,
  AuditService,
  badInput,
  Clock,
  conflict,
  Database,
  daysBetween,
  DomainEvents,
  forbidden,
  isLocalDate,
  isUuid,
  londonDate,
  notFound,
  RequestContext,
  Role,
} from '@small-places/platform';
import { longDate, NotificationKind, NotificationService } from '@small-places/notifications';
import { EntityManager } from 'typeorm';
import { ReceiptReferenceRegistry } from './statement/receipt-references';
import { RecordExpenseInput, SetUpBudgetInput } from './dto/budget.inputs';
import {
  BudgetPeriodType,
  BudgetRole,
  BudgetStatementEntryType,
  BudgetStatementType,
  PersonalBudgetType,
} from './dto/budget.types';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { PersonalBudget } from './entities/personal-budget.entity';
import { poundsText, surplusOf } from './ledger/balance';
import { BudgetLedger, PeriodWithBalance } from './ledger/budget-ledger';
import { LedgerKind, movesCash } from './ledger/ledger-kind';
import { DEFAULT_PERIOD_DAYS } from './periods/period-maths';

/** What a booking asks of a budget when it is accepted. */
export interface CommitToBudget {
  budgetId: string;
  bookingId: string;
  /** The booking's cost, in pence (> 0). */
  amountPence: number;
  /** The day the commitment is made (the accept, Europe/London); it is charged to the period containing it. */
  on: string;
  /** Who accepted, for the ledger's created_by (the provider member); null for the system. */
  actorId?: string | null;
  /** Shown on the statement; default "Small Places booking". */
  payee?: string;
  description?: string;
}

export interface SettleOptions {
  /** The day of the release or payment (default today, Europe/London). */
  on?: string;
  actorId?: string | null;
  description?: string;
}

export interface BudgetAccess {
  budget: PersonalBudget;
  role: BudgetRole;
}

/** Budgets start at most six years back (the records councils keep) and at most a year ahead. */
const EARLIEST_START_DAYS = 6 * 366;
const LATEST_START_DAYS = 366;
const MAX_STATEMENT_DAYS = 7 * 366;
const BOOKING_PAYEE = 'Small Places booking';
/** What a provider is told when the holder's budget cannot cover a booking (PRODUCT.md §3.9). */
export const PROVIDER_SIDE_REFUSAL =
  'This booking cannot be accepted against the holder’s budget. Nothing has changed.';

/**
 * Personal budgets (PRODUCT.md §3.7, docs/budgets.md): set-up, periods that roll, the append-only ledger and
 * the balances derived from it, expenses and statements (delegates: delegates/budget-delegates.service.ts). Bookings call `commit`, `release` and
 * `settle` inside their own transaction.
 */
@Injectable()
export class BudgetService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
    private readonly ledger: BudgetLedger,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly receipts: ReceiptReferenceRegistry,
  ) {}

  // ---------- for the bookings context ----------

  /**
   * The object-level check for a budget: its holder or one of its delegates. NOT_FOUND for an unknown or
   * malformed id, FORBIDDEN for anyone else (Admins, Catalysts and providers included: budgets are personal).
   */
  async requireBudgetAccess(tx: EntityManager, ctx: RequestContext, budgetId: string): Promise<BudgetAccess> {
    const user = ctx.signedIn;
    const budget = isUuid(budgetId) ? await this.ledger.findBudget(tx, budgetId) : null;
    if (!budget) throw notFound('That budget');
    if (await this.access.hasGrant(tx, user.id, GrantKind.HolderOfBudget, budget.id)) {
      return { budget, role: BudgetRole.HOLDER };
    }
    if (await this.access.hasGrant(tx, user.id, GrantKind.DelegateOfBudget, budget.id)) {
      return { budget, role: BudgetRole.DELEGATE };
    }
    throw forbidden('You do not have access to this budget.');
  }

  /**
   * Sets aside a booking's cost in the period containing `on`. CONFLICT, with nothing written, when that
   * period (or a later one) cannot cover it. Safe under concurrency: it runs under the budget's latest-period
   * row lock. Committing the same booking again with the same amount returns the existing commitment.
   */
  async commit(tx: EntityManager, input: CommitToBudget): Promise<LedgerEntry> {
    if (!Number.isInteger(input.amountPence) || input.amountPence <= 0) {
      throw badInput('A booking charged to a budget must cost more than nothing.');
    }
    if (!isLocalDate(input.on)) throw new Error(`commit: "on" must be YYYY-MM-DD, got ${input.on}`);
    if (input.on > londonDate(this.clock.now())) {
      throw badInput('A booking can only be charged to a budget period that has begun.');
    }
    if (!isUuid(input.bookingId)) throw new Error(`commit: bookingId must be a uuid, got ${input.bookingId}`);
    const budget = isUuid(input.budgetId) ? await this.ledger.findBudget(tx, input.budgetId) : null;
    if (!budget) throw notFound('That budget');
    const period = await this.lockPeriodFor(tx, budget, input.on, 'A booking');
    // Looked for under the lock, so a booking accepted twice at once is committed once.
    const existing = await this.ledger.findCommitment(tx, input.bookingId);
    if (existing) {
      if (existing.budgetId === budget.id && existing.amountPence === -input.amountPence) return existing;
      throw conflict('This booking is already charged to a budget.');
    }
    // The provider accepts: their refusal says nothing of the holder's budget or balance.
    await this.requireCover(
      tx,
      budget,
      period.startsOn,
      input.amountPence,
      'this booking',
      PROVIDER_SIDE_REFUSAL,
    );
    return this.ledger.insert(tx, {
      budgetId: budget.id,
      periodId: period.periodId,
      kind: LedgerKind.COMMITMENT,
      amountPence: -input.amountPence,
      occurredOn: input.on,
      payee: input.payee ?? BOOKING_PAYEE,
      description: input.description ?? 'Booking accepted: money set aside',
      bookingId: input.bookingId,
      createdBy: input.actorId ?? null,
    });
  }

  /**
   * A cancelled or declined booking gives its money back. Returns null when the booking was never charged
   * to a budget; returns the earlier release when it was already released; CONFLICT when it was already paid.
   */
  async release(
    tx: EntityManager,
    bookingId: string,
    options: SettleOptions = {},
  ): Promise<LedgerEntry | null> {
    return this.close(tx, bookingId, LedgerKind.RELEASE, options);
  }

  /**
   * A completed booking: its commitment becomes a payment (in the commitment's period). Returns null when the
   * booking was never charged to a budget; returns the earlier payment when already paid; CONFLICT when it was
   * released.
   */
  async settle(
    tx: EntityManager,
    bookingId: string,
    options: SettleOptions = {},
  ): Promise<LedgerEntry | null> {
    return this.close(tx, bookingId, LedgerKind.PAYMENT, options);
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

  /**
   * The worker's reminder for a period starting on `startsOn` (BudgetReminders), inside the delivery
   * transaction: opens every period up to `today`, then tells the holder and the delegates what the period
   * holds and whether the money carried over is past the 8-week surplus line. False: no such period (the
   * budget's dates do not give one starting then), nothing to say.
   */
  async startPeriodAndTell(
    tx: EntityManager,
    budgetId: string,
    startsOn: string,
    today: string,
    dedupeKey: string,
  ): Promise<boolean> {
    const budget = await this.ledger.findBudget(tx, budgetId);
    if (!budget) return false;
    await this.ledger.ensurePeriods(tx, budget, today > startsOn ? today : startsOn);
    const period = (await this.ledger.balances(tx, budget.id)).find((p) => p.startsOn === startsOn);
    if (!period) return false;
    const surplus = surplusOf(period.carriedPence, budget.paymentPence, budget.periodDays);
    const flag = surplus.flagged
      ? ` You have ${poundsText(period.carriedPence)} left over from earlier periods: ${poundsText(
          surplus.surplusPence,
        )} more than 8 weeks of council payments (${poundsText(
          surplus.thresholdPence,
        )}). The council may ask for the extra back, so talk to them about it.`
      : '';
    await this.notifications.notify(tx, {
      userIds: [budget.holderId, ...(await this.access.holdersOf(tx, GrantKind.DelegateOfBudget, budget.id))],
      kind: NotificationKind.BUDGET_PERIOD_STARTED,
      title: `New budget period: ${budget.label}${surplus.flagged ? ' (more than 8 weeks left over)' : ''}`,
      body:
        `A new period of ${budget.label} runs from ${longDate(period.startsOn)} to ${longDate(period.endsOn)}. ` +
        `${poundsText(period.allocationPence)} was paid in, ${poundsText(period.carriedPence)} carried over, ` +
        `so ${poundsText(period.remainingPence)} is left to spend after what is already booked.${flag} ` +
        'See the statement in Small Places for every payment.',
      email: true,
      refId: budget.id,
      dedupeKey,
    });
    return true;
  }

  // ---------- for the API ----------

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
      const { budget, role } = await this.requireBudgetAccess(tx, ctx, budgetId);
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
      const { budget, role } = await this.requireBudgetAccess(tx, ctx, input.budgetId);
      await this.ledger.ensurePeriods(tx, budget, today);
      const period = await this.lockPeriodFor(tx, budget, input.spentOn, 'An expense');
      await this.requireCover(tx, budget, period.startsOn, input.amountPence, 'this expense');
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
      return this.present(tx, budget, role, today);
    });
  }

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
      const { budget, role } = await this.requireBudgetAccess(tx, ctx, budgetId);
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

  // ---------- inside ----------

  /**
   * Locks the budget's latest period (the lock every money-out write takes) and finds the period that
   * contains `on`, creating periods up to it first.
   */
  private async lockPeriodFor(
    tx: EntityManager,
    budget: PersonalBudget,
    on: string,
    what: string,
  ): Promise<PeriodWithBalance> {
    if (on < budget.startsOn) {
      throw badInput(`${what} cannot be dated before the budget starts on ${budget.startsOn}.`, {
        date: ['is before the budget starts'],
      });
    }
    await this.ledger.ensurePeriods(tx, budget, on);
    await this.ledger.lockLatestPeriod(tx, budget.id);
    const period = (await this.ledger.balances(tx, budget.id)).find(
      (candidate) => candidate.startsOn <= on && on <= candidate.endsOn,
    );
    if (!period) throw new Error(`No period of budget ${budget.id} contains ${on}`);
    return period;
  }

  /**
   * CONFLICT unless the period starting on `periodStartsOn`, and every later one (which inherit its balance),
   * keeps at least nothing remaining after spending `amountPence`. Call with the latest period locked.
   */
  private async requireCover(
    tx: EntityManager,
    budget: PersonalBudget,
    periodStartsOn: string,
    amountPence: number,
    what: string,
    refusal?: string,
  ): Promise<void> {
    const affected = (await this.ledger.balances(tx, budget.id)).filter((p) => p.startsOn >= periodStartsOn);
    const left = Math.min(...affected.map((p) => p.remainingPence));
    if (left < amountPence) {
      if (refusal) throw conflict(refusal);
      const period = affected[0];
      throw conflict(
        `There is not enough left in this budget to cover ${what}: it costs ${poundsText(amountPence)} and ${poundsText(
          Math.max(left, 0),
        )} is left in the period ${period.startsOn} to ${period.endsOn}. Nothing has been charged.`,
      );
    }
  }

  private async close(
    tx: EntityManager,
    bookingId: string,
    kind: LedgerKind.RELEASE | LedgerKind.PAYMENT,
    options: SettleOptions,
  ): Promise<LedgerEntry | null> {
    if (!isUuid(bookingId)) return null;
    const commitment = await this.ledger.lockCommitment(tx, bookingId);
    if (!commitment) return null;
    const settled = await this.ledger.findSettlement(tx, bookingId);
    if (settled) {
      if (settled.kind === kind) return settled;
      throw conflict(
        settled.kind === LedgerKind.PAYMENT
          ? 'This booking has already been paid from the budget, so its money cannot be released.'
          : 'This booking’s money has already been released, so it cannot be paid from the budget.',
      );
    }
    return this.ledger.insert(tx, {
      budgetId: commitment.budgetId,
      periodId: commitment.periodId,
      kind,
      amountPence: kind === LedgerKind.RELEASE ? -commitment.amountPence : commitment.amountPence,
      occurredOn: options.on ?? londonDate(this.clock.now()),
      payee: commitment.payee,
      description:
        options.description ??
        (kind === LedgerKind.RELEASE
          ? 'Booking cancelled or declined: money released'
          : 'Booking completed: paid'),
      bookingId,
      createdBy: options.actorId ?? null,
    });
  }

  private async present(
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
