export { BookingsModule } from './bookings.module';
export { BookingsCoreModule } from './bookings-core.module';
export { BookingRequests, REQUEST_TTL_MS } from './booking-requests';
export { BookingAnswers } from './booking-answers';
export { BookingMessages } from './booking-messages';
export { BookingReads } from './booking-reads';
export { Booking, BookingStatus } from './entities';
export { londonMoment } from './booking-rules';
