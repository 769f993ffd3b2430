import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BudgetsCoreModule } from '@small-places/budgets';
import { IdentityCoreModule } from '@small-places/identity';
import { MarketplaceCoreModule } from '@small-places/marketplace';
import { NotificationsCoreModule } from '@small-places/notifications';
import { BookingReminders, BookingRequestExpiry, BookingTomorrowReminders } from './booking-reminders';
import { BookingAccess } from './booking-access';
import { BookingAnswers } from './booking-answers';
import { BookingHistory } from './booking-events';
import { BookingMessages } from './booking-messages';
import { BookingNotices } from './booking-notices';
import { BookingReads } from './booking-reads';
import { BookingRequests } from './booking-requests';
import { Booking, BookingMessage, BookingSeries } from './entities';

const USE_CASES = [BookingRequests, BookingAnswers, BookingMessages, BookingReads];

/**
 * Bookings without GraphQL, cut by use case: for the worker (requests expiring, bookings tomorrow), the CLI's
 * seed and the API's resolver.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Booking, BookingSeries, BookingMessage]),
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
  ],
  exports: [...USE_CASES, BookingAccess],
})
export class BookingsCoreModule {}
