import { graphql } from '@small-places/testing';
import { AppError } from '@small-places/platform';
import { PROVIDER_SIDE_REFUSAL } from '@small-places/budgets';
import { randomUUID } from 'node:crypto';
import { periodBalances } from '../../../libs/budgets/src/ledger/balance';
import { BudgetLedger } from '../../../libs/budgets/src/ledger/budget-ledger';
import { LedgerKind } from '../../../libs/budgets/src/ledger/ledger-kind';
import { addDays } from '@small-places/platform';
import { BudgetWorld, budgetWorld, count, readBudget, setUpBudget } from './budget-fixture';

/** A small deterministic PRNG, so a failing random ledger can be replayed. */
function prng(seed: number) {
  let state = seed >>> 0;
  return (below: number) => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state % below;
  };
}

describe('the ledger: commitments, releases, payments, append-only, derived balances', () => {
  let w: BudgetWorld;
  beforeAll(async () => {
    w = await budgetWorld();
    w.today('2027-03-10');
  });
  afterAll(() => w?.t.close());

  const commit = (budgetId: string, amountPence: number, bookingId = randomUUID(), on = '2027-03-10') =>
    w.db.transaction((tx) => w.budgets.commit(tx, { budgetId, bookingId, amountPence, on }));

  describe('under concurrency', () => {
    it('four £40 bookings accepted at once against a £50 period: exactly one is committed, £10 remains', async () => {
      for (let round = 0; round < 5; round++) {
        const budget = await setUpBudget(w, { startsOn: '2027-03-01', paymentPence: 5_000 });
        const results = await Promise.allSettled([1, 2, 3, 4].map(() => commit(budget.id, 4_000)));
        const fulfilled = results.filter((result) => result.status === 'fulfilled');
        const rejected = results.filter(
          (result): result is PromiseRejectedResult => result.status === 'rejected',
        );
        expect(fulfilled).toHaveLength(1);
        expect(rejected).toHaveLength(3);
        for (const refusal of rejected) {
          expect(refusal.reason).toBeInstanceOf(AppError);
          expect((refusal.reason as AppError).code).toBe('CONFLICT');
          // The provider accepts, so the refusal says nothing of the holder's budget or balance (issue 13).
          expect((refusal.reason as AppError).message).toBe(PROVIDER_SIDE_REFUSAL);
          expect((refusal.reason as AppError).message).not.toMatch(/£|\d/);
        }
        const read = await readBudget(w, budget.id);
        expect(read.currentPeriod).toMatchObject({ committedPence: 4_000, remainingPence: 1_000 });
        // No partial rows: one credit and one commitment, nothing else.
        const rows = await w.t.dataSource.query(
          `SELECT kind, amount_pence FROM ledger_entries WHERE budget_id = $1 ORDER BY seq`,
          [budget.id],
        );
        expect(rows).toEqual([
          { kind: 'COUNCIL_PAYMENT', amount_pence: 5_000 },
          { kind: 'COMMITMENT', amount_pence: -4_000 },
        ]);
      }
    });

    it('races commitments and an expense on the day a new period opens, and never overspends', async () => {
      // 30-day periods from 8 Feb: 8 Feb – 9 Mar, then 10 Mar – 8 Apr, opened by whichever request comes first.
      w.today('2027-03-09');
      const budget = await setUpBudget(w, { startsOn: '2027-02-08', paymentPence: 5_000, periodDays: 30 });
      w.today('2027-03-10');
      const expense = w.t.client.ok(
        graphql(`
          mutation LedgerRecordExpense($input: RecordExpenseInput!) {
            recordExpense(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            budgetId: budget.id,
            amountPence: 3_000,
            spentOn: '2027-03-10',
            payee: 'Ann Assistant',
            description: 'Hours',
            receiptReference: 'R-RACE',
          },
        },
        { token: w.holder.accessToken },
      );
      const results = await Promise.allSettled([
        ...[1, 2, 3, 4, 5, 6].map(() => commit(budget.id, 3_000)),
        expense,
      ]);
      // £100 in all (two periods of £50): three of the seven £30 claims fit.
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(3);
      const read = await readBudget(w, budget.id);
      expect(read.currentPeriod).toMatchObject({ startsOn: '2027-03-10', carriedPence: 5_000 });
      expect(read.currentPeriod!.remainingPence).toBe(1_000);
      expect(read.currentPeriod!.committedPence + read.currentPeriod!.spentPence).toBe(9_000);
      expect(await count(w.t, 'budget_periods WHERE budget_id = $1', [budget.id])).toBe(2);
      expect(
        await count(w.t, `ledger_entries WHERE budget_id = $1 AND kind = 'COUNCIL_PAYMENT'`, [budget.id]),
      ).toBe(2);
    });

    it('the same booking committed twice at once is set aside once', async () => {
      const budget = await setUpBudget(w, { startsOn: '2027-03-01', paymentPence: 50_000 });
      const bookingId = randomUUID();
      const results = await Promise.allSettled([
        commit(budget.id, 4_000, bookingId),
        commit(budget.id, 4_000, bookingId),
      ]);
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
      expect(await count(w.t, `ledger_entries WHERE booking_id = $1`, [bookingId])).toBe(1);
      expect((await readBudget(w, budget.id)).currentPeriod?.committedPence).toBe(4_000);
    });
  });

  describe('release and settle', () => {
    it('a release gives the money back; a payment turns a commitment into spending; each happens once', async () => {
      const budget = await setUpBudget(w, { startsOn: '2027-03-01', paymentPence: 50_000 });
      const cancelled = randomUUID();
      const completed = randomUUID();
      await commit(budget.id, 4_000, cancelled);
      await commit(budget.id, 6_000, completed);
      expect((await readBudget(w, budget.id)).currentPeriod).toMatchObject({
        committedPence: 10_000,
        spentPence: 0,
        remainingPence: 40_000,
      });

      const released = await w.db.transaction((tx) => w.budgets.release(tx, cancelled));
      expect(released).toMatchObject({ kind: 'RELEASE', amountPence: 4_000, occurredOn: '2027-03-10' });
      const paid = await w.db.transaction((tx) => w.budgets.settle(tx, completed));
      expect(paid).toMatchObject({ kind: 'PAYMENT', amountPence: -6_000 });
      expect((await readBudget(w, budget.id)).currentPeriod).toMatchObject({
        committedPence: 0,
        spentPence: 6_000,
        remainingPence: 44_000,
      });

      // Again: the same entry comes back, nothing is added.
      const again = await w.db.transaction((tx) => w.budgets.release(tx, cancelled));
      expect(again?.id).toBe(released?.id);
      const twice = await Promise.all([
        w.db.transaction((tx) => w.budgets.settle(tx, completed)),
        w.db.transaction((tx) => w.budgets.settle(tx, completed)),
      ]);
      expect(twice.map((entry) => entry?.id)).toEqual([paid?.id, paid?.id]);
      expect(await count(w.t, 'ledger_entries WHERE budget_id = $1', [budget.id])).toBe(5);

      // The other way round is a mistake worth hearing about.
      await expect(w.db.transaction((tx) => w.budgets.settle(tx, cancelled))).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      await expect(w.db.transaction((tx) => w.budgets.release(tx, completed))).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      // A booking that was never charged to a budget has nothing to release.
      expect(await w.db.transaction((tx) => w.budgets.release(tx, randomUUID()))).toBeNull();
      expect(await w.db.transaction((tx) => w.budgets.settle(tx, randomUUID()))).toBeNull();
    });

    it('a reversal takes a paid booking’s money back once, in the payment’s period; nothing else is reversed', async () => {
      const budget = await setUpBudget(w, { startsOn: '2027-03-01', paymentPence: 10_000, periodDays: 7 });
      const paidThen = randomUUID();
      const released = randomUUID();
      const open = randomUUID();
      await commit(budget.id, 2_500, paidThen, '2027-03-03');
      await commit(budget.id, 1_000, released, '2027-03-03');
      await commit(budget.id, 500, open, '2027-03-03');
      await w.db.transaction((tx) => w.budgets.settle(tx, paidThen));
      await w.db.transaction((tx) => w.budgets.release(tx, released));
      w.today('2027-03-16');
      try {
        const reversals = await Promise.all([
          w.db.transaction((tx) => w.budgets.reverse(tx, paidThen)),
          w.db.transaction((tx) => w.budgets.reverse(tx, paidThen)),
        ]);
        expect(reversals[0]).toMatchObject({
          kind: 'REVERSAL',
          amountPence: 2_500,
          occurredOn: '2027-03-16',
        });
        expect(reversals[1]?.id).toBe(reversals[0]?.id);
        const read = await readBudget(w, budget.id);
        const first = read.periods.find((p) => p.startsOn === '2027-03-01');
        // The payment's period: the open booking is still set aside, nothing is spent.
        expect(first).toMatchObject({ committedPence: 500, spentPence: 0, remainingPence: 9_500 });
        // Released, still open, or never charged: nothing to take back.
        for (const bookingId of [released, open, randomUUID()])
          expect(await w.db.transaction((tx) => w.budgets.reverse(tx, bookingId))).toBeNull();
        expect(
          await count(w.t, `ledger_entries WHERE budget_id = $1 AND kind = 'REVERSAL'`, [budget.id]),
        ).toBe(1);
        // A reversal is money in; the database checks its sign and that it names a booking.
        await expect(
          w.t.dataSource.query(
            `INSERT INTO ledger_entries (budget_id, period_id, kind, amount_pence, occurred_on, payee, description)
             SELECT budget_id, period_id, 'REVERSAL', 100, occurred_on, 'P', 'D' FROM ledger_entries
              WHERE booking_id = $1 AND kind = 'REVERSAL'`,
            [paidThen],
          ),
        ).rejects.toThrow(/ledger_entries_booking_check/);
        await expect(
          w.t.dataSource.query(
            `INSERT INTO ledger_entries (budget_id, period_id, kind, amount_pence, occurred_on, payee, description, booking_id)
             SELECT budget_id, period_id, 'REVERSAL', -100, occurred_on, 'P', 'D', $1 FROM ledger_entries
              WHERE booking_id = $2 AND kind = 'REVERSAL'`,
            [open, paidThen],
          ),
        ).rejects.toThrow(/ledger_entries_sign_check/);
      } finally {
        w.today('2027-03-10');
      }
    });

    it('settles a commitment in the period it was made, even when paid in a later one', async () => {
      const budget = await setUpBudget(w, { startsOn: '2027-03-01', paymentPence: 10_000, periodDays: 7 });
      const bookingId = randomUUID();
      await commit(budget.id, 2_500, bookingId, '2027-03-03');
      w.today('2027-03-16');
      await w.db.transaction((tx) => w.budgets.settle(tx, bookingId));
      const read = await readBudget(w, budget.id);
      const first = read.periods.find((p) => p.startsOn === '2027-03-01');
      expect(first).toMatchObject({ committedPence: 0, spentPence: 2_500, remainingPence: 7_500 });
      expect(read.currentPeriod).toMatchObject({
        startsOn: '2027-03-15',
        carriedPence: 17_500,
        remainingPence: 27_500,
      });
      w.today('2027-03-10');
    });

    it('refuses a commitment that is not covered, a future day, and a day before the budget starts', async () => {
      const budget = await setUpBudget(w, { startsOn: '2027-03-01', paymentPence: 1_000 });
      const before = await count(w.t, 'ledger_entries WHERE budget_id = $1', [budget.id]);
      await expect(commit(budget.id, 1_001)).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(commit(budget.id, 500, randomUUID(), '2027-03-11')).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      await expect(commit(budget.id, 500, randomUUID(), '2027-02-28')).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
      });
      await expect(commit(randomUUID(), 500)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await count(w.t, 'ledger_entries WHERE budget_id = $1', [budget.id])).toBe(before);
      await expect(commit(budget.id, 1_000)).resolves.toMatchObject({
        kind: 'COMMITMENT',
        amountPence: -1_000,
      });
    });
  });

  describe('append-only', () => {
    let entryId: string;
    beforeAll(async () => {
      const budget = await setUpBudget(w, { startsOn: '2027-03-01' });
      [{ id: entryId }] = await w.t.dataSource.query(`SELECT id FROM ledger_entries WHERE budget_id = $1`, [
        budget.id,
      ]);
    });

    it.each([
      ['an UPDATE', `UPDATE ledger_entries SET amount_pence = 1 WHERE id = $1`],
      ['a DELETE', `DELETE FROM ledger_entries WHERE id = $1`],
    ])('the database refuses %s', async (_, sql) => {
      await expect(w.t.dataSource.query(sql, [entryId])).rejects.toThrow(/append-only/);
      const [row] = await w.t.dataSource.query(`SELECT amount_pence FROM ledger_entries WHERE id = $1`, [
        entryId,
      ]);
      expect(row.amount_pence).toBe(50_000);
    });

    it('the database refuses TRUNCATE', async () => {
      await expect(w.t.dataSource.query(`TRUNCATE ledger_entries CASCADE`)).rejects.toThrow(/append-only/);
      expect(await count(w.t, 'ledger_entries')).toBeGreaterThan(0);
    });

    it('the anonymisation hook may blank personal text, never money, kinds or dates', async () => {
      await w.t.dataSource.transaction(async (tx) => {
        await tx.query(`SET LOCAL small_places.anonymise_ledger = 'on'`);
        await tx.query(`UPDATE ledger_entries SET payee = 'Anonymised', description = '' WHERE id = $1`, [
          entryId,
        ]);
      });
      const [row] = await w.t.dataSource.query(
        `SELECT payee, amount_pence FROM ledger_entries WHERE id = $1`,
        [entryId],
      );
      expect(row).toEqual({ payee: 'Anonymised', amount_pence: 50_000 });
      await expect(
        w.t.dataSource.transaction(async (tx) => {
          await tx.query(`SET LOCAL small_places.anonymise_ledger = 'on'`);
          await tx.query(`UPDATE ledger_entries SET amount_pence = 1 WHERE id = $1`, [entryId]);
        }),
      ).rejects.toThrow(/append-only/);
      await expect(
        w.t.dataSource.transaction(async (tx) => {
          await tx.query(`SET LOCAL small_places.anonymise_ledger = 'on'`);
          await tx.query(`DELETE FROM ledger_entries WHERE id = $1`, [entryId]);
        }),
      ).rejects.toThrow(/append-only/);
    });

    it('the database refuses an entry whose sign does not match its kind, or a commitment without a booking', async () => {
      const [entry] = await w.t.dataSource.query(
        `SELECT budget_id, period_id FROM ledger_entries WHERE id = $1`,
        [entryId],
      );
      const insert = (kind: string, amount: number, bookingId: string | null) =>
        w.t.dataSource.query(
          `INSERT INTO ledger_entries (budget_id, period_id, kind, amount_pence, occurred_on, payee, description,
             receipt_reference, booking_id)
           VALUES ($1, $2, $3, $4, '2027-03-02', 'x', 'x', 'R', $5)`,
          [entry.budget_id, entry.period_id, kind, amount, bookingId],
        );
      await expect(insert('EXPENSE', 100, null)).rejects.toThrow(/ledger_entries_sign_check/);
      await expect(insert('COMMITMENT', -100, null)).rejects.toThrow(/ledger_entries_booking_check/);
      await expect(insert('COUNCIL_PAYMENT', 100, null)).rejects.toThrow(/ledger_entries_credit_key/);
    });
  });

  describe('balances derived in SQL agree with a recomputation from scratch', () => {
    it('over random ledgers written straight to the tables', async () => {
      const random = prng(20271);
      const ledger = w.t.app.get(BudgetLedger);
      const kinds = [LedgerKind.COMMITMENT, LedgerKind.EXPENSE, LedgerKind.COMMITMENT, LedgerKind.EXPENSE];
      for (let trial = 0; trial < 25; trial++) {
        const budget = await setUpBudget(w, {
          startsOn: addDays('2027-03-10', -random(200)),
          periodDays: 7 + random(30),
          paymentPence: 1 + random(100_000),
          contributionPence: random(3) === 0 ? random(5_000) : 0,
        });
        const periods: { id: string; starts_on: string }[] = await w.t.dataSource.query(
          `SELECT id, starts_on::text FROM budget_periods WHERE budget_id = $1 ORDER BY starts_on`,
          [budget.id],
        );
        const open: { bookingId: string; periodId: string; amount: number }[] = [];
        for (let n = random(40); n > 0; n--) {
          const period = periods[random(periods.length)];
          const amount = 1 + random(60_000);
          const roll = random(6);
          const insert = (
            kind: LedgerKind,
            periodId: string,
            amountPence: number,
            bookingId: string | null,
          ) =>
            w.t.dataSource.query(
              `INSERT INTO ledger_entries (budget_id, period_id, kind, amount_pence, occurred_on, payee, description,
                 receipt_reference, booking_id)
               VALUES ($1, $2, $3, $4, $5, 'Payee', 'Random', 'R', $6)`,
              [budget.id, periodId, kind, amountPence, period.starts_on, bookingId],
            );
          if (roll >= 4 && open.length > 0) {
            const [closing] = open.splice(random(open.length), 1);
            const kind = roll === 4 ? LedgerKind.RELEASE : LedgerKind.PAYMENT;
            await insert(
              kind,
              closing.periodId,
              kind === LedgerKind.RELEASE ? closing.amount : -closing.amount,
              closing.bookingId,
            );
            // Now and then a paid booking's visit is withdrawn and its payment taken back.
            if (kind === LedgerKind.PAYMENT && random(3) === 0)
              await insert(LedgerKind.REVERSAL, closing.periodId, closing.amount, closing.bookingId);
          } else {
            const kind = kinds[roll % kinds.length];
            const bookingId = kind === LedgerKind.COMMITMENT ? randomUUID() : null;
            await insert(kind, period.id, -amount, bookingId);
            if (bookingId) open.push({ bookingId, periodId: period.id, amount });
          }
        }
        const fromSql = await ledger.balances(w.db.manager, budget.id);
        const entries = await ledger.entriesOf(w.db.manager, budget.id);
        const fromScratch = periodBalances(
          periods.map((p) => p.id),
          entries,
        );
        expect(fromSql.map(({ startsOn: _s, endsOn: _e, ...balance }) => balance)).toEqual(fromScratch);
      }
    });

    it('over random sequences of bookings and expenses through the service, never going below nothing', async () => {
      const spentOn = (today: string, daysBack: number) =>
        addDays(today, -daysBack) < '2027-01-04' ? today : addDays(today, -daysBack);
      const random = prng(7);
      const ledger = w.t.app.get(BudgetLedger);
      const budget = await setUpBudget(w, { startsOn: '2027-01-04', periodDays: 14, paymentPence: 20_000 });
      const open: string[] = [];
      let day = '2027-01-04';
      let refused = 0;
      for (let step = 0; step < 120; step++) {
        if (random(4) === 0) day = addDays(day, 1 + random(5));
        w.today(day);
        const roll = random(10);
        try {
          if (roll < 5) {
            const bookingId = randomUUID();
            await w.db.transaction((tx) =>
              w.budgets.commit(tx, {
                budgetId: budget.id,
                bookingId,
                amountPence: 500 + random(9_000),
                on: day,
              }),
            );
            open.push(bookingId);
          } else if (roll < 7 && open.length) {
            const [bookingId] = open.splice(random(open.length), 1);
            await w.db.transaction((tx) => w.budgets.settle(tx, bookingId));
          } else if (roll < 8 && open.length) {
            const [bookingId] = open.splice(random(open.length), 1);
            await w.db.transaction((tx) => w.budgets.release(tx, bookingId));
          } else {
            await w.t.client.ok(
              graphql(`
                mutation LedgerRecordExpense2($input: RecordExpenseInput!) {
                  recordExpense(input: $input) {
                    id
                  }
                }
              `),
              {
                input: {
                  budgetId: budget.id,
                  amountPence: 100 + random(12_000),
                  spentOn: spentOn(day, random(20)),
                  payee: 'Ann Assistant',
                  description: 'Hours',
                  receiptReference: `R${step}`,
                },
              },
              { token: w.holder.accessToken },
            );
          }
        } catch (error) {
          if ((error as AppError).code === 'CONFLICT' || /CONFLICT/.test(String(error))) refused++;
          else throw error;
        }
        const fromSql = await ledger.balances(w.db.manager, budget.id);
        expect(Math.min(...fromSql.map((p) => p.remainingPence))).toBeGreaterThanOrEqual(0);
      }
      const fromSql = await ledger.balances(w.db.manager, budget.id);
      const fromScratch = periodBalances(
        fromSql.map((p) => p.periodId),
        await ledger.entriesOf(w.db.manager, budget.id),
      );
      expect(fromSql.map(({ startsOn: _s, endsOn: _e, ...balance }) => balance)).toEqual(fromScratch);
      expect(fromSql.length).toBeGreaterThan(3);
      expect(refused).toBeGreaterThan(0);
      w.today('2027-03-10');
    });
  });
});
