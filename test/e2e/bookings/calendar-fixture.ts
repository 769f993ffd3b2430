import { Session, TestApp, graphql } from '@small-places/testing';

export const FEED_URL = graphql(`
  query CalendarFixtureFeedUrl {
    calendarFeedUrl
  }
`);

export interface FeedEvent {
  summary: string;
  url: string;
  start: string;
}

/** The feed's events, with iCalendar's folded lines (75 octets) joined again. */
export function eventsOf(ics: string): FeedEvent[] {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((block) => ({
      summary: /\r\nSUMMARY:(.*)\r\n/.exec(block)?.[1] ?? '',
      url: /\r\nURL;VALUE=URI:(.*)\r\n/.exec(block)?.[1] ?? '',
      start: /\r\nDTSTART[^:]*:(.*)\r\n/.exec(block)?.[1] ?? '',
    }));
}

/** The events of a feed URL (as the API or the website shows it), fetched from the test API. */
export async function feedEvents(t: TestApp, feedUrl: string): Promise<FeedEvent[]> {
  const response = await fetch(`${t.url}${new URL(feedUrl).pathname}`);
  if (response.status !== 200) throw new Error(`The feed answered ${response.status}`);
  return eventsOf(await response.text());
}

/** A person's own feed, through `calendarFeedUrl`. */
export async function feedOf(t: TestApp, as: Session): Promise<FeedEvent[]> {
  const { calendarFeedUrl } = await t.client.ok<{ calendarFeedUrl: string }>(
    FEED_URL,
    {},
    { token: as.accessToken },
  );
  return feedEvents(t, calendarFeedUrl);
}
