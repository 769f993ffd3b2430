import { DayOfWeek, PriceUnit } from '@small-places/marketplace';

export const MAX_BOOKING_HOURS = 12;
const MINUTE_MS = 60_000;

const LONDON_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export interface LondonMoment {
  date: string;
  day: DayOfWeek;
  /** HH:MM, 24-hour, local time in Europe/London. */
  time: string;
}

/** Where an instant falls on a Europe/London wall clock. */
export function londonMoment(instant: Date): LondonMoment {
  const parts = Object.fromEntries(
    LONDON_PARTS.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    day: parts.weekday.toUpperCase() as DayOfWeek,
    time: `${parts.hour}:${parts.minute}`,
  };
}

export interface WeeklySlot {
  dayOfWeek: DayOfWeek;
  /** HH:MM or HH:MM:SS, local time. */
  startTime: string;
  endTime: string;
}

/** A booking fits when it starts and ends on one local day, inside one of that weekday's slots. */
export function fitsAvailability(startsAt: Date, endsAt: Date, slots: readonly WeeklySlot[]): boolean {
  const start = londonMoment(startsAt);
  // The end instant itself is exclusive: a booking ending at 17:00 ends on the day it started.
  const end = londonMoment(new Date(endsAt.getTime() - MINUTE_MS));
  if (start.date !== end.date) return false;
  const endTime = londonMoment(endsAt).time === '00:00' ? '24:00' : londonMoment(endsAt).time;
  return slots.some(
    (slot) =>
      slot.dayOfWeek === start.day && hhmm(slot.startTime) <= start.time && endTime <= hhmm(slot.endTime),
  );
}

/** Hourly prices are charged pro rata by the minute (rounded to the penny); session and day prices as they are. */
export function bookingCost(pricePence: number, unit: PriceUnit, startsAt: Date, endsAt: Date): number {
  if (unit !== PriceUnit.HOUR) return pricePence;
  const minutes = Math.round((endsAt.getTime() - startsAt.getTime()) / MINUTE_MS);
  return Math.round((pricePence * minutes) / 60);
}

export type TimeProblem =
  'ENDS_BEFORE_START' | 'IN_THE_PAST' | 'TOO_LONG' | 'NOT_WHOLE_MINUTES' | 'TOO_FAR_AHEAD';

/** Nobody plans care more than two years ahead; further is a typing slip (2072 for 2027). */
export const MAX_BOOKING_AHEAD_YEARS = 2;

/** The latest instant a booking may start, seen from `now`: the same moment two calendar years on. */
export function latestBookableStart(now: Date): Date {
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + MAX_BOOKING_AHEAD_YEARS);
  return latest;
}

/** What is wrong with a requested time, if anything, before availability is looked at. */
export function timeProblem(startsAt: Date, endsAt: Date, now: Date): TimeProblem | null {
  if (startsAt.getTime() % MINUTE_MS !== 0 || endsAt.getTime() % MINUTE_MS !== 0) return 'NOT_WHOLE_MINUTES';
  if (endsAt <= startsAt) return 'ENDS_BEFORE_START';
  if (startsAt <= now) return 'IN_THE_PAST';
  if (endsAt.getTime() - startsAt.getTime() > MAX_BOOKING_HOURS * 60 * MINUTE_MS) return 'TOO_LONG';
  if (startsAt > latestBookableStart(now)) return 'TOO_FAR_AHEAD';
  return null;
}

function hhmm(time: string): string {
  return time.slice(0, 5);
}

const HOUR_MS = 3_600_000;

/**
 * The same wall-clock time in Europe/London a number of weeks later: a 10:00 visit stays at 10:00 across the
 * clock changes. A time that does not exist that day (the spring gap) moves an hour later.
 */
export function sameLocalTimeWeeksLater(instant: Date, weeks: number): Date {
  const local = londonMoment(instant);
  const [year, month, day] = local.date.split('-').map(Number);
  const [hour, minute] = local.time.split(':').map(Number);
  const wallClock = Date.UTC(year, month - 1, day + 7 * weeks, hour, minute);
  const targetDate = new Date(wallClock).toISOString().slice(0, 10);
  for (const offsetHours of [0, 1]) {
    const candidate = new Date(wallClock - offsetHours * HOUR_MS);
    const seen = londonMoment(candidate);
    if (seen.date === targetDate && seen.time === local.time) return candidate;
  }
  return new Date(wallClock);
}

/** The instant a Europe/London wall clock shows `time` (HH:MM, or 24:00 for the day's end) on `date`. */
export function londonWallClock(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  for (const offsetHours of [0, 1]) {
    const candidate = new Date(wallClock - offsetHours * HOUR_MS);
    const seen = londonMoment(candidate);
    const shownAt = Date.UTC(
      Number(seen.date.slice(0, 4)),
      Number(seen.date.slice(5, 7)) - 1,
      Number(seen.date.slice(8, 10)),
      Number(seen.time.slice(0, 2)),
      Number(seen.time.slice(3, 5)),
    );
    if (shownAt === wallClock) return candidate;
  }
  return new Date(wallClock);
}

export interface TimeSpan {
  startsAt: Date;
  endsAt: Date;
}

/** How far ahead the free times reach by default, and at most. */
export const FREE_TIME_WEEKS = 4;
export const MAX_FREE_TIME_WEEKS = 8;

/**
 * A listing's free times: each weekly slot on each London date from `now` for `weeks` weeks, less the times
 * already taken (accepted or delivered bookings), and less what has already begun, in time order.
 */
export function freeTimes(
  slots: readonly WeeklySlot[],
  taken: readonly TimeSpan[],
  now: Date,
  weeks: number,
): TimeSpan[] {
  const today = londonMoment(now).date;
  const free: TimeSpan[] = [];
  for (let offset = 0; offset < weeks * 7; offset += 1) {
    const date = addDays(today, offset);
    const day = londonMoment(londonWallClock(date, '12:00')).day;
    const windows = slots
      .filter((slot) => slot.dayOfWeek === day)
      .map((slot) => ({
        startsAt: londonWallClock(date, hhmm(slot.startTime)),
        endsAt: londonWallClock(date, hhmm(slot.endTime)),
      }))
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    for (const window of windows) {
      const from = new Date(Math.max(window.startsAt.getTime(), ceilToQuarterHour(now).getTime()));
      free.push(...subtract({ startsAt: from, endsAt: window.endsAt }, taken));
    }
  }
  return free;
}

function subtract(window: TimeSpan, taken: readonly TimeSpan[]): TimeSpan[] {
  let pieces = window.startsAt < window.endsAt ? [window] : [];
  for (const busy of taken) {
    pieces = pieces.flatMap((piece) => {
      if (busy.endsAt <= piece.startsAt || busy.startsAt >= piece.endsAt) return [piece];
      const left = { startsAt: piece.startsAt, endsAt: busy.startsAt };
      const right = { startsAt: busy.endsAt, endsAt: piece.endsAt };
      return [left, right].filter((part) => part.startsAt < part.endsAt);
    });
  }
  return pieces;
}

function ceilToQuarterHour(instant: Date): Date {
  const quarter = 15 * MINUTE_MS;
  return new Date(Math.ceil(instant.getTime() / quarter) * quarter);
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
