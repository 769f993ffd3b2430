import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BudgetsCoreModule } from '@small-places/budgets';
import { IdentityCoreModule } from '@small-places/identity';
import { MarketplaceCoreModule } from '@small-places/marketplace';
import { NotificationsCoreModule } from '@small-places/notifications';
import { BookingReminders, BookingRequestExpiry, BookingTomorrowReminders } from './booking-reminders';
import { BookingAccess } from './booking-access';
import { BookingCalendar } from './booking-calendar';
import { BookingArrangements } from './booking-arrangements';
import { BookingFreeTimes } from './booking-free-times';
import { BookingAnswers } from './booking-answers';
import { BookingHistory } from './booking-events';
import { BookingMessages } from './booking-messages';
import { BookingNotices } from './booking-notices';
import { BookingReads } from './booking-reads';
import { BookingRequests } from './booking-requests';
import { Booking, BookingMessage, BookingSeries } from './entities/booking.entity';
import { InvoiceableBookings } from './visits/invoiceable-bookings';
import { InvoicedBookingsRegistry } from './visits/invoiced-bookings';
import { VisitConfirmationService } from './visits/visit-confirmation.service';
import { VisitConfirmation } from './entities/visit-confirmation.entity';
import { VisitReminders } from './visits/visit-reminders';
import { VisitRecords } from './visits/visit-records';

const USE_CASES = [
  BookingRequests,
  BookingAnswers,
  BookingMessages,
  BookingReads,
  BookingArrangements,
  BookingFreeTimes,
];

/**
 * Bookings without GraphQL, cut by use case: for the worker (requests expiring, bookings tomorrow), the CLI's
 * seed and the API's resolver.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Booking, BookingSeries, BookingMessage, VisitConfirmation]),
    IdentityCoreModule,
    MarketplaceCoreModule,
    BudgetsCoreModule,
    NotificationsCoreModule,
  ],
  providers: [
    BookingAccess,
    BookingHistory,
    BookingNotices,
    ...USE_CASES,
    BookingReminders,
    BookingRequestExpiry,
    BookingTomorrowReminders,
    BookingCalendar,
    VisitConfirmationService,
    VisitRecords,
    VisitReminders,
    InvoicedBookingsRegistry,
    InvoiceableBookings,
  ],
  exports: [...USE_CASES, BookingAccess, VisitConfirmationService, InvoiceableBookings],
})
export class BookingsCoreModule {}
