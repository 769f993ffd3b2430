import { graphql } from '@small-places/testing';
import { NestFactory } from '@nestjs/core';
import { addDays, QueueName, QueueService } from '@small-places/platform';
import { JobType } from 'bullmq';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import {
  CONFIRM_VISIT,
  CORRECT_VISIT,
  DAY_MS,
  deliveredBookings,
  InvoiceWorld,
  invoiceWorld,
  RUN_SCAN,
  travel,
  WITHDRAW_VISIT,
} from './invoices-fixture';
import { ACCEPT, REQUEST, slot } from '../bookings/bookings-fixture';
import { BUDGET, BudgetView, STATEMENT } from '../budgets/budget-fixture';

const VISIT = graphql(`
  query VisitsVisit($id: ID!) {
    booking(id: $id) {
      id
      visit {
        state
        answeredById
        disputeReason
        confirmedByDefaultOn
      }
    }
  }
`);

// The machine these run on is shared and loaded: delivering bookings takes many requests.
jest.setTimeout(120_000);

/** Visit confirmation (PRODUCT.md §3.10): who may answer, disputes and their answers, the 7-day default. */
describe('visits: confirm, dispute, correct, withdraw, confirmed by default', () => {
  let w: InvoiceWorld;
  const rows = <T>(sql: string, params: unknown[] = []) => w.t.dataSource.query(sql, params) as Promise<T[]>;
  const visitOf = async (id: string) =>
    (
      await rows<{ state: string; dispute_reason: string | null }>(
        `SELECT state, dispute_reason FROM visit_confirmations WHERE booking_id = $1`,
        [id],
      )
    )[0] ?? null;

  beforeAll(async () => {
    w = await invoiceWorld();
  }, 180_000);
  afterAll(() => w?.t.close());

  it('lets the holder confirm a delivered visit and a delegate confirm another; shows AWAITING before', async () => {
    const [first, second] = await deliveredBookings(w, w.holder, w.budgetId, [
      [1, 9],
      [1, 11],
    ]);
    const before = await w.t.client.ok<{
      booking: { visit: { state: string; confirmedByDefaultOn: string } };
    }>(VISIT, { id: first }, { token: w.provider.accessToken });
    expect(before.booking.visit.state).toBe('AWAITING');
    const confirmed = await w.t.client.ok<{ confirmVisit: { status: string; visit: { state: string } } }>(
      CONFIRM_VISIT,
      { bookingId: first, happened: true },
      { token: w.holder.accessToken },
    );
    expect(confirmed.confirmVisit).toMatchObject({ status: 'COMPLETED', visit: { state: 'CONFIRMED' } });
    await w.t.client.ok(
      CONFIRM_VISIT,
      { bookingId: second, happened: true },
      { token: w.delegate.accessToken },
    );
    const answered = await rows<{ booking_id: string; answered_by_id: string }>(
      `SELECT booking_id, answered_by_id FROM visit_confirmations WHERE booking_id = ANY($1::uuid[])`,
      [[first, second]],
    );
    expect(Object.fromEntries(answered.map((row) => [row.booking_id, row.answered_by_id]))).toEqual({
      [first]: w.holder.user.id,
      [second]: w.delegate.user.id,
    });
  });

  it('refuses the provider confirming for the holder, strangers, bookings not delivered, and bad ids', async () => {
    const [delivered] = await deliveredBookings(w, w.holder, w.budgetId, [[2, 9]]);
    const pending = await w.t.client.ok<{ requestBooking: { id: string } }>(
      REQUEST,
      { input: { listingId: w.hourly, ...slot(3, 9), budgetId: w.budgetId } },
      { token: w.holder.accessToken },
    );
    await w.t.client.ok(ACCEPT, { id: pending.requestBooking.id }, { token: w.provider.accessToken });
    const attempt = (bookingId: string, token: string) =>
      w.t.client.errorCode(CONFIRM_VISIT, { bookingId, happened: true }, { token });
    expect(await attempt(delivered, w.provider.accessToken)).toBe('FORBIDDEN');
    expect(await attempt(delivered, w.otherHolder.accessToken)).toBe('FORBIDDEN');
    expect(await attempt(delivered, w.tauntonCatalyst.accessToken)).toBe('FORBIDDEN');
    expect(await attempt(pending.requestBooking.id, w.holder.accessToken)).toBe('CONFLICT');
    expect(await attempt('not-an-id', w.holder.accessToken)).toBe('NOT_FOUND');
    expect(await attempt('00000000-0000-4000-8000-000000000000', w.holder.accessToken)).toBe('NOT_FOUND');
    expect(await w.t.client.errorCode(CONFIRM_VISIT, { bookingId: delivered, happened: true })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await visitOf(delivered)).toBeNull();
    expect(await visitOf(pending.requestBooking.id)).toBeNull();
  });

  it('refuses a dispute without a reason, or after 30 days, changing nothing', async () => {
    const [booking] = await deliveredBookings(w, w.holder, w.budgetId, [[4, 9]]);
    for (const reason of [undefined, '', '   ']) {
      expect(
        await w.t.client.errorCode(
          CONFIRM_VISIT,
          { bookingId: booking, happened: false, reason },
          { token: w.holder.accessToken },
        ),
      ).toBe('BAD_USER_INPUT');
    }
    travel(w, 36 * DAY_MS);
    try {
      expect(
        await w.t.client.errorCode(
          CONFIRM_VISIT,
          { bookingId: booking, happened: false, reason: 'Nobody came' },
          { token: w.holder.accessToken },
        ),
      ).toBe('CONFLICT');
    } finally {
      travel(w, -36 * DAY_MS);
    }
    expect(await visitOf(booking)).toBeNull();
  });

  it('holds a disputed visit, tells the provider and the Catalyst, and takes a corrected time or a withdrawal', async () => {
    const [corrected, withdrawn] = await deliveredBookings(w, w.holder, w.budgetId, [
      [5, 9],
      [5, 12],
    ]);
    for (const id of [corrected, withdrawn]) {
      const disputed = await w.t.client.ok<{ confirmVisit: { visit: { state: string } } }>(
        CONFIRM_VISIT,
        { bookingId: id, happened: false, reason: 'The carer left after twenty minutes' },
        { token: w.delegate.accessToken },
      );
      expect(disputed.confirmVisit.visit.state).toBe('DISPUTED');
    }
    expect(
      await w.t.client.errorCode(
        CONFIRM_VISIT,
        { bookingId: corrected, happened: false, reason: 'Again' },
        { token: w.holder.accessToken },
      ),
    ).toBe('CONFLICT');
    for (const person of [w.provider, w.tauntonCatalyst]) {
      const told = await rows<{ body: string }>(
        `SELECT body FROM notifications WHERE user_id = $1 AND ref_id = $2 AND title = 'A visit was disputed'`,
        [person.user.id, corrected],
      );
      expect(told).toHaveLength(1);
      expect(told[0].body).toContain('The carer left after twenty minutes');
    }
    // Only the provider answers, only a dispute, with a time in the past.
    const [start] = await rows<{ starts_at: Date }>(`SELECT starts_at FROM bookings WHERE id = $1`, [
      corrected,
    ]);
    const realStart = new Date(start.starts_at.getTime() - 6 * DAY_MS); // yesterday, in the past
    const input = {
      bookingId: corrected,
      startsAt: realStart.toISOString(),
      endsAt: new Date(realStart.getTime() + 20 * 60_000).toISOString(),
    };
    expect(await w.t.client.errorCode(CORRECT_VISIT, { input }, { token: w.holder.accessToken })).toBe(
      'FORBIDDEN',
    );
    expect(
      await w.t.client.errorCode(
        CORRECT_VISIT,
        { input: { ...input, endsAt: input.startsAt } },
        { token: w.provider.accessToken },
      ),
    ).toBe('BAD_USER_INPUT');
    const answer = await w.t.client.ok<{
      correctVisitTime: { startsAt: string; visit: { state: string; providerAnswer: string } };
    }>(CORRECT_VISIT, { input }, { token: w.provider.accessToken });
    expect(answer.correctVisitTime).toMatchObject({
      startsAt: input.startsAt,
      visit: { state: 'AWAITING', providerAnswer: 'CORRECTED' },
    });
    expect(await w.t.client.errorCode(CORRECT_VISIT, { input }, { token: w.provider.accessToken })).toBe(
      'CONFLICT',
    );

    expect(
      await w.t.client.errorCode(WITHDRAW_VISIT, { bookingId: withdrawn }, { token: w.holder.accessToken }),
    ).toBe('FORBIDDEN');
    const gone = await w.t.client.ok<{ withdrawVisit: { visit: { state: string } } }>(
      WITHDRAW_VISIT,
      { bookingId: withdrawn },
      { token: w.provider.accessToken },
    );
    expect(gone.withdrawVisit.visit.state).toBe('WITHDRAWN');
    expect(
      await w.t.client.errorCode(
        CONFIRM_VISIT,
        { bookingId: withdrawn, happened: true },
        { token: w.holder.accessToken },
      ),
    ).toBe('CONFLICT');
  });

  it('takes a withdrawn visit’s payment back with a REVERSAL: the budget and the statement count it no more, the payment untouched', async () => {
    const [booking] = await deliveredBookings(w, w.holder, w.budgetId, [[3, 14]]);
    const ledger = () =>
      rows<{
        kind: string;
        amount_pence: number;
        period_id: string;
        occurred_on: string;
        description: string;
      }>(
        `SELECT kind, amount_pence, period_id, occurred_on::text, description FROM ledger_entries
          WHERE booking_id = $1 ORDER BY seq`,
        [booking],
      );
    const [, payment] = await ledger();
    expect(payment).toMatchObject({ kind: 'PAYMENT' });
    expect(payment.amount_pence).toBeLessThan(0);
    const totals = async () => {
      const { personalBudget } = await w.t.client.ok<{ personalBudget: BudgetView }>(
        BUDGET,
        { id: w.budgetId },
        { token: w.holder.accessToken },
      );
      const periods = personalBudget.periods;
      return {
        spent: periods.reduce((sum, period) => sum + period.spentPence, 0),
        committed: periods.reduce((sum, period) => sum + period.committedPence, 0),
        remaining: periods[periods.length - 1].remainingPence,
      };
    };
    const before = await totals();

    // The holder disputes the visit the day after it, and the provider withdraws it.
    travel(w, 5 * DAY_MS);
    try {
      await w.t.client.ok(
        CONFIRM_VISIT,
        { bookingId: booking, happened: false, reason: 'Nobody came' },
        { token: w.holder.accessToken },
      );
      await w.t.client.ok(WITHDRAW_VISIT, { bookingId: booking }, { token: w.provider.accessToken });
    } finally {
      travel(w, -5 * DAY_MS);
    }

    const entries = await ledger();
    expect(entries.map((entry) => entry.kind)).toEqual(['COMMITMENT', 'PAYMENT', 'REVERSAL']);
    expect(entries[1]).toEqual(payment); // the payment is never edited
    const reversal = entries[2];
    expect(reversal).toMatchObject({ amount_pence: -payment.amount_pence, period_id: payment.period_id });
    expect(reversal.occurred_on >= payment.occurred_on).toBe(true);
    const after = await totals();
    expect(after).toEqual({
      spent: before.spent + payment.amount_pence,
      committed: before.committed,
      remaining: before.remaining - payment.amount_pence,
    });

    const { budgetStatement } = await w.t.client.ok<{
      budgetStatement: {
        openingBalancePence: number;
        closingBalancePence: number;
        entries: { kind: string; amountPence: number }[];
      };
    }>(
      STATEMENT,
      { budgetId: w.budgetId, from: payment.occurred_on, to: reversal.occurred_on },
      { token: w.holder.accessToken },
    );
    expect(budgetStatement.entries.filter((entry) => entry.kind === 'REVERSAL')).toContainEqual(
      expect.objectContaining({ amountPence: -payment.amount_pence }),
    );
    const told = await rows<{ body: string }>(
      `SELECT body FROM notifications WHERE user_id = $1 AND ref_id = $2 AND title = 'The provider withdrew a visit'`,
      [w.holder.user.id, booking],
    );
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain('its cost is back in your budget');

    // Once per booking, whatever the code does: the database refuses a second reversal.
    await expect(
      rows(
        `INSERT INTO ledger_entries (budget_id, period_id, kind, amount_pence, occurred_on, payee, description, booking_id)
         SELECT budget_id, period_id, 'REVERSAL', amount_pence, occurred_on, payee, description, booking_id
           FROM ledger_entries WHERE booking_id = $1 AND kind = 'REVERSAL'`,
        [booking],
      ),
    ).rejects.toThrow(/ledger_entries_reversal_key/);
  });

  it('confirms an unanswered visit by default after 7 days, once, through a worker restart', async () => {
    const [quiet, answered] = await deliveredBookings(w, w.holder, w.budgetId, [
      [6, 9],
      [6, 12],
    ]);
    await w.t.client.ok(
      CONFIRM_VISIT,
      { bookingId: answered, happened: true },
      { token: w.holder.accessToken },
    );
    const [{ since }] = await rows<{ since: string }>(
      `SELECT ((completed_at AT TIME ZONE 'Europe/London')::date)::text AS since FROM bookings WHERE id = $1`,
      [quiet],
    );
    const queues = w.t.app.get(QueueService);
    const drained = async () => {
      const deadline = Date.now() + 30_000;
      for (;;) {
        let busy = false;
        for (const name of [QueueName.ReminderScan, QueueName.Reminders, QueueName.Mail]) {
          const states: JobType[] = name === QueueName.ReminderScan ? [] : ['delayed'];
          const counts = await queues.queue(name).getJobCounts('waiting', 'active', 'prioritized', ...states);
          busy ||= Object.values(counts).some((count) => count > 0);
        }
        if (!busy) return;
        if (Date.now() > deadline) throw new Error('queues did not drain');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    // Six days on: not yet.
    await w.t.client.ok(RUN_SCAN, { asOf: addDays(since, 6) }, { token: w.admin.accessToken });
    await drained();
    expect(await visitOf(quiet)).toBeNull();

    // The worker stops; the scan's jobs wait in Redis; a new worker process picks them up.
    await w.t.worker!.close();
    await w.t.client.ok(RUN_SCAN, { asOf: addDays(since, 7) }, { token: w.admin.accessToken });
    await w.t.client.ok(RUN_SCAN, { asOf: addDays(since, 8) }, { token: w.admin.accessToken });
    const restarted = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await restarted.init();
    w.t.worker = restarted;
    await drained();
    await w.t.client.ok(RUN_SCAN, { asOf: addDays(since, 9) }, { token: w.admin.accessToken });
    await drained();

    expect(await visitOf(quiet)).toMatchObject({ state: 'CONFIRMED_BY_DEFAULT' });
    expect(await visitOf(answered)).toMatchObject({ state: 'CONFIRMED' });
    expect(
      await rows(`SELECT 1 FROM reminders WHERE item_id = $1 AND kind = 'VISIT_CONFIRMATION_AFTER'`, [quiet]),
    ).toHaveLength(1);
    for (const person of [w.holder, w.delegate, w.provider]) {
      expect(
        await rows(
          `SELECT 1 FROM notifications WHERE user_id = $1 AND ref_id = $2
             AND title IN ('Visit counted as confirmed', 'Visit confirmed by default')`,
          [person.user.id, quiet],
        ),
      ).toHaveLength(1);
    }
    const seen = await w.t.client.ok<{ booking: { visit: { state: string; answeredById: string | null } } }>(
      VISIT,
      { id: quiet },
      { token: w.holder.accessToken },
    );
    expect(seen.booking.visit).toMatchObject({ state: 'CONFIRMED_BY_DEFAULT', answeredById: null });
  });
});
