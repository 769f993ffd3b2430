import type { InvoiceableBooking } from '@small-places/bookings';
import { londonDate } from '@small-places/platform';

export interface LineValues {
  bookingId: string;
  position: number;
  deliveredOn: string;
  timeText: string;
  service: string;
  quantityText: string;
  unitPricePence: number;
  amountPence: number;
}

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * An invoice's lines, in time order: the amount is what the booking cost when it was accepted (what the budget
 * was charged), never a price recomputed today. An hourly service shows its hours and the price per hour that
 * gives that amount; a session or day shows one of it.
 */
export function invoiceLines(bookings: InvoiceableBooking[]): LineValues[] {
  return [...bookings]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id))
    .map((booking, index) => {
      const minutes = Math.round((booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000);
      const hourly = booking.priceUnit === 'HOUR';
      return {
        bookingId: booking.id,
        position: index + 1,
        deliveredOn: londonDate(booking.startsAt),
        timeText: `${LONDON_TIME.format(booking.startsAt)} to ${LONDON_TIME.format(booking.endsAt)}`,
        service: booking.service,
        quantityText: hourly ? hoursText(minutes) : booking.priceUnit === 'DAY' ? '1 day' : '1 session',
        unitPricePence:
          hourly && minutes > 0 ? Math.round((booking.costPence * 60) / minutes) : booking.costPence,
        amountPence: booking.costPence,
      };
    });
}

function hoursText(minutes: number): string {
  const hours = Math.round((minutes / 60) * 100) / 100;
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** Pounds with two decimals and a thousands separator: "£1,234.50". */
export function money(pence: number): string {
  const sign = pence < 0 ? '-' : '';
  return `${sign}£${(Math.abs(pence) / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
