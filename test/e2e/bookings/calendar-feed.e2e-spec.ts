import { APP_CONFIG, AppConfig, londonDate } from '@small-places/platform';
import { acceptInvitation, Session, uniqueEmail } from '@small-places/testing';
import { checklistOf, UPDATE_ITEM } from '../compliance/compliance-fixture';
import { createEnterprise, waiveMandatoryItems } from '../crm/crm-fixture';
import { feedOf } from './calendar-fixture';
import { ACCEPT, BookingWorld, bookingWorld, publishedListing, REQUEST, slot } from './bookings-fixture';

/** "20261212T100000Z", as iCalendar writes an instant in UTC. */
function icsInstant(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

describe('calendar feed: deadlines and accepted bookings, each linked to its page, through each context', () => {
  let w: BookingWorld;
  let web: string;
  let accepted: { id: string; startsAt: string; endsAt: string };
  let waiting: string;
  let runsOut: string;
  let other: { enterpriseId: string; provider: Session; bookingId: string };

  const feed = (as: Session) => feedOf(w.t, as);
  const request = async (listingId: string, times: { startsAt: string; endsAt: string }, as: Session) =>
    (
      await w.t.client.ok<{ requestBooking: { id: string } }>(
        REQUEST,
        { input: { listingId, ...times } },
        { token: as.accessToken },
      )
    ).requestBooking.id;

  beforeAll(async () => {
    w = await bookingWorld();
    web = w.t.app.get<AppConfig>(APP_CONFIG).webUrl;
    const times = slot(6, 10, 90);
    accepted = { id: await request(w.hourly, times, w.holder), ...times };
    await w.t.client.ok(ACCEPT, { id: accepted.id }, { token: w.provider.accessToken });
    waiting = await request(w.session40, slot(7, 14), w.holder);

    // A second enterprise in the same Area, with its own provider, listing and accepted booking.
    const email = uniqueEmail('other-provider');
    const enterprise = await createEnterprise(w, {
      name: 'Other Helpers',
      activities: ['COMPANIONSHIP'],
      founder: { name: 'Olly Other', email },
    });
    const provider = await acceptInvitation(w.t.client, w.t.mailbox, email, 'Olly Other');
    await waiveMandatoryItems(w, enterprise.id);
    const listing = await publishedListing(w, enterprise.id, provider, {
      title: 'Garden tidying',
      category: 'COMPANIONSHIP',
      pricePence: 1500,
      priceUnit: 'HOUR',
    });
    const bookingId = await request(listing, slot(8, 11), w.otherHolder);
    await w.t.client.ok(ACCEPT, { id: bookingId }, { token: provider.accessToken });
    other = { enterpriseId: enterprise.id, provider, bookingId };

    // One dated checklist item for each enterprise: evidence done today that runs out in 30 days.
    const today = londonDate(new Date());
    runsOut = londonDate(new Date(Date.now() + 30 * 86_400_000));
    for (const [enterpriseId, as] of [
      [w.enterpriseId, w.provider],
      [enterprise.id, provider],
    ] as const) {
      const item = (await checklistOf(w.t, enterpriseId, as)).items.find(
        (candidate) =>
          (candidate.status === 'TODO' || candidate.status === 'IN_PROGRESS') &&
          candidate.requirement.validityMonths !== null,
      )!;
      await w.t.client.ok(
        UPDATE_ITEM,
        { input: { itemId: item.id, status: 'DONE', completedOn: today, expiresOn: runsOut } },
        { token: as.accessToken },
      );
    }
  }, 120_000);
  afterAll(() => w?.t.close());

  it("puts the provider's accepted bookings in their feed at their times, linked to the request's page", async () => {
    const events = await feed(w.provider);
    const booking = events.find((event) => event.url === `${web}/booking-requests/${accepted.id}`);
    expect(booking).toEqual({
      summary: 'Companionship visits with Pat Example',
      url: `${web}/booking-requests/${accepted.id}`,
      start: icsInstant(accepted.startsAt),
    });
    // A request not yet accepted is not in the diary.
    expect(events.some((event) => event.url.endsWith(waiting))).toBe(false);
  });

  it('links every event to its page on the website, deadlines to the checklist item', async () => {
    const events = await feed(w.provider);
    expect(events.length).toBeGreaterThanOrEqual(2);
    for (const event of events) expect(event.url).toMatch(new RegExp(`^${web}/`));
    const deadline = events.find((event) => event.url.includes('/to-do/'));
    expect(deadline?.url).toMatch(new RegExp(`^${web}/your-business/${w.enterpriseId}/to-do/[0-9a-f-]{36}$`));
    expect(deadline?.summary).toMatch(/^Kind Hands: .* expires$/);
    expect(deadline?.start).toBe(runsOut.replace(/-/g, ''));
  });

  it("holds no other enterprise's bookings or deadlines", async () => {
    const mine = await feed(w.provider);
    expect(mine.some((event) => event.summary.startsWith('Other Helpers'))).toBe(false);
    expect(mine.some((event) => event.summary.startsWith('Garden tidying'))).toBe(false);
    expect(
      mine.some((event) => event.url.includes(other.enterpriseId) || event.url.includes(other.bookingId)),
    ).toBe(false);

    const theirs = await feed(other.provider);
    expect(theirs.map((event) => event.url)).toContain(`${web}/booking-requests/${other.bookingId}`);
    expect(theirs.some((event) => event.summary.startsWith('Kind Hands'))).toBe(false);
    expect(theirs.some((event) => event.url.includes(accepted.id))).toBe(false);
  });

  it("gives the person booked their own booking, linked to their booking's page, and no one else's", async () => {
    const events = await feed(w.holder);
    expect(events).toEqual([
      {
        summary: 'Companionship visits',
        url: `${web}/bookings/${accepted.id}`,
        start: icsInstant(accepted.startsAt),
      },
    ]);
  });

  it("gives the Catalyst their caseload's deadlines linked to the Catalyst's item page, and no bookings", async () => {
    const events = await feed(w.tauntonCatalyst);
    const deadlines = events.filter((event) => event.url.includes('/checklist/'));
    expect(deadlines.map((event) => event.summary.split(':')[0]).sort()).toEqual([
      'Kind Hands',
      'Other Helpers',
    ]);
    for (const event of deadlines)
      expect(event.url).toMatch(new RegExp(`^${web}/caseload/[0-9a-f-]{36}/checklist/`));
    expect(events.some((event) => /booking/.test(event.url))).toBe(false);
    // Bristol's Catalyst coaches neither.
    expect(await feed(w.bristolCatalyst)).toEqual([]);
  });
});
