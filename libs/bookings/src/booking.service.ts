import { Injectable } from '@nestjs/common';
import { BudgetService } from '@small-places/budgets';
import { AccessService, GrantKind } from '@small-places/identity';
import { BookableListing, ListingService } from '@small-places/marketplace';
import { NotificationKind, NotificationService } from '@small-places/notifications';
import {
  AuditService,
  badInput,
  conflict,
  Connection,
  Database,
  DomainEvents,
  forbidden,
  isUuid,
  londonDate,
  notFound,
  PageArgs,
  paginate,
  RequestContext,
  Role,
} from '@small-places/platform';
import { Brackets, EntityManager } from 'typeorm';
import {
  bookingCost,
  fitsAvailability,
  londonMoment,
  MAX_BOOKING_HOURS,
  sameLocalTimeWeeksLater,
  TimeProblem,
  latestBookableStart,
  timeProblem,
} from './booking-rules';
import { RequestBookingInput, RequestBookingSeriesInput } from './dto/booking.inputs';
import { BookingSide } from './dto/booking.types';
import { Booking, BookingMessage, BookingSeries, BookingStatus } from './entities';

/** PRODUCT.md §3.6: a request nobody answers expires after 48 hours. */
export const REQUEST_TTL_MS = 48 * 3_600_000;

const TIME_PROBLEMS: Record<TimeProblem, [string, string]> = {
  ENDS_BEFORE_START: ['The end must be after the start.', 'endsAt'],
  IN_THE_PAST: ['Choose a time in the future.', 'startsAt'],
  TOO_LONG: [`A booking can last at most ${MAX_BOOKING_HOURS} hours.`, 'endsAt'],
  NOT_WHOLE_MINUTES: ['Times are booked to the minute: leave out seconds.', 'startsAt'],
  TOO_FAR_AHEAD: ['Bookings can be made up to 2 years ahead. Choose an earlier date.', 'startsAt'],
};

/** The part of a listing its bookings' notifications show. */
interface ListingTitle {
  title: string;
}

interface Side {
  booking: Booking;
  side: BookingSide;
}

@Injectable()
export class BookingService {
  constructor(
    private readonly db: Database,
    private readonly access: AccessService,
    private readonly listings: ListingService,
    private readonly budgets: BudgetService,
    private readonly notifications: NotificationService,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
  ) {}

  /** A budget holder (or their delegate) asks for a time; the provider answers within 48 hours. */
  async request(ctx: RequestContext, input: RequestBookingInput): Promise<Booking> {
    return this.db.transaction(async (tx) => {
      const { listing, holderId } = await this.prepareRequest(tx, ctx, input);
      const booking = await this.insertRequest(
        tx,
        ctx,
        listing,
        holderId,
        input,
        input.startsAt,
        input.endsAt,
        null,
      );
      await this.tellProvider(tx, booking, 'New booking request', this.describe(booking, listing));
      return booking;
    });
  }

  /** The same time each week for N weeks, asked for (and answerable) as one series. */
  async requestSeries(
    ctx: RequestContext,
    input: RequestBookingSeriesInput,
  ): Promise<{ series: BookingSeries; bookings: Booking[] }> {
    return this.db.transaction(async (tx) => {
      const { listing, holderId } = await this.prepareRequest(tx, ctx, input);
      const series = await tx
        .getRepository(BookingSeries)
        .save(
          tx.getRepository(BookingSeries).create({ listingId: listing.id, holderId, weeks: input.weeks }),
        );
      const bookings: Booking[] = [];
      for (let week = 0; week < input.weeks; week += 1) {
        const startsAt = sameLocalTimeWeeksLater(input.startsAt, week);
        const endsAt = sameLocalTimeWeeksLater(input.endsAt, week);
        if (startsAt > latestBookableStart(ctx.now)) {
          throw badInput(`Week ${week + 1} is more than 2 years ahead. Choose fewer weeks.`, {
            weeks: ['reaches more than 2 years ahead'],
          });
        }
        if (!fitsAvailability(startsAt, endsAt, listing.slots)) {
          throw badInput(
            `Week ${week + 1} (${londonMoment(startsAt).date}) falls outside the times this service is offered.`,
            {
              weeks: ['reaches outside the availability'],
            },
          );
        }
        bookings.push(
          await this.insertRequest(tx, ctx, listing, holderId, input, startsAt, endsAt, series.id),
        );
      }
      await this.tellProvider(
        tx,
        bookings[0],
        'New weekly booking request',
        `${this.describe(bookings[0], listing)} Every week for ${input.weeks} weeks.`,
      );
      return { series, bookings };
    });
  }

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
      const { booking, side } = await this.eitherSide(tx, ctx, id, true);
      if (booking.status !== BookingStatus.REQUESTED && booking.status !== BookingStatus.ACCEPTED) {
        throw conflict(`This booking is ${booking.status.toLowerCase()}; it can no longer be cancelled.`);
      }
      if (booking.status === BookingStatus.ACCEPTED && booking.startsAt <= ctx.now) {
        throw conflict(
          'This booking has started, so it can no longer be cancelled. The provider marks it delivered; if it did not happen, say so when asked to confirm the visit.',
        );
      }
      if (booking.status === BookingStatus.ACCEPTED && booking.budgetId) {
        await this.budgets.release(tx, booking.id, { on: londonDate(ctx.now), actorId: ctx.signedIn.id });
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
      const listing = await this.listingOf(tx, booking);
      const message = `${this.describe(booking, listing)} was cancelled: ${reason}`;
      if (side === BookingSide.PROVIDER) await this.tellHolder(tx, booking, 'Booking cancelled', message);
      else await this.tellProvider(tx, booking, 'Booking cancelled', message);
      return saved;
    });
  }

  /** The provider marks an accepted booking delivered, once it has started; the commitment becomes a payment. */
  async complete(ctx: RequestContext, id: string): Promise<Booking> {
    return this.db.transaction(async (tx) => {
      const booking = await this.asProvider(tx, ctx, id);
      if (booking.status !== BookingStatus.ACCEPTED) {
        throw conflict(
          `Only an accepted booking can be completed; this one is ${booking.status.toLowerCase()}.`,
        );
      }
      if (booking.startsAt > ctx.now)
        throw conflict('A booking can be marked delivered once it has started.');
      if (booking.budgetId)
        await this.budgets.settle(tx, booking.id, { on: londonDate(ctx.now), actorId: ctx.signedIn.id });
      booking.status = BookingStatus.COMPLETED;
      booking.completedAt = ctx.now;
      const saved = await tx.getRepository(Booking).save(booking);
      const listing = await this.listingOf(tx, booking);
      await this.publish(
        tx,
        ctx,
        saved,
        'BOOKING_COMPLETED',
        `Delivered: ${listing.title} on ${londonMoment(booking.startsAt).date}`,
      );
      await this.tellHolder(
        tx,
        booking,
        'Support delivered',
        `${this.describe(booking, listing)} is marked as delivered.`,
      );
      return saved;
    });
  }

  async get(ctx: RequestContext, id: string): Promise<Booking> {
    return this.db.transaction(async (tx) => (await this.eitherSide(tx, ctx, id, false)).booking);
  }

  /** Which side the caller is on, for what each side may see. */
  async sideOf(ctx: RequestContext, booking: Booking): Promise<BookingSide | null> {
    const tx = this.db.manager;
    if (await this.isHolderSide(tx, ctx, booking)) return BookingSide.HOLDER;
    return (await this.access.hasGrant(
      tx,
      ctx.signedIn.id,
      GrantKind.MemberOfEnterprise,
      booking.enterpriseId,
    ))
      ? BookingSide.PROVIDER
      : null;
  }

  async list(
    ctx: RequestContext,
    side: BookingSide,
    status: BookingStatus | undefined,
    page: PageArgs,
  ): Promise<Connection<Booking>> {
    const tx = this.db.manager;
    const user = ctx.signedIn;
    const query = tx.getRepository(Booking).createQueryBuilder('booking');
    if (side === BookingSide.PROVIDER) {
      const enterpriseIds = await this.access.scopesOf(tx, user.id, GrantKind.MemberOfEnterprise);
      query.where('booking.enterpriseId = ANY(:enterpriseIds::uuid[])', { enterpriseIds });
    } else {
      const budgetIds = await this.access.scopesOf(tx, user.id, GrantKind.DelegateOfBudget);
      query.where(
        new Brackets((mine) => {
          mine.where('booking.holderId = :userId', { userId: user.id });
          mine.orWhere('booking.budgetId = ANY(:budgetIds::uuid[])', { budgetIds });
        }),
      );
    }
    if (status) query.andWhere('booking.status = :status', { status });
    return paginate(query, page, [
      { expression: 'booking.startsAt', value: (row) => row.startsAt },
      { expression: 'booking.id', value: (row) => row.id },
    ]);
  }

  async sendMessage(ctx: RequestContext, bookingId: string, body: string): Promise<BookingMessage> {
    return this.db.transaction(async (tx) => {
      const { booking, side } = await this.eitherSide(tx, ctx, bookingId, false);
      const message = await tx
        .getRepository(BookingMessage)
        .save(
          tx.getRepository(BookingMessage).create({ bookingId: booking.id, authorId: ctx.signedIn.id, body }),
        );
      await this.audit.record(tx, ctx, {
        action: 'MESSAGE_SENT',
        recordType: 'Booking',
        recordId: booking.id,
        subjectUserId: booking.holderId,
        detail: { messageId: message.id, side },
      });
      const listing = await this.listingOf(tx, booking);
      const title = `New message about ${listing.title}`;
      if (side === BookingSide.PROVIDER) await this.tellHolder(tx, booking, title, body);
      else await this.tellProvider(tx, booking, title, body);
      return message;
    });
  }

  async messages(ctx: RequestContext, bookingId: string): Promise<BookingMessage[]> {
    await this.get(ctx, bookingId);
    return this.db.manager
      .getRepository(BookingMessage)
      .find({ where: { bookingId }, order: { createdAt: 'ASC' } });
  }

  // ---------- for the worker's reminders (BookingReminders), inside the delivery transaction ----------

  /** Locks a request that has waited past its 48 hours; null when it was answered or withdrawn meanwhile. */
  async lockExpiring(tx: EntityManager, id: string, now: Date): Promise<Booking | null> {
    const booking = await tx
      .getRepository(Booking)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    return booking?.status === BookingStatus.REQUESTED && booking.expiresAt <= now ? booking : null;
  }

  /** A request nobody answered within 48 hours expires; both sides are told (once, under `dedupeKey`). */
  async expire(tx: EntityManager, booking: Booking, now: Date, dedupeKey: string): Promise<void> {
    booking.status = BookingStatus.EXPIRED;
    await tx.getRepository(Booking).save(booking);
    const listing = await this.listingOf(tx, booking);
    await this.events.publish(tx, {
      kind: 'BOOKING_EXPIRED',
      enterpriseId: booking.enterpriseId,
      occurredAt: now,
      actorId: null,
      summary: `Booking request expired unanswered: ${listing.title} on ${londonMoment(booking.startsAt).date}`,
      refId: booking.id,
    });
    const what = this.describe(booking, listing);
    await this.tellHolder(
      tx,
      booking,
      'Booking request expired',
      `Your request for ${what} was not answered within 48 hours, so it has expired. You can ask again or look for another service.`,
      dedupeKey,
    );
    await this.notifications.notify(tx, {
      userIds: await this.providerSide(tx, booking.enterpriseId),
      kind: NotificationKind.BOOKING_UPDATE,
      title: 'Booking request expired',
      body: `The request for ${what} waited 48 hours without an answer, so it has expired and the time is free again.`,
      email: true,
      refId: booking.id,
      dedupeKey,
    });
  }

  /** An accepted booking starting on `day` (Europe/London); null when it was cancelled or moved. */
  async acceptedOn(tx: EntityManager, id: string, day: string): Promise<Booking | null> {
    const booking = await tx.getRepository(Booking).findOne({ where: { id } });
    return booking?.status === BookingStatus.ACCEPTED && londonMoment(booking.startsAt).date === day
      ? booking
      : null;
  }

  /** The day before: the person booked for (and their delegates) and the provider's people. */
  async remindTomorrow(tx: EntityManager, booking: Booking, dedupeKey: string): Promise<void> {
    const listing = await this.listingOf(tx, booking);
    const start = londonMoment(booking.startsAt);
    const end = londonMoment(booking.endsAt);
    const when = `tomorrow, ${start.date}, from ${start.time} to ${end.time}`;
    const holderSide = booking.holderId ? [booking.holderId] : [];
    if (booking.budgetId)
      holderSide.push(...(await this.access.holdersOf(tx, GrantKind.DelegateOfBudget, booking.budgetId)));
    const base = { kind: NotificationKind.BOOKING_REMINDER, email: true, refId: booking.id, dedupeKey };
    await this.notifications.notify(tx, {
      ...base,
      userIds: holderSide,
      title: `Tomorrow: ${listing.title}`,
      body: `${listing.title} is booked for ${when}. If you cannot make it, cancel the booking in Small Places as soon as you can and say why.`,
    });
    await this.notifications.notify(tx, {
      ...base,
      userIds: await this.providerSide(tx, booking.enterpriseId),
      title: `Tomorrow: ${listing.title}`,
      body: `You are booked to provide ${listing.title} ${when}${booking.note ? `. Their note: ${booking.note}` : ''}. If you cannot make it, cancel the booking in Small Places now and say why, so they can find someone else.`,
    });
  }

  private async prepareRequest(tx: EntityManager, ctx: RequestContext, input: RequestBookingInput) {
    if (!ctx.hasRole(Role.BUDGET_HOLDER) && !ctx.hasRole(Role.DELEGATE)) {
      throw forbidden('Bookings are requested by budget holders and their delegates.');
    }
    const problem = timeProblem(input.startsAt, input.endsAt, ctx.now);
    if (problem) {
      const [message, field] = TIME_PROBLEMS[problem];
      throw badInput(message, { [field]: [message] });
    }
    const listing = isUuid(input.listingId) ? await this.listings.bookable(tx, input.listingId) : null;
    if (!listing) throw notFound('That service');
    if (!fitsAvailability(input.startsAt, input.endsAt, listing.slots)) {
      throw badInput(
        'That time is outside the times this service is offered. Pick a time from its availability.',
        {
          startsAt: ['is outside the availability'],
        },
      );
    }
    let holderId = ctx.signedIn.id;
    if (input.budgetId)
      holderId = (await this.budgets.requireBudgetAccess(tx, ctx, input.budgetId)).budget.holderId;
    else if (!ctx.hasRole(Role.BUDGET_HOLDER)) {
      throw badInput('As a delegate, choose the budget this booking is for.', {
        budgetId: ['is needed for a delegate'],
      });
    }
    return { listing, holderId };
  }

  private async insertRequest(
    tx: EntityManager,
    ctx: RequestContext,
    listing: BookableListing,
    holderId: string,
    input: RequestBookingInput,
    startsAt: Date,
    endsAt: Date,
    seriesId: string | null,
  ): Promise<Booking> {
    const taken = await tx
      .getRepository(Booking)
      .createQueryBuilder('booking')
      .where('booking.listingId = :listingId', { listingId: listing.id })
      .andWhere('booking.status IN (:...held)', { held: [BookingStatus.ACCEPTED, BookingStatus.COMPLETED] })
      .andWhere(`tstzrange(booking.startsAt, booking.endsAt, '[)') && tstzrange(:startsAt, :endsAt, '[)')`, {
        startsAt,
        endsAt,
      })
      .getExists();
    if (taken)
      throw conflict(
        `${londonMoment(startsAt).date} at ${londonMoment(startsAt).time} is already booked. Choose another time.`,
      );
    const repository = tx.getRepository(Booking);
    const booking = await repository.save(
      repository.create({
        listingId: listing.id,
        enterpriseId: listing.enterpriseId,
        seriesId,
        holderId,
        requestedById: ctx.signedIn.id,
        budgetId: input.budgetId ?? null,
        startsAt,
        endsAt,
        status: BookingStatus.REQUESTED,
        costPence: bookingCost(listing.pricePence, listing.priceUnit, startsAt, endsAt),
        note: input.note ?? null,
        answerReason: null,
        cancelledById: null,
        expiresAt: new Date(ctx.now.getTime() + REQUEST_TTL_MS),
        respondedAt: null,
        completedAt: null,
      }),
    );
    await this.publish(
      tx,
      ctx,
      booking,
      'BOOKING_REQUESTED',
      `Booking requested: ${listing.title} on ${londonMoment(startsAt).date}`,
    );
    return booking;
  }

  private async acceptIn(tx: EntityManager, ctx: RequestContext, id: string): Promise<Booking> {
    const booking = await this.asProvider(tx, ctx, id);
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
      });
    }
    booking.status = BookingStatus.ACCEPTED;
    booking.respondedAt = ctx.now;
    let saved: Booking;
    try {
      saved = await tx.getRepository(Booking).save(booking);
    } catch (error) {
      // The exclusion constraint refused an overlap; the whole transaction (budget commitment too) rolls back.
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23P01') {
        throw conflict('That time overlaps a booking you have already accepted.');
      }
      throw error;
    }
    const listing = await this.listingOf(tx, booking);
    await this.publish(
      tx,
      ctx,
      saved,
      'BOOKING_ACCEPTED',
      `Booking accepted: ${listing.title} on ${londonMoment(booking.startsAt).date}`,
    );
    await this.tellHolder(
      tx,
      booking,
      'Booking accepted',
      `${this.describe(booking, listing)} is confirmed.`,
    );
    return saved;
  }

  private async declineIn(
    tx: EntityManager,
    ctx: RequestContext,
    id: string,
    reason: string,
  ): Promise<Booking> {
    const booking = await this.asProvider(tx, ctx, id);
    this.assertAnswerable(booking, ctx.now);
    const saved = await this.answer(tx, ctx, booking, BookingStatus.DECLINED, reason, null);
    const listing = await this.listingOf(tx, booking);
    await this.tellHolder(
      tx,
      booking,
      'Booking declined',
      `${this.describe(booking, listing)} was declined: ${reason}`,
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
    status: BookingStatus,
    reason: string,
    cancelledById: string | null,
    writtenBy: BookingSide = BookingSide.PROVIDER,
  ): Promise<Booking> {
    booking.status = status;
    booking.answerReason = reason;
    booking.cancelledById = cancelledById;
    booking.respondedAt = ctx.now;
    const saved = await tx.getRepository(Booking).save(booking);
    const summary =
      writtenBy === BookingSide.HOLDER
        ? `Booking ${status.toLowerCase()} by the person who booked`
        : `Booking ${status.toLowerCase()}: ${reason}`;
    await this.publish(tx, ctx, saved, `BOOKING_${status}`, summary);
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

  /** Locks the booking and checks the caller is a member of its enterprise. */
  private async asProvider(tx: EntityManager, ctx: RequestContext, id: string): Promise<Booking> {
    const booking = await this.lock(tx, id);
    if (await this.isHolderSide(tx, ctx, booking)) {
      throw forbidden('The provider answers a booking request, not the person booking.');
    }
    // Members only: not even an Admin or the Catalyst answers for a provider.
    if (
      !(await this.access.hasGrant(tx, ctx.signedIn.id, GrantKind.MemberOfEnterprise, booking.enterpriseId))
    ) {
      throw forbidden('Only the people of this enterprise can answer its bookings.');
    }
    return booking;
  }

  private async eitherSide(tx: EntityManager, ctx: RequestContext, id: string, lock: boolean): Promise<Side> {
    const booking = lock ? await this.lock(tx, id) : await this.find(tx, id);
    if (await this.isHolderSide(tx, ctx, booking)) return { booking, side: BookingSide.HOLDER };
    if (await this.access.hasGrant(tx, ctx.signedIn.id, GrantKind.MemberOfEnterprise, booking.enterpriseId)) {
      return { booking, side: BookingSide.PROVIDER };
    }
    throw forbidden();
  }

  private async isHolderSide(tx: EntityManager, ctx: RequestContext, booking: Booking): Promise<boolean> {
    const userId = ctx.signedIn.id;
    if (booking.holderId === userId) return true;
    return (
      booking.budgetId !== null &&
      (await this.access.hasGrant(tx, userId, GrantKind.DelegateOfBudget, booking.budgetId))
    );
  }

  private async find(tx: EntityManager, id: string): Promise<Booking> {
    const booking = isUuid(id) ? await tx.getRepository(Booking).findOne({ where: { id } }) : null;
    if (!booking) throw notFound('That booking');
    return booking;
  }

  private async lock(tx: EntityManager, id: string): Promise<Booking> {
    const booking = isUuid(id)
      ? await tx.getRepository(Booking).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!booking) throw notFound('That booking');
    return booking;
  }

  /**
   * What the notifications of an answer need from the listing: its title, in one query (not the bookable
   * listing with its availability, which only a request needs).
   */
  private async listingOf(tx: EntityManager, booking: Booking): Promise<ListingTitle> {
    const title = await this.listings.titleOf(tx, booking.listingId);
    if (title === null) throw notFound('That service');
    return { title };
  }

  private describe(booking: Booking, listing: ListingTitle): string {
    const start = londonMoment(booking.startsAt);
    const end = londonMoment(booking.endsAt);
    return `${listing.title} on ${start.date} from ${start.time} to ${end.time} (£${(booking.costPence / 100).toFixed(2)})`;
  }

  private async publish(
    tx: EntityManager,
    ctx: RequestContext,
    booking: Booking,
    kind: string,
    summary: string,
  ) {
    await this.audit.record(tx, ctx, {
      action: kind,
      recordType: 'Booking',
      recordId: booking.id,
      subjectUserId: booking.holderId,
      detail: { enterpriseId: booking.enterpriseId, status: booking.status },
    });
    await this.events.publish(tx, {
      kind,
      enterpriseId: booking.enterpriseId,
      occurredAt: ctx.now,
      actorId: ctx.user?.id ?? null,
      summary,
      refId: booking.id,
    });
  }

  private async tellHolder(
    tx: EntityManager,
    booking: Booking,
    title: string,
    body: string,
    dedupeKey?: string,
  ): Promise<void> {
    if (!booking.holderId) return;
    await this.notifications.notify(tx, {
      userIds: [booking.holderId],
      kind: NotificationKind.BOOKING_UPDATE,
      title,
      body: `${body} See your bookings in Small Places for the details.`,
      email: true,
      refId: booking.id,
      dedupeKey,
    });
  }

  /**
   * The enterprise's people with an account: their member grants (a founder invited by email becomes a member
   * when they accept, which the CRM's members list does not record).
   */
  private providerSide(tx: EntityManager, enterpriseId: string): Promise<string[]> {
    return this.access.holdersOf(tx, GrantKind.MemberOfEnterprise, enterpriseId);
  }

  private async tellProvider(tx: EntityManager, booking: Booking, title: string, body: string) {
    await this.notifications.notify(tx, {
      userIds: await this.providerSide(tx, booking.enterpriseId),
      kind: NotificationKind.BOOKING_UPDATE,
      title,
      body: `${body} Open your booking requests in Small Places to answer.`,
      email: true,
      refId: booking.id,
    });
  }
}
