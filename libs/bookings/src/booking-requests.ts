import { Injectable } from '@nestjs/common';
import { BudgetAccessCheck } from '@small-places/budgets';
import { BookableListing, ListingService } from '@small-places/marketplace';
import {
  badInput,
  conflict,
  Database,
  forbidden,
  isUuid,
  notFound,
  RequestContext,
  Role,
} from '@small-places/platform';
import { EntityManager } from 'typeorm';
import { BookingRequested } from './booking-events';
import { BookingHistory } from './booking-events';
import { BookingNotices } from './booking-notices';
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
import { Booking, BookingSeries, BookingStatus } from './entities/booking.entity';

/** PRODUCT.md §3.6: a request nobody answers expires after 48 hours. */
export const REQUEST_TTL_MS = 48 * 3_600_000;

const TIME_PROBLEMS: Record<TimeProblem, [string, string]> = {
  ENDS_BEFORE_START: ['The end must be after the start.', 'endsAt'],
  IN_THE_PAST: ['Choose a time in the future.', 'startsAt'],
  TOO_LONG: [`A booking can last at most ${MAX_BOOKING_HOURS} hours.`, 'endsAt'],
  NOT_WHOLE_MINUTES: ['Times are booked to the minute: leave out seconds.', 'startsAt'],
  TOO_FAR_AHEAD: ['Bookings can be made up to 2 years ahead. Choose an earlier date.', 'startsAt'],
};

/** A budget holder (or their delegate) asks for a time, once or weekly; the provider is told. */
@Injectable()
export class BookingRequests {
  constructor(
    private readonly db: Database,
    private readonly listings: ListingService,
    private readonly budgets: BudgetAccessCheck,
    private readonly history: BookingHistory,
    private readonly notices: BookingNotices,
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
      await this.notices.tellProvider(
        tx,
        booking,
        'New booking request',
        this.notices.describe(booking, listing),
      );
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
      await this.notices.tellProvider(
        tx,
        bookings[0],
        'New weekly booking request',
        `${this.notices.describe(bookings[0], listing)} Every week for ${input.weeks} weeks.`,
      );
      return { series, bookings };
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
    if (Boolean(input.placeKind) !== Boolean(input.placeAddress)) {
      const field = input.placeKind ? 'placeAddress' : 'placeKind';
      const message = input.placeKind
        ? 'Give the address of the place.'
        : 'Say whether the place is the home of the person the support is for, or somewhere else.';
      throw badInput(message, { [field]: [message] });
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
        placeKind: input.placeKind ?? null,
        placeAddress: input.placeAddress ?? null,
        contactPhone: input.contactPhone ?? null,
        contactEmail: input.contactEmail ?? null,
        answerReason: null,
        cancelledById: null,
        expiresAt: new Date(ctx.now.getTime() + REQUEST_TTL_MS),
        respondedAt: null,
        completedAt: null,
      }),
    );
    await this.history.record(
      tx,
      ctx,
      booking,
      BookingRequested,
      `Booking requested: ${listing.title} on ${londonMoment(startsAt).date}`,
    );
    return booking;
  }
}
