export { BookingsModule } from './bookings.module';
export { BookingsCoreModule } from './bookings-core.module';
export { BookingService, REQUEST_TTL_MS } from './booking.service';
export { Booking, BookingStatus } from './entities';
export { londonMoment } from './booking-rules';
