import { randomUUID } from 'node:crypto';
import {
  budgetTables,
  BudgetWorld,
  budgetWorld,
  RECORD_EXPENSE,
  setUpBudget,
  STATEMENT,
} from './budget-fixture';

interface StatementEntry {
  occurredOn: string;
  kind: string;
  payee: string;
  description: string;
  amountPence: number;
  receiptReference: string | null;
  balancePence: number;
}
interface Statement {
  openingBalancePence: number;
  closingBalancePence: number;
  entries: StatementEntry[];
}

/**
 * A ledger worked out by hand. 28-day periods from 1 Jan 2027 of £500 plus a £20 contribution; today is
 * 10 March 2027. The running balance is money in the account: commitments and releases move none of it.
 *
 *   date    entry                                          amount     balance
 *   01-01   council payment / contribution              +500 / +20     520.00
 *   01-10   expense, Ann Assistant, PA-001                 -120.00     400.00
 *   01-20   booking A accepted (set aside)                  -40.00     400.00
 *   01-25   booking A completed (paid)                      -40.00     360.00
 *   01-29   council payment / contribution              +500 / +20     880.00
 *   02-03   booking B accepted (set aside)                  -30.00     880.00
 *   02-05   booking B cancelled (released)                  +30.00     880.00
 *   02-14   expense, Village Lunch Club, LC-17              -25.50     854.50
 *   02-26   council payment / contribution              +500 / +20    1374.50
 *   03-02   expense, "=SUM(A1)", X-9                       -100.00    1274.50
 *
 * From 15 January to 28 February: opening £400.00, closing £1374.50.
 */
describe('budget statement, as GraphQL and CSV', () => {
  let w: BudgetWorld;
  let budgetId: string;
  const bookingA = randomUUID();
  const bookingB = randomUUID();
  const range = { from: '2027-01-15', to: '2027-02-28' };

  beforeAll(async () => {
    w = await budgetWorld();
    w.today('2027-03-10');
    budgetId = (await setUpBudget(w, { startsOn: '2027-01-01', contributionPence: 2_000 })).id;
    const expense = (
      spentOn: string,
      amountPence: number,
      payee: string,
      description: string,
      receipt: string,
    ) =>
      w.t.client.ok(
        RECORD_EXPENSE,
        { input: { budgetId, spentOn, amountPence, payee, description, receiptReference: receipt } },
        { token: w.holder.accessToken },
      );
    await expense('2027-01-10', 12_000, 'Ann Assistant', 'Personal assistant, January', 'PA-001');
    await w.db.transaction((tx) =>
      w.budgets.commit(tx, {
        budgetId,
        bookingId: bookingA,
        amountPence: 4_000,
        on: '2027-01-20',
        payee: 'Village Care',
        description: 'Personal care, 2 hours',
      }),
    );
    await w.db.transaction((tx) => w.budgets.settle(tx, bookingA, { on: '2027-01-25' }));
    await w.db.transaction((tx) =>
      w.budgets.commit(tx, {
        budgetId,
        bookingId: bookingB,
        amountPence: 3_000,
        on: '2027-02-03',
        payee: 'Village Care',
      }),
    );
    await w.db.transaction((tx) => w.budgets.release(tx, bookingB, { on: '2027-02-05' }));
    await expense('2027-02-14', 2_550, 'Village Lunch Club', 'Lunches, "Tuesday" club', 'LC-17');
    await expense('2027-03-02', 10_000, '=SUM(A1)', 'Assistant cover', 'X-9');
  });
  afterAll(() => w?.t.close());

  const statement = async (vars: Record<string, unknown>, token = w.holder.accessToken) =>
    (await w.t.client.ok<{ budgetStatement: Statement }>(STATEMENT, { budgetId, ...vars }, { token }))
      .budgetStatement;

  it('gives the hand-computed entries and running balance for 15 January to 28 February', async () => {
    const result = await statement(range);
    expect(result.openingBalancePence).toBe(40_000);
    expect(result.closingBalancePence).toBe(137_450);
    expect(result.entries.map((e) => [e.occurredOn, e.kind, e.amountPence, e.balancePence])).toEqual([
      ['2027-01-20', 'COMMITMENT', -4_000, 40_000],
      ['2027-01-25', 'PAYMENT', -4_000, 36_000],
      ['2027-01-29', 'COUNCIL_PAYMENT', 50_000, 86_000],
      ['2027-01-29', 'CONTRIBUTION', 2_000, 88_000],
      ['2027-02-03', 'COMMITMENT', -3_000, 88_000],
      ['2027-02-05', 'RELEASE', 3_000, 88_000],
      ['2027-02-14', 'EXPENSE', -2_550, 85_450],
      ['2027-02-26', 'COUNCIL_PAYMENT', 50_000, 135_450],
      ['2027-02-26', 'CONTRIBUTION', 2_000, 137_450],
    ]);
    expect(result.entries[0]).toMatchObject({ payee: 'Village Care', description: 'Personal care, 2 hours' });
    expect(result.entries[6]).toMatchObject({ payee: 'Village Lunch Club', receiptReference: 'LC-17' });
  });

  it('starts from nothing and ends with today’s balance over the whole life of the budget', async () => {
    const result = await statement({ from: '2026-12-01', to: '2027-03-10' });
    expect(result.openingBalancePence).toBe(0);
    expect(result.closingBalancePence).toBe(127_450);
    expect(result.entries).toHaveLength(13); // 6 credits, 3 expenses, 2 commitments, a payment, a release
    expect(result.entries[0]).toMatchObject({
      occurredOn: '2027-01-01',
      kind: 'COUNCIL_PAYMENT',
      balancePence: 50_000,
    });
  });

  it('gives an empty statement for a range with no entries, its opening balance carried through', async () => {
    const result = await statement({ from: '2027-03-03', to: '2027-03-09' });
    expect(result).toEqual({ openingBalancePence: 127_450, closingBalancePence: 127_450, entries: [] });
  });

  it.each([
    ['from after to', { from: '2027-03-01', to: '2027-02-01' }],
    ['a date that is not one', { from: '2027-02-30', to: '2027-03-01' }],
    ['more than seven years', { from: '2010-01-01', to: '2027-03-01' }],
  ])('refuses %s (BAD_USER_INPUT)', async (_, vars) => {
    expect(
      await w.t.client.errorCode(STATEMENT, { budgetId, ...vars }, { token: w.holder.accessToken }),
    ).toBe('BAD_USER_INPUT');
  });

  it('refuses another holder, a provider and an Admin (FORBIDDEN), unknown ids (NOT_FOUND), strangers', async () => {
    const before = await budgetTables(w.t);
    const eventsBefore = w.events.length;
    for (const session of [w.otherHolder, w.provider, w.admin]) {
      expect(
        await w.t.client.errorCode(STATEMENT, { budgetId, ...range }, { token: session.accessToken }),
      ).toBe('FORBIDDEN');
    }
    for (const id of [randomUUID(), 'not-an-id']) {
      expect(
        await w.t.client.errorCode(STATEMENT, { budgetId: id, ...range }, { token: w.holder.accessToken }),
      ).toBe('NOT_FOUND');
    }
    expect(await w.t.client.errorCode(STATEMENT, { budgetId, ...range })).toBe('UNAUTHENTICATED');
    expect(await budgetTables(w.t)).toEqual(before);
    expect(w.events.length).toBe(eventsBefore);
  });

  describe('as CSV', () => {
    const url = (id = budgetId, query = `from=${range.from}&to=${range.to}`) =>
      `${w.t.url}/budgets/${id}/statement.csv?${query}`;
    const get = (address: string, token?: string) =>
      fetch(address, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    it('serves the same statement with pounds to two decimals and the running balance', async () => {
      const response = await get(url(), w.holder.accessToken);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toBe(
        'attachment; filename="statement-2027-01-15-to-2027-02-28.csv"',
      );
      expect((await response.text()).split('\r\n')).toEqual([
        'Date,Type,Payee,Description,Amount,Receipt reference,Running balance',
        '2027-01-20,Booking accepted (money set aside),Village Care,"Personal care, 2 hours",-40.00,,400.00',
        '2027-01-25,Booking paid,Village Care,Booking completed: paid,-40.00,,360.00',
        '2027-01-29,Council payment,Council,Council payment for 2027-01-29 to 2027-02-25,500.00,,860.00',
        '2027-01-29,Contribution,Budget holder,Assessed contribution for 2027-01-29 to 2027-02-25,20.00,,880.00',
        '2027-02-03,Booking accepted (money set aside),Village Care,Booking accepted: money set aside,-30.00,,880.00',
        '2027-02-05,Booking cancelled (money released),Village Care,Booking cancelled or declined: money released,30.00,,880.00',
        '2027-02-14,Expense,Village Lunch Club,"Lunches, ""Tuesday"" club",-25.50,LC-17,854.50',
        '2027-02-26,Council payment,Council,Council payment for 2027-02-26 to 2027-03-25,500.00,,1354.50',
        '2027-02-26,Contribution,Budget holder,Assessed contribution for 2027-02-26 to 2027-03-25,20.00,,1374.50',
        '',
      ]);
    });

    it('defuses text a spreadsheet would run as a formula', async () => {
      const response = await get(url(budgetId, 'from=2027-03-01&to=2027-03-10'), w.holder.accessToken);
      expect(await response.text()).toContain(
        "2027-03-02,Expense,'=SUM(A1),Assistant cover,-100.00,X-9,1274.50\r\n",
      );
    });

    it('answers 401 to strangers, 403 to others, 404 for unknown budgets and 400 for bad dates', async () => {
      expect((await get(url())).status).toBe(401);
      for (const session of [w.otherHolder, w.provider, w.admin]) {
        expect((await get(url(), session.accessToken)).status).toBe(403);
      }
      expect((await get(url(randomUUID()), w.holder.accessToken)).status).toBe(404);
      expect((await get(url('nope'), w.holder.accessToken)).status).toBe(404);
      expect((await get(url(budgetId, 'from=yesterday&to=2027-03-01'), w.holder.accessToken)).status).toBe(
        400,
      );
      expect((await get(url(budgetId, 'from=2027-03-01'), w.holder.accessToken)).status).toBe(400);
      expect((await get(url(budgetId, 'from=2027-03-01&to=2027-02-01'), w.holder.accessToken)).status).toBe(
        400,
      );
    });
  });
});
