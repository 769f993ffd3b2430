import { Injectable } from '@nestjs/common';
import { BudgetMoney } from '@small-places/budgets';
import { AccessService, GrantKind } from '@small-places/identity';
import { NotificationKind, NotificationService } from '@small-places/notifications';
import {
  addDays,
  badInput,
  conflict,
  Database,
  daysBetween,
  DomainEvents,
  forbidden,
  isExclusionViolation,
  isUuid,
  londonDate,
  RequestContext,
} from '@small-places/platform';
import { EntityManager, In } from 'typeorm';
import { londonMoment, timeProblem } from '../booking-rules';
import { Booking, BookingStatus } from '../entities/booking.entity';
import { InvoicedBookingsRegistry } from './invoiced-bookings';
import { VisitConfirmation } from '../entities/visit-confirmation.entity';
import { toView, VisitRecords, VisitView } from './visit-records';

export type { VisitView };
import { CONFIRM_BY_DEFAULT_DAYS, DISPUTE_WINDOW_DAYS, VisitState } from './visit-state';

/**
 * PRODUCT.md §3.10: after the provider marks a booking delivered, the holder (or a delegate) confirms it
 * happened or disputes it with a reason; a dispute holds it out of invoicing until the provider corrects the
 * time or withdraws it; with no answer in 7 days the worker records it as confirmed by default.
 */
@Injectable()
export class VisitConfirmationService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly notifications: NotificationService,
    private readonly events: DomainEvents,
    private readonly invoicedBookings: InvoicedBookingsRegistry,
    private readonly records: VisitRecords,
    private readonly budgets: BudgetMoney,
  ) {}

  /** The holder or a delegate: happened=true confirms, happened=false disputes (reason required). */
  async confirm(ctx: RequestContext, bookingId: string, happened: boolean, reason?: string | null) {
    const trimmed = reason?.trim() ?? '';
    // A reason given must say something (one spelling of "no reason": leaving it out).
    if (reason !== null && reason !== undefined && trimmed.length === 0) {
      throw badInput('Say what went wrong in a few words, or leave the reason out.', {
        reason: ['is blank'],
      });
    }
    if (!happened && trimmed.length === 0) {
      throw badInput('Say what went wrong, in a few words: the provider is told.', {
        reason: ['is needed to dispute a visit'],
      });
    }
    if (trimmed.length > 1000)
      throw badInput('Keep the reason under 1,000 characters.', { reason: ['too long'] });
    return this.db.transaction(async (tx) => {
      const booking = await this.records.lockBooking(tx, bookingId);
      if (!(await this.records.isHolderSide(tx, ctx, booking))) {
        if (await this.records.isProviderSide(tx, ctx, booking)) {
          throw forbidden('The person supported (or their delegate) confirms a visit, not the provider.');
        }
        throw forbidden();
      }
      const visit = await this.records.visitOf(tx, booking);
      if (happened) {
        if (visit.state === VisitState.CONFIRMED) return booking;
        if (visit.state === VisitState.WITHDRAWN) throw conflict('The provider withdrew this visit.');
        await this.records.save(tx, booking, {
          state: VisitState.CONFIRMED,
          answeredById: ctx.signedIn.id,
          answeredAt: ctx.now,
        });
        await this.records.record(
          tx,
          ctx,
          booking,
          'VISIT_CONFIRMED',
          'Visit confirmed by the person supported',
        );
        return booking;
      }
      if (visit.state === VisitState.DISPUTED) throw conflict('This visit is already disputed.');
      if (visit.state === VisitState.WITHDRAWN) throw conflict('The provider withdrew this visit.');
      const delivered = londonDate(booking.completedAt!);
      if (daysBetween(delivered, londonDate(ctx.now)) > DISPUTE_WINDOW_DAYS) {
        throw conflict(
          `A visit can be disputed within ${DISPUTE_WINDOW_DAYS} days of being marked delivered (${delivered}). Talk to the provider.`,
        );
      }
      if ((await this.invoicedBookings.invoiced(tx, [booking.id])).size > 0) {
        throw conflict('This visit is already on an invoice: ask the provider for a credit note.');
      }
      await this.records.save(tx, booking, {
        state: VisitState.DISPUTED,
        answeredById: ctx.signedIn.id,
        answeredAt: ctx.now,
        disputeReason: trimmed,
        disputedAt: ctx.now,
      });
      await this.records.record(tx, ctx, booking, 'VISIT_DISPUTED', `Visit disputed: ${trimmed}`);
      const what = await this.records.describe(tx, booking);
      await this.notifications.notify(tx, {
        userIds: [
          ...(await this.access.holdersOf(tx, GrantKind.MemberOfEnterprise, booking.enterpriseId)),
          ...(await this.records.catalystOf(tx, booking.enterpriseId)),
        ],
        kind: NotificationKind.BOOKING_UPDATE,
        title: 'A visit was disputed',
        body: `The person supported says ${what} did not happen as recorded: "${trimmed}". It will not be invoiced until the provider corrects the time or withdraws it in Small Places.`,
        email: true,
        refId: booking.id,
      });
      return booking;
    });
  }

  /** The provider answers a dispute with the time it really took place; the holder is asked again. */
  async correctTime(ctx: RequestContext, bookingId: string, startsAt: Date, endsAt: Date) {
    // The request-time rules, less the ones about the future (a corrected visit is in the past).
    const problem = timeProblem(startsAt, endsAt, new Date(startsAt.getTime() - 1));
    if (problem) {
      throw badInput('Give a corrected start and end, in whole minutes, ending after it starts.', {
        endsAt: [problem],
      });
    }
    if (endsAt > ctx.now)
      throw badInput('The corrected visit must have ended already.', { endsAt: ['future'] });
    return this.db.transaction(async (tx) => {
      const booking = await this.disputedAsProvider(tx, ctx, bookingId);
      booking.startsAt = startsAt;
      booking.endsAt = endsAt;
      try {
        await tx.getRepository(Booking).save(booking);
      } catch (error) {
        if (isExclusionViolation(error)) {
          throw conflict('That time overlaps another booking of this service.');
        }
        throw error;
      }
      await this.records.save(tx, booking, {
        state: VisitState.AWAITING,
        awaitingSince: londonDate(ctx.now),
        providerAnswer: 'CORRECTED',
        providerAnsweredAt: ctx.now,
      });
      await this.records.record(tx, ctx, booking, 'VISIT_CORRECTED', 'Visit time corrected by the provider');
      await this.records.tellHolderSide(
        tx,
        booking,
        'The provider corrected a visit',
        `The provider corrected the time of the visit you disputed: ${await this.records.describe(tx, booking)}. Please confirm it or dispute it again within ${CONFIRM_BY_DEFAULT_DAYS} days.`,
      );
      return booking;
    });
  }

  /**
   * The provider withdraws a disputed visit: it is never invoiced, and the budget's PAYMENT for it (written on
   * delivery) is taken back by a REVERSAL entry in the same transaction.
   */
  async withdraw(ctx: RequestContext, bookingId: string) {
    return this.db.transaction(async (tx) => {
      const booking = await this.disputedAsProvider(tx, ctx, bookingId);
      await this.records.save(tx, booking, {
        state: VisitState.WITHDRAWN,
        providerAnswer: 'WITHDRAWN',
        providerAnsweredAt: ctx.now,
      });
      await this.records.record(
        tx,
        ctx,
        booking,
        'VISIT_WITHDRAWN',
        'Disputed visit withdrawn by the provider',
      );
      const reversal = await this.budgets.reverse(tx, booking.id, {
        now: ctx.now,
        actorId: ctx.signedIn.id,
      });
      await this.records.tellHolderSide(
        tx,
        booking,
        'The provider withdrew a visit',
        `The provider withdrew the visit you disputed (${await this.records.describe(tx, booking)}). It will not be invoiced${reversal ? ', and its cost is back in your budget' : ''}.`,
      );
      return booking;
    });
  }

  /** For the Booking.visit field: null for bookings not (yet) delivered. */
  async views(ids: readonly string[]): Promise<Map<string, VisitView>> {
    const valid = ids.filter(isUuid);
    const tx = this.db.manager;
    const bookings = await tx
      .getRepository(Booking)
      .find({ where: { id: In(valid), status: BookingStatus.COMPLETED } });
    const rows = await tx.getRepository(VisitConfirmation).find({ where: { bookingId: In(valid) } });
    const byId = new Map(rows.map((row) => [row.bookingId, row]));
    return new Map(bookings.map((booking) => [booking.id, toView(booking, byId.get(booking.id))]));
  }

  /** Visit views of these bookings inside a transaction (invoices, the audit pack). */
  async viewsIn(tx: EntityManager, bookings: Booking[]): Promise<Map<string, VisitView>> {
    const rows = await tx
      .getRepository(VisitConfirmation)
      .find({ where: { bookingId: In(bookings.map((booking) => booking.id)) } });
    const byId = new Map(rows.map((row) => [row.bookingId, row]));
    return new Map(bookings.map((booking) => [booking.id, toView(booking, byId.get(booking.id))]));
  }

  // ---------- for the worker (VisitReminders), inside the delivery transaction ----------

  /** Locks a delivered booking still awaiting an answer since `since`; null when answered meanwhile. */
  async lockAwaiting(tx: EntityManager, bookingId: string, since: string): Promise<Booking | null> {
    const booking = await tx
      .getRepository(Booking)
      .findOne({ where: { id: bookingId }, lock: { mode: 'pessimistic_write' } });
    if (booking?.status !== BookingStatus.COMPLETED) return null;
    const visit = await this.records.visitOf(tx, booking);
    return visit.state === VisitState.AWAITING && visit.awaitingSince === since ? booking : null;
  }

  /** Seven days without an answer: confirmed by default, and both sides told (once, under `dedupeKey`). */
  async confirmByDefault(tx: EntityManager, booking: Booking, now: Date, dedupeKey: string): Promise<void> {
    await this.records.save(tx, booking, {
      state: VisitState.CONFIRMED_BY_DEFAULT,
      answeredById: null,
      answeredAt: now,
    });
    await this.events.publish(tx, {
      kind: 'VISIT_CONFIRMED_BY_DEFAULT',
      enterpriseId: booking.enterpriseId,
      occurredAt: now,
      actorId: null,
      summary: `Visit on ${londonMoment(booking.startsAt).date} confirmed by default (no answer in ${CONFIRM_BY_DEFAULT_DAYS} days)`,
      refId: booking.id,
    });
    const what = await this.records.describe(tx, booking);
    await this.records.tellHolderSide(
      tx,
      booking,
      'Visit counted as confirmed',
      `Nobody confirmed or disputed ${what} within ${CONFIRM_BY_DEFAULT_DAYS} days, so it counts as confirmed. If it did not happen, you can still dispute it within ${DISPUTE_WINDOW_DAYS} days of delivery.`,
      dedupeKey,
    );
    await this.notifications.notify(tx, {
      userIds: await this.access.holdersOf(tx, GrantKind.MemberOfEnterprise, booking.enterpriseId),
      kind: NotificationKind.BOOKING_UPDATE,
      title: 'Visit confirmed by default',
      body: `${what} was not confirmed or disputed within ${CONFIRM_BY_DEFAULT_DAYS} days, so it counts as confirmed and you can invoice it.`,
      email: true,
      refId: booking.id,
      dedupeKey,
    });
  }

  // ---------- inside ----------

  private async disputedAsProvider(tx: EntityManager, ctx: RequestContext, bookingId: string) {
    const booking = await this.records.lockBooking(tx, bookingId);
    if (!(await this.records.isProviderSide(tx, ctx, booking))) {
      throw forbidden('Only the people of the enterprise that delivered it can answer a dispute.');
    }
    const visit = await this.records.visitOf(tx, booking);
    if (visit.state !== VisitState.DISPUTED)
      throw conflict('Only a disputed visit can be corrected or withdrawn.');
    return booking;
  }
}

/** The London day a visit awaiting since `since` counts as confirmed by default. */
export function confirmedByDefaultOn(since: string): string {
  return addDays(since, CONFIRM_BY_DEFAULT_DAYS);
}
