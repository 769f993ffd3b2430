import { BookingPersonalData } from './booking-personal-data';
import { Module } from '@nestjs/common';
import { BudgetsCoreModule } from '@small-places/budgets';
import { IdentityModule } from '@small-places/identity';
import { MarketplaceCoreModule } from '@small-places/marketplace';
import { BookingResolver } from './booking.resolver';
import { BookingsCoreModule } from './bookings-core.module';
import { VisitResolver } from './visits/visit.resolver';

/** Bookings with their GraphQL operations (the API). */
@Module({
  imports: [BookingsCoreModule, IdentityModule, MarketplaceCoreModule, BudgetsCoreModule],
  providers: [BookingResolver, VisitResolver, BookingPersonalData],
  exports: [BookingsCoreModule],
})
export class BookingsModule {}
