import { signUp, TEST_PASSWORD, graphql } from '@small-places/testing';
import { rowCount } from '../crm/crm-fixture';
import { ACCEPT, BookingWorld, bookingWorld, CANCEL, DECLINE, setUpBudget, slot } from './bookings-fixture';

const REQUEST_WITH_PLACE = graphql(`
  mutation WhereAndWhoRequestWithPlace($input: RequestBookingInput!) {
    requestBooking(input: $input) {
      id
      providerName
      whereAndWho {
        placeKind
        placeAddress
        contactPhone
        contactEmail
        providerEmails
      }
    }
  }
`);
const WHERE_AND_WHO = graphql(`
  query WhereAndWhoWhereAndWho($id: ID!) {
    booking(id: $id) {
      id
      status
      providerName
      whereAndWho {
        placeKind
        placeAddress
        contactPhone
        contactEmail
        providerEmails
      }
    }
  }
`);
const FREE_TIMES = graphql(`
  query WhereAndWhoFreeTimes($listingId: ID!, $weeks: Int) {
    listingFreeTimes(listingId: $listingId, weeks: $weeks) {
      startsAt
      endsAt
    }
  }
`);
const BY_BUDGET = graphql(`
  query WhereAndWhoByBudget($budgetId: ID, $side: BookingSide) {
    myBookings(side: $side, budgetId: $budgetId) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const EXPORT = graphql(`
  query WhereAndWhoExport {
    exportMyData
  }
`);
const CLOSE = graphql(`
  mutation WhereAndWhoClose($password: String!) {
    closeMyAccount(password: $password)
  }
`);

interface WhereAndWho {
  booking: {
    status: string;
    providerName: string;
    whereAndWho: {
      placeKind: string | null;
      placeAddress: string | null;
      contactPhone: string | null;
      contactEmail: string | null;
      providerEmails: string[];
    } | null;
  };
}

const PLACE = {
  placeKind: 'ELSEWHERE',
  placeAddress: 'Taunton Library, Paul Street, TA1 3XZ',
  contactPhone: '01632 960 001',
  contactEmail: 'hal.holder@example.com',
};

describe('where and who: the place and contacts of a booking', () => {
  let w: BookingWorld;
  beforeAll(async () => {
    w = await bookingWorld();
  }, 60_000);
  afterAll(() => w?.t.close());

  const read = (id: string, token: string) => w.t.client.ok<WhereAndWho>(WHERE_AND_WHO, { id }, { token });

  it('keeps the place from the provider until they accept, then shows each side the other', async () => {
    const requested = await w.t.client.ok<{ requestBooking: { id: string; providerName: string } }>(
      REQUEST_WITH_PLACE,
      { input: { listingId: w.hourly, ...slot(5, 10), ...PLACE } },
      { token: w.holder.accessToken },
    );
    const id = requested.requestBooking.id;
    expect(requested.requestBooking.providerName).toBe('Kind Hands');

    const holderBefore = await read(id, w.holder.accessToken);
    expect(holderBefore.booking.whereAndWho).toEqual({ ...PLACE, providerEmails: [] });

    const providerBefore = await read(id, w.provider.accessToken);
    expect(providerBefore.booking.providerName).toBe('Kind Hands');
    expect(providerBefore.booking.whereAndWho).toBeNull();

    await w.t.client.ok(ACCEPT, { id }, { token: w.provider.accessToken });
    const providerAfter = await read(id, w.provider.accessToken);
    expect(providerAfter.booking.whereAndWho).toMatchObject(PLACE);
    const holderAfter = await read(id, w.holder.accessToken);
    expect(holderAfter.booking.whereAndWho?.providerEmails).toEqual([w.provider.user.email]);

    expect(await w.t.client.errorCode(WHERE_AND_WHO, { id }, { token: w.otherHolder.accessToken })).toBe(
      'FORBIDDEN',
    );
  });

  it('never shows a declined request’s place to the provider', async () => {
    const requested = await w.t.client.ok<{ requestBooking: { id: string } }>(
      REQUEST_WITH_PLACE,
      { input: { listingId: w.hourly, ...slot(6, 10), ...PLACE } },
      { token: w.holder.accessToken },
    );
    const id = requested.requestBooking.id;
    await w.t.client.ok(DECLINE, { id, reason: 'Fully booked' }, { token: w.provider.accessToken });
    expect((await read(id, w.provider.accessToken)).booking.whereAndWho).toBeNull();
  });

  it('refuses a place without its address, or a bad phone or email, and books nothing', async () => {
    const before = await rowCount(w.t, 'bookings');
    for (const wrong of [
      { placeKind: 'HOLDER_HOME' },
      { placeAddress: '1 High Street' },
      { contactPhone: 'call me' },
      { contactEmail: 'not-an-email' },
    ]) {
      const input = { listingId: w.hourly, ...slot(8, 10), ...wrong };
      expect(await w.t.client.errorCode(REQUEST_WITH_PLACE, { input }, { token: w.holder.accessToken })).toBe(
        'BAD_USER_INPUT',
      );
    }
    expect(await rowCount(w.t, 'bookings')).toBe(before);
  });

  it('lists free times without the accepted ones, for holders and the listing’s own people only', async () => {
    const spans = (data: { listingFreeTimes: { startsAt: string; endsAt: string }[] }) =>
      data.listingFreeTimes.map((span) => [new Date(span.startsAt), new Date(span.endsAt)]);
    const taken = slot(5, 10);
    const free = spans(
      await w.t.client.ok(FREE_TIMES, { listingId: w.hourly, weeks: 2 }, { token: w.holder.accessToken }),
    );
    // Every day of two weeks (the listing is open every day), split around the accepted 10:00 to 11:00.
    expect(free.length).toBeGreaterThanOrEqual(14);
    const start = new Date(taken.startsAt);
    const end = new Date(taken.endsAt);
    expect(free.some(([from, to]) => from < end && to > start)).toBe(false);
    expect(free.some(([, to]) => to.getTime() === start.getTime())).toBe(true);
    expect(free.some(([from]) => from.getTime() === end.getTime())).toBe(true);

    expect(
      await w.t.client.errorCode(
        FREE_TIMES,
        { listingId: w.hourly },
        { token: w.tauntonCatalyst.accessToken },
      ),
    ).toBe('FORBIDDEN');
    expect(
      await w.t.client.errorCode(
        FREE_TIMES,
        { listingId: w.hourly },
        { token: w.strangerProvider.accessToken },
      ),
    ).toBe('FORBIDDEN');
    const own = await w.t.client.ok<{ listingFreeTimes: unknown[] }>(
      FREE_TIMES,
      { listingId: w.hourly, weeks: 2 },
      { token: w.provider.accessToken },
    );
    expect(own.listingFreeTimes).toHaveLength(free.length);
    expect(await w.t.client.errorCode(FREE_TIMES, { listingId: w.hourly })).toBe('UNAUTHENTICATED');
    expect(
      await w.t.client.errorCode(
        FREE_TIMES,
        { listingId: w.hourly, weeks: 9 },
        { token: w.holder.accessToken },
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      await w.t.client.errorCode(
        FREE_TIMES,
        { listingId: '00000000-0000-4000-8000-000000000000' },
        { token: w.holder.accessToken },
      ),
    ).toBe('NOT_FOUND');
  });

  it('filters the holder’s own bookings by the budget that pays, and nobody else’s', async () => {
    const budgetId = await setUpBudget(w, w.holder, 50_000);
    const paid = await w.t.client.ok<{ requestBooking: { id: string } }>(
      REQUEST_WITH_PLACE,
      { input: { listingId: w.hourly, budgetId, ...slot(12, 10) } },
      { token: w.holder.accessToken },
    );
    const ids = async (token: string, side = 'HOLDER') =>
      (
        await w.t.client.ok<{ myBookings: { edges: { node: { id: string } }[] } }>(
          BY_BUDGET,
          { budgetId, side },
          { token },
        )
      ).myBookings.edges.map((edge) => edge.node.id);
    expect(await ids(w.holder.accessToken)).toEqual([paid.requestBooking.id]);
    expect(await ids(w.otherHolder.accessToken)).toEqual([]);
    expect(
      await w.t.client.errorCode(
        BY_BUDGET,
        { budgetId, side: 'PROVIDER' },
        { token: w.provider.accessToken },
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('exports the place and contact as the holder’s data and erases them when they close their account', async () => {
    const holder = await signUp(w.t.client, { role: 'BUDGET_HOLDER' });
    const address = `Flat ${Date.now()}, 2 Mill Lane, TA1 2AB`;
    const requested = await w.t.client.ok<{ requestBooking: { id: string } }>(
      REQUEST_WITH_PLACE,
      {
        input: {
          listingId: w.session40,
          ...slot(9, 15),
          ...PLACE,
          placeKind: 'HOLDER_HOME',
          placeAddress: address,
        },
      },
      { token: holder.accessToken },
    );
    const id = requested.requestBooking.id;
    const exported = await w.t.client.ok<{
      exportMyData: { bookings: { bookings: Record<string, unknown>[] } };
    }>(EXPORT, {}, { token: holder.accessToken });
    expect(exported.exportMyData.bookings.bookings[0]).toMatchObject({
      place_kind: 'HOLDER_HOME',
      place_address: address,
      contact_phone: PLACE.contactPhone,
      contact_email: PLACE.contactEmail,
    });
    await w.t.client.ok(CANCEL, { id, reason: 'Moving away' }, { token: holder.accessToken });
    await w.t.client.ok(CLOSE, { password: TEST_PASSWORD }, { token: holder.accessToken });
    const [row] = await w.t.dataSource.query(
      `SELECT place_kind, place_address, contact_phone, contact_email FROM bookings WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ place_kind: null, place_address: null, contact_phone: null, contact_email: null });
  });
});
