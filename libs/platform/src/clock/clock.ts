import { Injectable } from '@nestjs/common';

/** The one source of "now", so tests can move time. */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Tests only: shift the clock by a number of milliseconds. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Tests only: make `now()` this instant (time then moves on from it). */
  travelTo(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }

  /** Tests only: back to real time. */
  reset(): void {
    this.offsetMs = 0;
  }
}

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) in Europe/London at an instant. */
export function londonDate(instant: Date): string {
  return LONDON_DATE.format(instant);
}
