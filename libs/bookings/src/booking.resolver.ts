import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IdentityService } from '@small-places/identity';
import { ListingService } from '@small-places/marketplace';
import { Allow, badInput, Ctx, PageArgs, Permission, RequestContext } from '@small-places/platform';
import { BookingAccess } from './booking-access';
import { BookingArrangements } from './booking-arrangements';
import { BookingFreeTimes } from './booking-free-times';
import { FREE_TIME_WEEKS } from './booking-rules';
import { BookingAnswers } from './booking-answers';
import { BookingMessages } from './booking-messages';
import { BookingReads } from './booking-reads';
import { BookingRequests } from './booking-requests';
import {
  RequestBookingInput,
  RequestBookingSeriesInput,
  SendBookingMessageInput,
} from './dto/booking.inputs';
import {
  BookingArrangementsType,
  BookingConnection,
  BookingListingType,
  BookingMessageType,
  BookingSeriesType,
  BookingSide,
  BookingType,
  FreeTimeType,
} from './dto/booking.types';
import { Booking, BookingStatus } from './entities/booking.entity';

@Resolver(() => BookingType)
export class BookingResolver {
  constructor(
    private readonly requests: BookingRequests,
    private readonly answers: BookingAnswers,
    private readonly messaging: BookingMessages,
    private readonly reads: BookingReads,
    private readonly access: BookingAccess,
    private readonly arrangements: BookingArrangements,
    private readonly freeTimes: BookingFreeTimes,
    private readonly identity: IdentityService,
    private readonly listings: ListingService,
  ) {}

  @Mutation(() => BookingType, { description: 'A budget holder or delegate asks for a time on a listing.' })
  @Allow(Permission.Authenticated)
  requestBooking(@Ctx() ctx: RequestContext, @Args('input') input: RequestBookingInput) {
    return this.requests.request(ctx, input);
  }

  @Mutation(() => BookingSeriesType, { description: 'The same time each week for a number of weeks.' })
  @Allow(Permission.Authenticated)
  async requestBookingSeries(@Ctx() ctx: RequestContext, @Args('input') input: RequestBookingSeriesInput) {
    const { series, bookings } = await this.requests.requestSeries(ctx, input);
    return { id: series.id, weeks: series.weeks, bookings };
  }

  @Mutation(() => BookingType, {
    description: 'Provider member only. CONFLICT on an overlap or when the budget cannot cover it.',
  })
  @Allow(Permission.Authenticated)
  acceptBooking(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.answers.accept(ctx, id);
  }

  @Mutation(() => [BookingType], { description: 'Accepts every still-requested week of a series, or none.' })
  @Allow(Permission.Authenticated)
  acceptBookingSeries(@Ctx() ctx: RequestContext, @Args('seriesId', { type: () => ID }) seriesId: string) {
    return this.answers.acceptSeries(ctx, seriesId);
  }

  @Mutation(() => BookingType)
  @Allow(Permission.Authenticated)
  declineBooking(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ) {
    return this.answers.decline(ctx, id, requireReason(reason));
  }

  @Mutation(() => [BookingType])
  @Allow(Permission.Authenticated)
  declineBookingSeries(
    @Ctx() ctx: RequestContext,
    @Args('seriesId', { type: () => ID }) seriesId: string,
    @Args('reason') reason: string,
  ) {
    return this.answers.declineSeries(ctx, seriesId, requireReason(reason));
  }

  @Mutation(() => BookingType, { description: 'Either side, with a reason.' })
  @Allow(Permission.Authenticated)
  cancelBooking(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ) {
    return this.answers.cancel(ctx, id, requireReason(reason));
  }

  @Mutation(() => BookingType, { description: 'The provider marks an accepted booking delivered.' })
  @Allow(Permission.Authenticated)
  completeBooking(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.answers.complete(ctx, id);
  }

  @Mutation(() => BookingMessageType)
  @Allow(Permission.Authenticated)
  async sendBookingMessage(@Ctx() ctx: RequestContext, @Args('input') input: SendBookingMessageInput) {
    const message = await this.messaging.sendMessage(ctx, input.bookingId, input.body);
    return { ...message, mine: true };
  }

  @Query(() => BookingType)
  @Allow(Permission.Authenticated)
  booking(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.reads.get(ctx, id);
  }

  @Query(() => BookingConnection, {
    description: 'Bookings I asked for (HOLDER) or of my enterprises (PROVIDER).',
  })
  @Allow(Permission.Authenticated)
  myBookings(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Args('side', { type: () => BookingSide, defaultValue: BookingSide.HOLDER }) side: BookingSide,
    @Args('status', { type: () => BookingStatus, nullable: true }) status?: BookingStatus,
    @Args('budgetId', {
      type: () => ID,
      nullable: true,
      description: 'Side HOLDER only: just the bookings this budget pays for.',
    })
    budgetId?: string,
  ) {
    return this.reads.list(ctx, side, status, page, budgetId);
  }

  @Query(() => [FreeTimeType], {
    description:
      "Holders and delegates: a published listing's availability for the next weeks (1 to 8) less the times already booked.",
  })
  @Allow(Permission.Authenticated)
  listingFreeTimes(
    @Ctx() ctx: RequestContext,
    @Args('listingId', { type: () => ID }) listingId: string,
    @Args('weeks', { type: () => Int, defaultValue: FREE_TIME_WEEKS }) weeks: number,
  ) {
    return this.freeTimes.of(ctx, listingId, weeks);
  }

  @ResolveField(() => BookingListingType)
  listing(@Ctx() ctx: RequestContext, @Parent() booking: Booking) {
    return ctx.loader('booking-listing', (ids) => this.listings.titles(ids), null).load(booking.listingId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The display name of the person the support is for.',
  })
  async holderName(@Ctx() ctx: RequestContext, @Parent() booking: Booking) {
    if (!booking.holderId) return null;
    const user = await ctx
      .loader('user-name', (ids) => this.identity.displayNames(ids), null)
      .load(booking.holderId);
    return user?.displayName ?? null;
  }

  @ResolveField(() => ID, {
    nullable: true,
    description: 'Only the holder and their delegates see which budget pays.',
  })
  async budgetId(@Ctx() ctx: RequestContext, @Parent() booking: Booking) {
    if (!booking.budgetId) return null;
    return (await this.access.sideOf(ctx, booking)) === BookingSide.HOLDER ? booking.budgetId : null;
  }

  @ResolveField(() => String, { description: 'The name of the business that provides it.' })
  async providerName(@Ctx() ctx: RequestContext, @Parent() booking: Booking) {
    const names = ctx.loader<string | null>(
      'booking-provider-name',
      (ids) => this.arrangements.providerNames(ids),
      null,
    );
    return (await names.load(booking.enterpriseId)) ?? 'A business no longer listed';
  }

  @ResolveField(() => BookingArrangementsType, {
    nullable: true,
    description: 'Where and how to reach each other: null for the provider until they accept.',
  })
  whereAndWho(@Ctx() ctx: RequestContext, @Parent() booking: Booking) {
    return this.arrangements.of(ctx, booking);
  }

  @ResolveField(() => [BookingMessageType])
  async messages(@Ctx() ctx: RequestContext, @Parent() booking: Booking) {
    const messages = await this.messaging.messages(ctx, booking.id);
    return messages.map((message) => ({ ...message, mine: message.authorId === ctx.signedIn.id }));
  }
}

function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0) throw badReason('Say why, in a few words: the other side is told.');
  if (trimmed.length > 1000) throw badReason('Keep the reason under 1,000 characters.');
  return trimmed;
}

function badReason(message: string) {
  return badInput(message, { reason: [message] });
}
