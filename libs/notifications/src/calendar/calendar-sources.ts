import { Injectable } from '@nestjs/common';
import { PlugIns, plugInPoint } from '@small-places/platform';

/** One event of a person's calendar feed, as the context that owns it describes it. */
export interface CalendarEntry {
  /** Unique across every source: the source prefixes its own ids. */
  id: string;
  /** An all-day event on this `LocalDate`, or a timed one from `start` to `end`. */
  when: { on: string } | { start: Date; end: Date };
  summary: string;
  description: string;
  /** Where the website shows it, from its root (`/booking-requests/<id>`); the feed adds WEB_URL. */
  webPath: string;
}

/**
 * What a context puts in a person's calendar feed (compliance deadlines, coaching actions, accepted bookings),
 * read through its own tables: the feed reads none. The context marks its provider `@CalendarSourcePlugIn()`.
 */
export interface CalendarSource {
  /** At most `limit` events for this person, nearest first. Read only. */
  entriesFor(userId: string, limit: number): Promise<CalendarEntry[]>;
}

/** Marks a context's CalendarSource provider. */
export const CalendarSourcePlugIn = plugInPoint();

/** The calendar sources this process loaded. */
@Injectable()
export class CalendarSources {
  constructor(private readonly plugIns: PlugIns) {}

  all(): CalendarSource[] {
    return this.plugIns.find<CalendarSource>(CalendarSourcePlugIn).map(({ instance }) => instance);
  }
}
