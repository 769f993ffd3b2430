import { Injectable } from '@nestjs/common';
import { badInput, Clock, conflict, isLocalDate, isUuid, londonDate, notFound } from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { LedgerEntry } from './entities/ledger-entry.entity';
import { BudgetLedger } from './ledger/budget-ledger';
import { LedgerKind } from './ledger/ledger-kind';
import { PeriodCover } from './ledger/period-cover';

/** What a booking asks of a budget when it is accepted. */
export interface CommitToBudget {
  budgetId: string;
  bookingId: string;
  /** The booking's cost, in pence (> 0). */
  amountPence: number;
  /** The day the commitment is made (the accept, Europe/London); it is charged to the period containing it. */
  on: string;
  /** The caller's clock (ctx.now), so a transaction reads one clock; default the Clock's now. */
  now?: Date;
  /** Who accepted, for the ledger's created_by (the provider member); null for the system. */
  actorId?: string | null;
  /** Shown on the statement; default "Small Places booking". */
  payee?: string;
  description?: string;
}

export interface SettleOptions {
  /** The day of the release or payment (default the day of `now`, Europe/London). */
  on?: string;
  /** The caller's clock (ctx.now); default the Clock's now. */
  now?: Date;
  actorId?: string | null;
  description?: string;
}

const BOOKING_PAYEE = 'Small Places booking';
/** What a provider is told when the holder's budget cannot cover a booking (PRODUCT.md §3.9). */
export const PROVIDER_SIDE_REFUSAL =
  'This booking cannot be accepted against the holder’s budget. Nothing has changed.';

/**
 * The narrow port the bookings context calls, inside its own transaction: set a booking's cost aside when it
 * is accepted, release it when cancelled, pay it when delivered (PRODUCT.md §3.7, docs/budgets.md).
 */
@Injectable()
export class BudgetMoney {
  constructor(
    private readonly clock: Clock,
    private readonly ledger: BudgetLedger,
    private readonly cover: PeriodCover,
  ) {}

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
    if (input.on > londonDate(input.now ?? this.clock.now())) {
      throw badInput('A booking can only be charged to a budget period that has begun.');
    }
    if (!isUuid(input.bookingId)) throw new Error(`commit: bookingId must be a uuid, got ${input.bookingId}`);
    const budget = isUuid(input.budgetId) ? await this.ledger.findBudget(tx, input.budgetId) : null;
    if (!budget) throw notFound('That budget');
    const period = await this.cover.lockPeriodFor(tx, budget, input.on, 'A booking');
    // Looked for under the lock, so a booking accepted twice at once is committed once.
    const existing = await this.ledger.findCommitment(tx, input.bookingId);
    if (existing) {
      if (existing.budgetId === budget.id && existing.amountPence === -input.amountPence) return existing;
      throw conflict('This booking is already charged to a budget.');
    }
    // The provider accepts: their refusal says nothing of the holder's budget or balance.
    this.cover.requireCover(period, input.amountPence, 'this booking', PROVIDER_SIDE_REFUSAL);
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
   * A paid booking whose visit the provider withdrew (the holder disputed it): a REVERSAL takes its PAYMENT back,
   * in the payment's period, so the budget and statement no longer count it as spent. The payment is not
   * edited (the ledger is append-only). Returns null when the booking was never charged to a budget or was
   * not paid (released); returns the earlier reversal when already reversed.
   */
  async reverse(
    tx: EntityManager,
    bookingId: string,
    options: SettleOptions = {},
  ): Promise<LedgerEntry | null> {
    if (!isUuid(bookingId)) return null;
    // The commitment's lock makes settling, releasing and reversing one booking happen one at a time.
    const commitment = await this.ledger.lockCommitment(tx, bookingId);
    if (!commitment) return null;
    const payment = await this.ledger.findSettlement(tx, bookingId);
    if (payment?.kind !== LedgerKind.PAYMENT) return null;
    const reversed = await this.ledger.findReversal(tx, bookingId);
    if (reversed) return reversed;
    return this.ledger.insert(tx, {
      budgetId: payment.budgetId,
      periodId: payment.periodId,
      kind: LedgerKind.REVERSAL,
      amountPence: -payment.amountPence,
      // Never dated before the payment it takes back.
      occurredOn: [options.on ?? londonDate(options.now ?? this.clock.now()), payment.occurredOn].sort()[1],
      payee: payment.payee,
      description: options.description ?? 'Visit withdrawn by the provider: payment taken back',
      bookingId,
      createdBy: options.actorId ?? null,
    });
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
      occurredOn: options.on ?? londonDate(options.now ?? this.clock.now()),
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
}
