import { Injectable } from '@nestjs/common';
import { BudgetMoney } from '@small-places/budgets';
import {
  conflict,
  Database,
  isExclusionViolation,
  isUuid,
  londonDate,
  notFound,
  RequestContext,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { BookingAccess } from './booking-access';
import {
  BookingAccepted,
  BookingCancelled,
  BookingCompleted,
  BookingDeclined,
  BookingHistory,
} from './booking-events';
import { BookingNotices } from './booking-notices';
import { londonMoment } from './booking-rules';
import { BookingSide } from './dto/booking.types';
import { Booking, BookingStatus } from './entities/booking.entity';

/**
 * What happens to a request after it is made: the provider accepts (the budget is charged) or declines, either
 * side cancels (the money is released), the provider marks it delivered (the money is paid).
 */
@Injectable()
export class BookingAnswers {
  constructor(
    private readonly db: Database,
    private readonly access: BookingAccess,
    private readonly budgets: BudgetMoney,
    private readonly history: BookingHistory,
    private readonly notices: BookingNotices,
  ) {}

  /** The provider accepts: the budget is charged and the time is held, or nothing changes (CONFLICT). */
  accept(ctx: RequestContext, id: string): Promise<Booking> {
    return this.db.transaction((tx) => this.acceptIn(tx, ctx, id));
  }

  /** Every still-requested occurrence of a series, all or none. */
  async acceptSeries(ctx: RequestContext, seriesId: string): Promise<Booking[]> {
    return this.db.transaction(async (tx) => {
      const occurrences = await this.requestedInSeries(tx, seriesId);
      const accepted: Booking[] = [];
      for (const occurrence of occurrences) accepted.push(await this.acceptIn(tx, ctx, occurrence.id));
      return accepted;
    });
  }

  async decline(ctx: RequestContext, id: string, reason: string): Promise<Booking> {
    return this.db.transaction((tx) => this.declineIn(tx, ctx, id, reason));
  }

  async declineSeries(ctx: RequestContext, seriesId: string, reason: string): Promise<Booking[]> {
    return this.db.transaction(async (tx) => {
      const occurrences = await this.requestedInSeries(tx, seriesId);
      const declined: Booking[] = [];
      for (const occurrence of occurrences)
        declined.push(await this.declineIn(tx, ctx, occurrence.id, reason));
      return declined;
    });
  }

  /** Either side, with a reason; an accepted booking's budget commitment is released. */
  async cancel(ctx: RequestContext, id: string, reason: string): Promise<Booking> {
    return this.db.transaction(async (tx) => {
      const { booking, side } = await this.access.eitherSide(tx, ctx, id, true);
      if (booking.status !== BookingStatus.REQUESTED && booking.status !== BookingStatus.ACCEPTED) {
        throw conflict(`This booking is ${booking.status.toLowerCase()}; it can no longer be cancelled.`);
      }
      if (booking.status === BookingStatus.ACCEPTED && booking.startsAt <= ctx.now) {
        throw conflict(
          'This booking has started, so it can no longer be cancelled. The provider marks it delivered; if it did not happen, say so when asked to confirm the visit.',
        );
      }
      if (booking.status === BookingStatus.ACCEPTED && booking.budgetId) {
        await this.budgets.release(tx, booking.id, { now: ctx.now, actorId: ctx.signedIn.id });
      }
      // A holder's reason is theirs: the enterprise timeline (read by Catalysts) does not copy it.
      const saved = await this.answer(
        tx,
        ctx,
        booking,
        BookingStatus.CANCELLED,
        reason,
        ctx.signedIn.id,
        side,
      );
      const listing = await this.notices.listingOf(tx, booking);
      const message = `${this.notices.describe(booking, listing)} was cancelled: ${reason}`;
      if (side === BookingSide.PROVIDER)
        await this.notices.tellHolder(tx, booking, 'Booking cancelled', message);
      else await this.notices.tellProvider(tx, booking, 'Booking cancelled', message);
      return saved;
    });
  }

  /** The provider marks an accepted booking delivered, once it has started; the commitment becomes a payment. */
  async complete(ctx: RequestContext, id: string): Promise<Booking> {
    return this.db.transaction(async (tx) => {
      const booking = await this.access.asProvider(tx, ctx, id);
      if (booking.status !== BookingStatus.ACCEPTED) {
        throw conflict(
          `Only an accepted booking can be completed; this one is ${booking.status.toLowerCase()}.`,
        );
      }
      if (booking.startsAt > ctx.now)
        throw conflict('A booking can be marked delivered once it has started.');
      if (booking.budgetId)
        await this.budgets.settle(tx, booking.id, { now: ctx.now, actorId: ctx.signedIn.id });
      booking.status = BookingStatus.COMPLETED;
      booking.completedAt = ctx.now;
      const saved = await tx.getRepository(Booking).save(booking);
      const listing = await this.notices.listingOf(tx, booking);
      await this.history.record(
        tx,
        ctx,
        saved,
        BookingCompleted,
        `Delivered: ${listing.title} on ${londonMoment(booking.startsAt).date}`,
      );
      await this.notices.tellHolder(
        tx,
        booking,
        'Support delivered',
        `${this.notices.describe(booking, listing)} is marked as delivered.`,
      );
      return saved;
    });
  }

  private async acceptIn(tx: EntityManager, ctx: RequestContext, id: string): Promise<Booking> {
    const booking = await this.access.asProvider(tx, ctx, id);
    this.assertAnswerable(booking, ctx.now);
    if (booking.startsAt <= ctx.now) {
      throw conflict('The time asked for has already begun, so this request can no longer be accepted.');
    }
    if (booking.budgetId) {
      await this.budgets.commit(tx, {
        budgetId: booking.budgetId,
        bookingId: booking.id,
        amountPence: booking.costPence,
        on: londonDate(ctx.now),
        now: ctx.now,
      });
    }
    booking.status = BookingStatus.ACCEPTED;
    booking.respondedAt = ctx.now;
    let saved: Booking;
    try {
      saved = await tx.getRepository(Booking).save(booking);
    } catch (error) {
      // The exclusion constraint refused an overlap; the whole transaction (budget commitment too) rolls back.
      if (isExclusionViolation(error)) {
        throw conflict('That time overlaps a booking you have already accepted.');
      }
      throw error;
    }
    const listing = await this.notices.listingOf(tx, booking);
    await this.history.record(
      tx,
      ctx,
      saved,
      BookingAccepted,
      `Booking accepted: ${listing.title} on ${londonMoment(booking.startsAt).date}`,
    );
    await this.notices.tellHolder(
      tx,
      booking,
      'Booking accepted',
      `${this.notices.describe(booking, listing)} is confirmed.`,
    );
    return saved;
  }

  private async declineIn(
    tx: EntityManager,
    ctx: RequestContext,
    id: string,
    reason: string,
  ): Promise<Booking> {
    const booking = await this.access.asProvider(tx, ctx, id);
    this.assertAnswerable(booking, ctx.now);
    const saved = await this.answer(tx, ctx, booking, BookingStatus.DECLINED, reason, null);
    const listing = await this.notices.listingOf(tx, booking);
    await this.notices.tellHolder(
      tx,
      booking,
      'Booking declined',
      `${this.notices.describe(booking, listing)} was declined: ${reason}`,
    );
    return saved;
  }

  private assertAnswerable(booking: Booking, now: Date): void {
    if (booking.status !== BookingStatus.REQUESTED) {
      throw conflict(`This booking is already ${booking.status.toLowerCase()}.`);
    }
    if (booking.expiresAt <= now) throw conflict('This request waited more than 48 hours and has expired.');
  }

  private async answer(
    tx: EntityManager,
    ctx: RequestContext,
    booking: Booking,
    status: BookingStatus.DECLINED | BookingStatus.CANCELLED,
    reason: string,
    cancelledById: string | null,
    writtenBy: BookingSide = BookingSide.PROVIDER,
  ): Promise<Booking> {
    booking.status = status;
    booking.answerReason = reason;
    booking.cancelledById = cancelledById;
    booking.respondedAt = ctx.now;
    const saved = await tx.getRepository(Booking).save(booking);
    const type = status === BookingStatus.DECLINED ? BookingDeclined : BookingCancelled;
    const summary =
      writtenBy === BookingSide.HOLDER
        ? `Booking ${status.toLowerCase()} by the person who booked`
        : `Booking ${status.toLowerCase()}: ${reason}`;
    await this.history.record(tx, ctx, saved, type, summary);
    return saved;
  }

  private async requestedInSeries(tx: EntityManager, seriesId: string): Promise<Booking[]> {
    const occurrences = isUuid(seriesId)
      ? await tx
          .getRepository(Booking)
          .find({ where: { seriesId, status: BookingStatus.REQUESTED }, order: { startsAt: 'ASC' } })
      : [];
    if (occurrences.length === 0) throw notFound('A series with requests to answer');
    return occurrences;
  }
}
