import { acceptInvitation, uniqueEmail, graphql } from '@small-places/testing';
import { rowCount } from '../crm/crm-fixture';
import { ACCEPT, BookingWorld, bookingWorld, REQUEST, setUpBudget, slot } from './bookings-fixture';

const REQUEST_SERIES = graphql(`
  mutation SeriesAndMessagesRequestSeries($input: RequestBookingSeriesInput!) {
    requestBookingSeries(input: $input) {
      id
      weeks
      bookings {
        id
        status
        startsAt
      }
    }
  }
`);
const ACCEPT_SERIES = graphql(`
  mutation SeriesAndMessagesAcceptSeries($seriesId: ID!) {
    acceptBookingSeries(seriesId: $seriesId) {
      id
      status
    }
  }
`);
const MESSAGE = graphql(`
  mutation SeriesAndMessagesMessage($input: SendBookingMessageInput!) {
    sendBookingMessage(input: $input) {
      id
      body
      mine
    }
  }
`);
const MESSAGES = graphql(`
  query SeriesAndMessagesMessages($id: ID!) {
    booking(id: $id) {
      messages {
        body
        mine
      }
    }
  }
`);
const INVITE_DELEGATE = graphql(`
  mutation SeriesAndMessagesInviteDelegate($budgetId: ID!, $email: String!) {
    inviteDelegate(budgetId: $budgetId, email: $email) {
      email
    }
  }
`);
const MY_BOOKINGS = graphql(`
  query SeriesAndMessagesMyBookings($side: BookingSide) {
    myBookings(side: $side) {
      totalCount
      edges {
        node {
          id
          status
        }
      }
    }
  }
`);

interface Series {
  requestBookingSeries: {
    id: string;
    weeks: number;
    bookings: { id: string; status: string; startsAt: string }[];
  };
}

describe('weekly series, messages and delegates', () => {
  let w: BookingWorld;
  beforeAll(async () => {
    w = await bookingWorld();
  }, 60_000);
  afterAll(() => w?.t.close());

  it('books the same local time each week and answers the series as a whole', async () => {
    const data = await w.t.client.ok<Series>(
      REQUEST_SERIES,
      { input: { listingId: w.hourly, ...slot(7, 10), weeks: 4 } },
      { token: w.holder.accessToken },
    );
    const { bookings } = data.requestBookingSeries;
    expect(bookings).toHaveLength(4);
    const hours = bookings.map((booking) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/London',
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(booking.startsAt)),
    );
    expect(new Set(hours)).toEqual(new Set(['10']));
    const accepted = await w.t.client.ok<{ acceptBookingSeries: { status: string }[] }>(
      ACCEPT_SERIES,
      { seriesId: data.requestBookingSeries.id },
      { token: w.provider.accessToken },
    );
    expect(accepted.acceptBookingSeries.map((booking) => booking.status)).toEqual([
      'ACCEPTED',
      'ACCEPTED',
      'ACCEPTED',
      'ACCEPTED',
    ]);
  });

  it('accepts none of a series when one week clashes, and says so', async () => {
    const clash = await w.t.client.ok<{ requestBooking: { id: string } }>(
      REQUEST,
      { input: { listingId: w.hourly, ...slot(21 + 7, 14) } },
      { token: w.otherHolder.accessToken },
    );
    const series = await w.t.client.ok<Series>(
      REQUEST_SERIES,
      { input: { listingId: w.hourly, ...slot(21, 14), weeks: 3 } },
      { token: w.holder.accessToken },
    );
    await w.t.client.ok(ACCEPT, { id: clash.requestBooking.id }, { token: w.provider.accessToken });
    const code = await w.t.client.errorCode(
      ACCEPT_SERIES,
      { seriesId: series.requestBookingSeries.id },
      { token: w.provider.accessToken },
    );
    expect(code).toBe('CONFLICT');
    const [{ accepted }] = await w.t.dataSource.query(
      `SELECT count(*)::int AS accepted FROM bookings WHERE series_id = $1 AND status = 'ACCEPTED'`,
      [series.requestBookingSeries.id],
    );
    expect(accepted).toBe(0);
    expect(
      await w.t.client.errorCode(
        ACCEPT_SERIES,
        { seriesId: series.requestBookingSeries.id },
        { token: w.holder.accessToken },
      ),
    ).toBe('FORBIDDEN');
  });

  it('refuses a series that reaches outside the availability or runs too long', async () => {
    const before = await rowCount(w.t, 'bookings');
    const tooMany = { input: { listingId: w.hourly, ...slot(9, 10), weeks: 53 } };
    expect(await w.t.client.errorCode(REQUEST_SERIES, tooMany, { token: w.holder.accessToken })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await rowCount(w.t, 'bookings')).toBe(before);
  });

  it('lets the two sides exchange messages, and nobody else', async () => {
    const booking = await w.t.client.ok<{ requestBooking: { id: string } }>(
      REQUEST,
      { input: { listingId: w.hourly, ...slot(70, 10) } },
      { token: w.holder.accessToken },
    );
    const id = booking.requestBooking.id;
    await w.t.client.ok(
      MESSAGE,
      { input: { bookingId: id, body: 'Can you bring the shopping list?' } },
      { token: w.holder.accessToken },
    );
    await w.t.client.ok(
      MESSAGE,
      { input: { bookingId: id, body: 'Yes, see you then.' } },
      { token: w.provider.accessToken },
    );
    const thread = await w.t.client.ok<{ booking: { messages: { body: string; mine: boolean }[] } }>(
      MESSAGES,
      { id },
      { token: w.provider.accessToken },
    );
    expect(thread.booking.messages).toEqual([
      { body: 'Can you bring the shopping list?', mine: false },
      { body: 'Yes, see you then.', mine: true },
    ]);
    const intruder = { input: { bookingId: id, body: 'Hello' } };
    expect(await w.t.client.errorCode(MESSAGE, intruder, { token: w.otherHolder.accessToken })).toBe(
      'FORBIDDEN',
    );
    expect(
      await w.t.client.errorCode(
        MESSAGE,
        { input: { bookingId: id, body: '' } },
        { token: w.holder.accessToken },
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('lets a delegate book on the budget they were given, and see only those bookings', async () => {
    const budgetId = await setUpBudget(w, w.holder, 30000);
    const email = uniqueEmail('delegate');
    await w.t.client.ok(INVITE_DELEGATE, { budgetId, email }, { token: w.holder.accessToken });
    const delegate = await acceptInvitation(w.t.client, w.t.mailbox, email, 'Dee Delegate');
    const withoutBudget = { input: { listingId: w.hourly, ...slot(80, 10) } };
    expect(await w.t.client.errorCode(REQUEST, withoutBudget, { token: delegate.accessToken })).toBe(
      'BAD_USER_INPUT',
    );
    const booked = await w.t.client.ok<{ requestBooking: { id: string } }>(
      REQUEST,
      { input: { listingId: w.hourly, ...slot(80, 10), budgetId } },
      { token: delegate.accessToken },
    );
    const mine = await w.t.client.ok<{ myBookings: { edges: { node: { id: string } }[] } }>(
      MY_BOOKINGS,
      { side: 'HOLDER' },
      { token: delegate.accessToken },
    );
    expect(mine.myBookings.edges.map((edge) => edge.node.id)).toEqual([booked.requestBooking.id]);
    const holderSees = await w.t.client.ok<{ myBookings: { edges: { node: { id: string } }[] } }>(
      MY_BOOKINGS,
      { side: 'HOLDER' },
      { token: w.holder.accessToken },
    );
    expect(holderSees.myBookings.edges.map((edge) => edge.node.id)).toContain(booked.requestBooking.id);
    const providerSees = await w.t.client.ok<{ myBookings: { totalCount: number } }>(
      MY_BOOKINGS,
      { side: 'PROVIDER' },
      { token: w.provider.accessToken },
    );
    expect(providerSees.myBookings.totalCount).toBeGreaterThan(0);
    const outsider = await w.t.client.ok<{ myBookings: { totalCount: number } }>(
      MY_BOOKINGS,
      { side: 'PROVIDER' },
      { token: w.otherHolder.accessToken },
    );
    expect(outsider.myBookings.totalCount).toBe(0);
  });
});
