import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BudgetsCoreModule } from '@small-places/budgets';
import { IdentityCoreModule } from '@small-places/identity';
import { MarketplaceCoreModule } from '@small-places/marketplace';
import { NotificationsCoreModule } from '@small-places/notifications';
import { BookingReminders } from './booking-reminders';
import { BookingService } from './booking.service';
import { Booking, BookingMessage, BookingSeries } from './entities';

/** Bookings without GraphQL: for the worker (requests expiring, bookings tomorrow) and the CLI's seed. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Booking, BookingSeries, BookingMessage]),
    IdentityCoreModule,
    MarketplaceCoreModule,
    BudgetsCoreModule,
    NotificationsCoreModule,
  ],
  providers: [BookingService, BookingReminders],
  exports: [BookingService],
})
export class BookingsCoreModule {}
