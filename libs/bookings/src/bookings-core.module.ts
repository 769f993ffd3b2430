import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BudgetsCoreModule } from '@small-places/budgets';
import { IdentityModule } from '@small-places/identity';
import { MarketplaceCoreModule } from '@small-places/marketplace';
import { NotificationsCoreModule } from '@small-places/notifications';
import { BookingReminders } from './booking-reminders';
import { BookingService } from './booking.service';
import { Booking, BookingMessage, BookingSeries } from './entities';
import { InvoiceableBookings } from './visits/invoiceable-bookings';
import { InvoicedBookingsRegistry } from './visits/invoiced-bookings';
import { VisitConfirmationService } from './visits/visit-confirmation.service';
import { VisitConfirmation } from './visits/visit.entity';
import { VisitReminders } from './visits/visit-reminders';
import { VisitRecords } from './visits/visit-records';
import { DiscoveryModule } from '@nestjs/core';

/** Bookings without GraphQL: for the worker (requests expiring, bookings tomorrow) and the CLI's seed. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Booking, BookingSeries, BookingMessage, VisitConfirmation]),
    DiscoveryModule,
    IdentityModule,
    MarketplaceCoreModule,
    BudgetsCoreModule,
    NotificationsCoreModule,
  ],
  providers: [
    BookingService,
    BookingReminders,
    VisitConfirmationService,
    VisitRecords,
    VisitReminders,
    InvoicedBookingsRegistry,
    InvoiceableBookings,
  ],
  exports: [BookingService, VisitConfirmationService, InvoiceableBookings],
})
export class BookingsCoreModule {}
