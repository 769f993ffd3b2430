import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, RequestContext } from '@small-places/platform';
import { BookingType } from '../dto/booking.types';
import { Booking } from '../entities/booking.entity';
import { confirmedByDefaultOn, VisitConfirmationService, VisitView } from './visit-confirmation.service';
import { CorrectVisitTimeInput } from './visit.inputs';
import { VisitType } from './visit.types';

@Resolver(() => BookingType)
export class VisitResolver {
  constructor(private readonly visits: VisitConfirmationService) {}

  @Mutation(() => BookingType, {
    description:
      'The holder or a delegate, after the provider marked the booking delivered: happened=true confirms; ' +
      'happened=false disputes (reason required, within 30 days).',
  })
  @Allow(Permission.Authenticated)
  confirmVisit(
    @Ctx() ctx: RequestContext,
    @Args('bookingId', { type: () => ID }) bookingId: string,
    @Args('happened') happened: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ) {
    return this.visits.confirm(ctx, bookingId, happened, reason);
  }

  @Mutation(() => BookingType, {
    description: 'A member of the provider: answers a dispute with the time the visit really took place.',
  })
  @Allow(Permission.Authenticated)
  correctVisitTime(@Ctx() ctx: RequestContext, @Args('input') input: CorrectVisitTimeInput) {
    return this.visits.correctTime(ctx, input.bookingId, input.startsAt, input.endsAt);
  }

  @Mutation(() => BookingType, { description: 'A member of the provider: withdraws a disputed visit.' })
  @Allow(Permission.Authenticated)
  withdrawVisit(@Ctx() ctx: RequestContext, @Args('bookingId', { type: () => ID }) bookingId: string) {
    return this.visits.withdraw(ctx, bookingId);
  }

  @ResolveField(() => VisitType, { nullable: true, description: 'Null until the booking is delivered.' })
  async visit(@Ctx() ctx: RequestContext, @Parent() booking: Booking) {
    const view = await ctx
      .loader<VisitView | null>('booking-visit', (ids) => this.visits.views(ids), null)
      .load(booking.id);
    return view && { ...view, confirmedByDefaultOn: confirmedByDefaultOn(view.awaitingSince) };
  }
}
