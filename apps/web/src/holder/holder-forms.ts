/**
 * Reading the holder's forms: money in pounds, dates from the GOV.UK date pattern, London wall-clock
 * times, and whether a time fits a listing's weekly availability. Pure functions, tested beside.
 */
import { fitsAvailability as fitsWeeklySlots, WeeklySlot } from '@small-places/bookings/booking-rules';
import { dateInputParts, readDateInput } from '../platform/dates';

export const DAY_NAMES: Record<string, string> = {
  MONDAY: 'Monday',
  TUESDAY: 'Tuesday',
  WEDNESDAY: 'Wednesday',
  THURSDAY: 'Thursday',
  FRIDAY: 'Friday',
  SATURDAY: 'Saturday',
  SUNDAY: 'Sunday',
};

/** Booking statuses in words (never colour alone), with the tag colour that goes beside them. */
export const BOOKING_STATUS: Record<string, { text: string; hint: string; tag: string }> = {
  REQUESTED: {
    text: 'Waiting for an answer',
    hint: 'The provider has 48 hours to answer.',
    tag: 'govuk-tag--yellow',
  },
  ACCEPTED: {
    text: 'Accepted',
    hint: 'The provider said yes. The money is set aside.',
    tag: 'govuk-tag--green',
  },
  DECLINED: { text: 'Declined', hint: 'The provider said no. Nothing was charged.', tag: 'govuk-tag--red' },
  CANCELLED: {
    text: 'Cancelled',
    hint: 'This booking will not happen. Nothing was charged.',
    tag: 'govuk-tag--grey',
  },
  EXPIRED: {
    text: 'No answer in time',
    hint: 'The provider did not answer in 48 hours.',
    tag: 'govuk-tag--grey',
  },
  COMPLETED: { text: 'Done', hint: 'The support happened and has been paid.', tag: 'govuk-tag--blue' },
};

export const LEDGER_KINDS: Record<string, string> = {
  COUNCIL_PAYMENT: 'Council payment',
  CONTRIBUTION: 'Your contribution',
  COMMITMENT: 'Set aside for a booking',
  RELEASE: 'No longer set aside',
  PAYMENT: 'Booking paid',
  REVERSAL: 'Payment taken back (visit withdrawn)',
  EXPENSE: 'Expense',
};

export interface Availability {
  dayOfWeek: string;
  startTime: string;
  endTime: string;
}

/** "18.50", "£18.50", "18" → pence; anything else → undefined. */
export function penceFrom(pounds: string): number | undefined {
  const cleaned = pounds.trim().replace(/^£/, '').replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return undefined;
  return Math.round(Number(cleaned) * 100);
}

/** The GOV.UK date input's three fields (`<prefix>-day`, `-month`, `-year`) → YYYY-MM-DD, if a real date. */
export function dateFromParts(body: unknown, prefix: string): string | undefined {
  const input = readDateInput(body, prefix);
  return input.kind === 'date' ? input.value : undefined;
}

/** YYYY-MM-DD → the date input's parts, to fill the form again. */
export function partsOf(date: string, prefix: string): Record<string, string> {
  const { day, month, year } = dateInputParts(date);
  return { [`${prefix}-day`]: day, [`${prefix}-month`]: month, [`${prefix}-year`]: year };
}

// The website's one reader of typed times (platform/times.ts), read here by the booking form.
export { timeFrom } from '../platform/times';

/**
 * Whether start–end on that date sits inside one of the listing's weekly slots: the API's own rule
 * (libs/bookings booking-rules), asked before the request goes, so the form can say so beside the field.
 */
export function fitsAvailability(
  availability: Availability[],
  date: string,
  start: string,
  end: string,
): boolean {
  const slots = availability as unknown as readonly WeeklySlot[]; // the API's enum, as a string here
  return fitsWeeklySlots(new Date(londonInstant(date, start)), new Date(londonInstant(date, end)), slots);
}

/** The instant a London wall clock shows `time` on `date`, as ISO 8601 (GMT or BST, whichever applies). */
export function londonInstant(date: string, time: string): string {
  const asUtc = new Date(`${date}T${time === '24:00' ? '23:59' : time}:00Z`);
  for (const offsetHours of [0, 1]) {
    const candidate = new Date(asUtc.getTime() - offsetHours * 3_600_000);
    if (londonClock(candidate) === `${date} ${time === '24:00' ? '23:59' : time}`) {
      return new Date(candidate.getTime() + (time === '24:00' ? 60_000 : 0)).toISOString();
    }
  }
  return asUtc.toISOString();
}

function londonClock(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** "Tuesday 3 March 2027" for a date. */
export function longDate(date: string): string {
  return dayInWords(new Date(`${date}T12:00:00Z`), 'UTC');
}

/** "3 Mar 2027", for tables that must fit a phone. */
export function shortDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(`${date}T12:00:00Z`));
}

/** "Tuesday 3 March 2027, 10:00 to 12:00" for a booking's instants, in London time. */
export function bookingWhen(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  return `${dayInWords(start, 'Europe/London')}, ${londonClock(start).slice(11)} to ${londonClock(new Date(endsAt)).slice(11)}`;
}

/** GOV.UK style: no comma after the weekday (ICU puts one in). */
function dayInWords(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}

/** The weekly availability in plain words: "Mondays, 8:00 to 20:00". */
export function availabilityInWords(availability: Availability[]): string[] {
  return availability.map(
    (slot) => `${DAY_NAMES[slot.dayOfWeek] ?? slot.dayOfWeek}s, ${slot.startTime} to ${slot.endTime}`,
  );
}
