import { graphql } from '@small-places/testing';
import { PROVIDER_SIDE_REFUSAL } from '@small-places/budgets';
import { Clock } from '@small-places/platform';
import { rowCount } from '../crm/crm-fixture';
import { ACCEPT, BookingWorld, bookingWorld, CANCEL, REQUEST, setUpBudget, slot } from './bookings-fixture';

interface Booking {
  id: string;
  status: string;
}

const STATUS = graphql(`
  query TimeRulesStatus($id: ID!) {
    booking(id: $id) {
      id
      status
    }
  }
`);

describe('booking time rules, and what each side may learn', () => {
  let w: BookingWorld;
  const request = async (input: Record<string, unknown>, as = w.holder) =>
    (await w.t.client.ok<{ requestBooking: Booking }>(REQUEST, { input }, { token: as.accessToken }))
      .requestBooking;
  const accept = (id: string) => w.t.client.ok(ACCEPT, { id }, { token: w.provider.accessToken });
  const statusOf = async (id: string) =>
    (await w.t.client.ok<{ booking: Booking }>(STATUS, { id }, { token: w.provider.accessToken })).booking
      .status;
  const ledger = () => rowCount(w.t, 'ledger_entries');

  beforeAll(async () => {
    w = await bookingWorld();
  }, 60_000);
  afterAll(() => w?.t.close());

  it('refuses a booking more than 2 years ahead with BAD_USER_INPUT, creating nothing', async () => {
    const before = await rowCount(w.t, 'bookings');
    const result = await w.t.client.request(
      REQUEST,
      { input: { listingId: w.hourly, ...slot(2 * 366 + 5, 10) } },
      { token: w.holder.accessToken },
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('2 years');
    expect(await rowCount(w.t, 'bookings')).toBe(before);
    await request({ listingId: w.hourly, ...slot(700, 10) });
    expect(await rowCount(w.t, 'bookings')).toBe(before + 1);
  });

  it('a provider refused for lack of budget learns nothing of the budget or its balance', async () => {
    const budgetId = await setUpBudget(w, w.otherHolder, 5_000);
    const first = await request({ listingId: w.session40, ...slot(20, 10), budgetId }, w.otherHolder);
    const second = await request({ listingId: w.session40, ...slot(21, 10), budgetId }, w.otherHolder);
    await accept(first.id);
    const entries = await ledger();
    const refused = await w.t.client.request(ACCEPT, { id: second.id }, { token: w.provider.accessToken });
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toBe(PROVIDER_SIDE_REFUSAL);
    expect(refused.errors?.[0].message).not.toMatch(/£|\d|left|period/);
    expect(await statusOf(second.id)).toBe('REQUESTED');
    expect(await ledger()).toBe(entries);
  });

  it('a holder’s cancellation reason is not copied into the enterprise timeline', async () => {
    const booking = await request({ listingId: w.hourly, ...slot(12, 11) });
    await accept(booking.id);
    const reason = 'My consultant changed my chemotherapy day';
    await w.t.client.ok(CANCEL, { id: booking.id, reason }, { token: w.holder.accessToken });
    const timeline = await w.t.dataSource.query(
      `SELECT summary FROM timeline_events WHERE enterprise_id = $1`,
      [w.enterpriseId],
    );
    expect(timeline.length).toBeGreaterThan(0);
    expect(JSON.stringify(timeline)).not.toContain('chemotherapy');
    expect(timeline.map((row: { summary: string }) => row.summary)).toContain(
      'Booking cancelled by the person who booked',
    );
  });

  it('once a booking has started: an accepted one cannot be cancelled by either side, a request cannot be accepted', async () => {
    const times = slot(1, 9);
    const accepted = await request({ listingId: w.hourly, ...times });
    await accept(accepted.id);
    const waiting = await request({ listingId: w.hourly, ...slot(1, 8) });
    // Ten minutes into the accepted visit (and within the request's 48 hours).
    const moved = new Date(times.startsAt).getTime() + 10 * 60_000 - Date.now();
    const clock = w.t.app.get(Clock);
    clock.advance(moved);
    try {
      const entries = await ledger();
      for (const as of [w.holder, w.provider]) {
        expect(
          await w.t.client.errorCode(
            CANCEL,
            { id: accepted.id, reason: 'Too late' },
            { token: as.accessToken },
          ),
        ).toBe('CONFLICT');
      }
      expect(await statusOf(accepted.id)).toBe('ACCEPTED');
      expect(await w.t.client.errorCode(ACCEPT, { id: waiting.id }, { token: w.provider.accessToken })).toBe(
        'CONFLICT',
      );
      expect(await statusOf(waiting.id)).toBe('REQUESTED');
      expect(await ledger()).toBe(entries);
    } finally {
      clock.advance(-moved);
    }
  });
});
