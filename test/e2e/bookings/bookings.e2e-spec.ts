import { Document, graphql } from '@small-places/testing';
import { Clock } from '@small-places/platform';
import { ReminderScanService } from '@small-places/notifications';
import { rowCount } from '../crm/crm-fixture';
import {
  ACCEPT,
  BookingWorld,
  bookingWorld,
  BUDGET,
  CANCEL,
  COMPLETE,
  DECLINE,
  REQUEST,
  setUpBudget,
  slot,
} from './bookings-fixture';

interface Booking {
  id: string;
  status: string;
  costPence: number;
}

async function waitFor(test: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const BOOKING = graphql(`
  query BookingsBooking($id: ID!) {
    booking(id: $id) {
      id
      status
      note
      holderName
      budgetId
      listing {
        title
      }
    }
  }
`);

describe('bookings', () => {
  let w: BookingWorld;
  const request = async (input: Record<string, unknown>, as = w.holder) =>
    (await w.t.client.ok<{ requestBooking: Booking }>(REQUEST, { input }, { token: as.accessToken }))
      .requestBooking;
  const code = (query: Document, variables: Record<string, unknown>, token?: string) =>
    w.t.client.errorCode(query, variables, token ? { token } : {});

  beforeAll(async () => {
    w = await bookingWorld();
  }, 60_000);
  afterAll(() => w?.t.close());

  it('requests a time, costed pro rata by the minute, and the provider accepts it', async () => {
    const booking = await request({
      listingId: w.hourly,
      ...slot(10, 10, 90),
      note: 'Please ring the bell twice',
    });
    expect(booking).toMatchObject({ status: 'REQUESTED', costPence: 2700 });
    const accepted = await w.t.client.ok<{ acceptBooking: Booking }>(
      ACCEPT,
      { id: booking.id },
      { token: w.provider.accessToken },
    );
    expect(accepted.acceptBooking.status).toBe('ACCEPTED');
    const seen = await w.t.client.ok<{ booking: Record<string, unknown> }>(
      BOOKING,
      { id: booking.id },
      { token: w.provider.accessToken },
    );
    expect(seen.booking).toMatchObject({
      note: 'Please ring the bell twice',
      holderName: 'Pat Example',
      budgetId: null,
    });
  });

  it.each([
    ['ends before it starts', () => ({ startsAt: slot(11, 12).startsAt, endsAt: slot(11, 11).startsAt })],
    ['is outside the availability', () => slot(11, 6)],
    ['is in the past', () => slot(-2, 10)],
    ['is longer than 12 hours', () => slot(11, 8, 13 * 60)],
  ])('refuses a time that %s, with BAD_USER_INPUT, and books nothing', async (_, times) => {
    const before = await rowCount(w.t, 'bookings');
    expect(await code(REQUEST, { input: { listingId: w.hourly, ...times() } }, w.holder.accessToken)).toBe(
      'BAD_USER_INPUT',
    );
    expect(await rowCount(w.t, 'bookings')).toBe(before);
  });

  it('refuses an unknown listing, a provider booking, someone else’s budget, and anonymous callers', async () => {
    const before = await rowCount(w.t, 'bookings');
    const times = slot(12, 10);
    expect(await code(REQUEST, { input: { listingId: 'nope', ...times } }, w.holder.accessToken)).toBe(
      'NOT_FOUND',
    );
    expect(await code(REQUEST, { input: { listingId: w.hourly, ...times } }, w.provider.accessToken)).toBe(
      'FORBIDDEN',
    );
    expect(await code(REQUEST, { input: { listingId: w.hourly, ...times } })).toBe('UNAUTHENTICATED');
    const theirs = await setUpBudget(w, w.otherHolder, 10000);
    expect(
      await code(
        REQUEST,
        { input: { listingId: w.hourly, ...times, budgetId: theirs } },
        w.holder.accessToken,
      ),
    ).toBe('FORBIDDEN');
    expect(await rowCount(w.t, 'bookings')).toBe(before);
  });

  it('refuses the holder accepting, other people reading or cancelling, and answers twice', async () => {
    const booking = await request({ listingId: w.hourly, ...slot(13, 10) });
    expect(await code(ACCEPT, { id: booking.id }, w.holder.accessToken)).toBe('FORBIDDEN');
    expect(await code(ACCEPT, { id: booking.id }, w.strangerProvider.accessToken)).toBe('FORBIDDEN');
    expect(await code(ACCEPT, { id: booking.id }, w.tauntonCatalyst.accessToken)).toBe('FORBIDDEN');
    expect(await code(BOOKING, { id: booking.id }, w.otherHolder.accessToken)).toBe('FORBIDDEN');
    expect(await code(CANCEL, { id: booking.id, reason: 'mine now' }, w.otherHolder.accessToken)).toBe(
      'FORBIDDEN',
    );
    expect(await code(ACCEPT, { id: '6f1c1a52-4bd1-4b6e-9a43-1d7c0f1b2c3d' }, w.provider.accessToken)).toBe(
      'NOT_FOUND',
    );
    const [{ status }] = await w.t.dataSource.query('SELECT status FROM bookings WHERE id = $1', [
      booking.id,
    ]);
    expect(status).toBe('REQUESTED');

    await w.t.client.ok(
      DECLINE,
      { id: booking.id, reason: 'Fully booked that week' },
      { token: w.provider.accessToken },
    );
    expect(await code(ACCEPT, { id: booking.id }, w.provider.accessToken)).toBe('CONFLICT');
    expect(await code(DECLINE, { id: booking.id, reason: ' ' }, w.provider.accessToken)).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses a second overlapping accept with CONFLICT', async () => {
    const first = await request({ listingId: w.hourly, ...slot(14, 10, 120) });
    const second = await request({ listingId: w.hourly, ...slot(14, 11, 60) }, w.otherHolder);
    await w.t.client.ok(ACCEPT, { id: first.id }, { token: w.provider.accessToken });
    expect(await code(ACCEPT, { id: second.id }, w.provider.accessToken)).toBe('CONFLICT');
    const [{ status }] = await w.t.dataSource.query('SELECT status FROM bookings WHERE id = $1', [second.id]);
    expect(status).toBe('REQUESTED');
    // Asking again for a time already accepted is refused at once.
    expect(
      await code(REQUEST, { input: { listingId: w.hourly, ...slot(14, 10, 30) } }, w.otherHolder.accessToken),
    ).toBe('CONFLICT');
  });

  it('20 overlapping requests accepted at once: exactly one wins, 19 get CONFLICT', async () => {
    const requests = [];
    for (let i = 0; i < 20; i += 1)
      requests.push(await request({ listingId: w.hourly, ...slot(20, 9, 30 + i) }));
    const results = await Promise.all(
      requests.map((booking) =>
        w.t.client.request(ACCEPT, { id: booking.id }, { token: w.provider.accessToken }),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(19);
    const [{ accepted }] = await w.t.dataSource.query(
      `SELECT count(*)::int AS accepted FROM bookings WHERE id = ANY($1) AND status = 'ACCEPTED'`,
      [requests.map((booking) => booking.id)],
    );
    expect(accepted).toBe(1);
  });

  it('4 bookings of £40 accepted at once against a £50 period: exactly one, £10 left, no partial ledger rows', async () => {
    const budgetId = await setUpBudget(w, w.holder, 5000);
    const ledgerBefore = await rowCount(w.t, 'ledger_entries');
    const requests = [];
    for (let i = 0; i < 4; i += 1)
      requests.push(await request({ listingId: w.session40, ...slot(30 + i, 10), budgetId }));
    expect(requests.every((booking) => booking.costPence === 4000)).toBe(true);
    const results = await Promise.all(
      requests.map((booking) =>
        w.t.client.request(ACCEPT, { id: booking.id }, { token: w.provider.accessToken }),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0].extensions?.code === 'CONFLICT')).toHaveLength(3);
    const budget = await w.t.client.ok<{ personalBudget: { currentPeriod: Record<string, number> } }>(
      BUDGET,
      { id: budgetId },
      { token: w.holder.accessToken },
    );
    expect(budget.personalBudget.currentPeriod).toMatchObject({
      allocationPence: 5000,
      committedPence: 4000,
      remainingPence: 1000,
    });
    expect(await rowCount(w.t, 'ledger_entries')).toBe(ledgerBefore + 1);
  });

  it('cancelling an accepted booking releases its budget; completing turns the commitment into a payment', async () => {
    const budgetId = await setUpBudget(w, w.otherHolder, 20000);
    const remaining = async () =>
      (
        await w.t.client.ok<{ personalBudget: { currentPeriod: Record<string, number> } }>(
          BUDGET,
          { id: budgetId },
          { token: w.otherHolder.accessToken },
        )
      ).personalBudget.currentPeriod;
    const cancelled = await request({ listingId: w.session40, ...slot(40, 10), budgetId }, w.otherHolder);
    await w.t.client.ok(ACCEPT, { id: cancelled.id }, { token: w.provider.accessToken });
    expect((await remaining()).remainingPence).toBe(16000);
    await w.t.client.ok(
      CANCEL,
      { id: cancelled.id, reason: 'In hospital that week' },
      { token: w.otherHolder.accessToken },
    );
    expect((await remaining()).remainingPence).toBe(20000);

    const delivered = await request({ listingId: w.session40, ...slot(1, 10), budgetId }, w.otherHolder);
    await w.t.client.ok(ACCEPT, { id: delivered.id }, { token: w.provider.accessToken });
    expect(await code(COMPLETE, { id: delivered.id }, w.provider.accessToken)).toBe('CONFLICT');
    const clock = w.t.app.get(Clock);
    clock.advance(2 * 86_400_000);
    try {
      const done = await w.t.client.ok<{ completeBooking: Booking }>(
        COMPLETE,
        { id: delivered.id },
        { token: w.provider.accessToken },
      );
      expect(done.completeBooking.status).toBe('COMPLETED');
    } finally {
      clock.advance(-2 * 86_400_000);
    }
    expect(await remaining()).toMatchObject({ committedPence: 0, spentPence: 4000, remainingPence: 16000 });
    expect(await code(COMPLETE, { id: delivered.id }, w.holder.accessToken)).toBe('FORBIDDEN');
  });

  it('lets the holder see which budget pays, never the provider', async () => {
    const budgetId = await setUpBudget(w, w.holder, 9000);
    const booking = await request({ listingId: w.hourly, ...slot(50, 10), budgetId, note: 'Key safe 1234' });
    const holderView = await w.t.client.ok<{ booking: { budgetId: string } }>(
      BOOKING,
      { id: booking.id },
      { token: w.holder.accessToken },
    );
    expect(holderView.booking.budgetId).toBe(budgetId);
    const providerView = await w.t.client.ok<{ booking: { budgetId: string | null } }>(
      BOOKING,
      { id: booking.id },
      { token: w.provider.accessToken },
    );
    expect(providerView.booking.budgetId).toBeNull();
  });

  it('expires requests nobody answers within 48 hours', async () => {
    const booking = await request({ listingId: w.hourly, ...slot(60, 10) });
    const clocks = [w.t.app.get(Clock), w.t.worker!.get(Clock)];
    clocks.forEach((clock) => clock.advance(49 * 3_600_000));
    try {
      // The worker's hourly scan expires it (test/e2e/notifications covers its notifications).
      expect(await w.t.worker!.get(ReminderScanService).scanHourly()).toBeGreaterThanOrEqual(1);
      await waitFor(async () => {
        const [row] = await w.t.dataSource.query('SELECT status FROM bookings WHERE id = $1', [booking.id]);
        return row.status === 'EXPIRED';
      });
      expect(await code(ACCEPT, { id: booking.id }, w.provider.accessToken)).toBe('CONFLICT');
    } finally {
      clocks.forEach((clock) => clock.advance(-49 * 3_600_000));
    }
    const [{ status }] = await w.t.dataSource.query('SELECT status FROM bookings WHERE id = $1', [
      booking.id,
    ]);
    expect(status).toBe('EXPIRED');
  });
});
