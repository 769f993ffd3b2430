/**
 * Reading the holder's forms: money in pounds, dates from the GOV.UK date pattern, London wall-clock
 * times, and whether a time fits a listing's weekly availability. Pure functions, tested beside.
 */
import {
  bookingCost,
  fitsAvailability as fitsWeeklySlots,
  WeeklySlot,
} from '@small-places/bookings/booking-rules';
import type { PriceUnit } from '@small-places/marketplace';
import { dateInputParts, readDateInput } from '../platform/dates';
import { formatPounds } from '../platform/views';
import { DAYS } from '../public/find-support';

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
    (slot) => `${DAYS[slot.dayOfWeek] ?? slot.dayOfWeek}s, ${slot.startTime} to ${slot.endTime}`,
  );
}

const DAY_ORDER = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** "Mondays and Thursdays", "Mondays, Wednesdays and Fridays". */
function daysInWords(days: string[]): string {
  const names = days.map((day) => `${DAYS[day] ?? day}s`);
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Why a time does not fit the listing's availability, naming the weekday: "8 December 2026 is a Tuesday; this
 * service works on Mondays and Thursdays", or the hours of that day. Undefined when it fits.
 */
export function availabilityProblem(
  availability: Availability[],
  date: string,
  start: string,
  end: string,
): string | undefined {
  if (fitsAvailability(availability, date, start, end)) return undefined;
  const [weekday, ...rest] = longDate(date).split(' ');
  const day = weekday.toUpperCase();
  const slots = availability.filter((slot) => slot.dayOfWeek === day);
  if (slots.length === 0) {
    const days = DAY_ORDER.filter((candidate) => availability.some((slot) => slot.dayOfWeek === candidate));
    if (days.length === 0) return 'This service has no times to book at the moment';
    return `${rest.join(' ')} is a ${weekday}; this service works on ${daysInWords(days)}`;
  }
  const hours = slots.map((slot) => `${slot.startTime} to ${slot.endTime}`).join(' and ');
  return `On ${weekday}s this service works ${hours}; choose a start and end time inside that`;
}

export interface CostSummary {
  /** What one visit costs, in pence; null when the price is "pay what you can". */
  eachPence: number | null;
  weeks: number;
  totalPence: number | null;
}

/** What the request will cost: once, or each week and in all for a weekly series (the API's own rule). */
export function costOf(
  pricePence: number,
  priceUnit: string,
  date: string,
  start: string,
  end: string,
  weeks: number,
): CostSummary {
  if (priceUnit === 'PAY_WHAT_YOU_CAN') return { eachPence: null, weeks, totalPence: null };
  const each = bookingCost(
    pricePence,
    priceUnit as PriceUnit,
    new Date(londonInstant(date, start)),
    new Date(londonInstant(date, end)),
  );
  return { eachPence: each, weeks, totalPence: each * weeks };
}

export interface FreeTimeChoice {
  /** "Thursday 10 December 2026" */
  day: string;
  /** "09:00 to 17:00" */
  free: string;
  /** The when-page with the date and an hour from the start of the free time filled in (or less, if shorter). */
  href: string;
  startTime: string;
}

/** The API's free times as rows to pick from: each links to the typed form, filled in, so it needs no script. */
export function freeTimeChoices(
  listingId: string,
  spans: { startsAt: string; endsAt: string }[],
): FreeTimeChoice[] {
  return spans.map((span) => {
    const [date, startTime] = londonClock(new Date(span.startsAt)).split(' ');
    const endsAt = new Date(
      Math.min(new Date(span.startsAt).getTime() + 3_600_000, new Date(span.endsAt).getTime()),
    );
    const [endDate, endClock] = londonClock(endsAt).split(' ');
    const endTime = endDate !== date && endClock === '00:00' ? '24:00' : endClock;
    const [, spanEnd] = londonClock(new Date(span.endsAt)).split(' ');
    const params = new URLSearchParams({ date, start: startTime, end: endTime });
    return {
      day: longDate(date),
      free: `${startTime} to ${spanEnd === '00:00' ? '24:00' : spanEnd}`,
      href: `/listings/${listingId}/book/when?${params.toString()}#date`,
      startTime,
    };
  });
}

/** "£36.00", or "£36.00 a week, £144.00 in all for 4 weeks", or "Pay what you can". */
export function costInWords(cost: CostSummary): string {
  if (cost.eachPence === null || cost.totalPence === null) return 'Pay what you can';
  if (cost.weeks > 1) {
    return `${formatPounds(cost.eachPence)} a week, ${formatPounds(cost.totalPence)} in all for ${cost.weeks} weeks`;
  }
  return formatPounds(cost.totalPence);
}

/** How the provider can reach the person booking, as they gave it. */
export function contactInWords(phone: string | null | undefined, email: string | null | undefined): string {
  return [phone, email].filter(Boolean).join(', ') || 'Messages on this website only';
}
