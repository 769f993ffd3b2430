import { graphql } from '@small-places/testing';
import {
  BUDGET,
  budgetInput,
  budgetTables,
  BudgetView,
  BudgetWorld,
  budgetWorld,
  count,
  MY_BUDGETS,
  readBudget,
  RECORD_EXPENSE,
  SET_UP_BUDGET,
  setUpBudget,
} from './budget-fixture';

/** The contract's operations, word for word (shared/contract/operations.graphql). */
const CONTRACT_SET_UP = graphql(`
  mutation BudgetsContractSetUp($input: SetUpBudgetInput!) {
    setUpBudget(input: $input) {
      id
      label
      currentPeriod {
        startsOn
        endsOn
        allocationPence
        committedPence
        spentPence
        remainingPence
      }
    }
  }
`);
const CONTRACT_BUDGET = graphql(`
  query BudgetsContractBudget($id: ID!) {
    personalBudget(id: $id) {
      id
      label
      currentPeriod {
        startsOn
        endsOn
        allocationPence
        committedPence
        spentPence
        remainingPence
      }
    }
  }
`);

const UNKNOWN_ID = '6f1c1a52-4bd1-4b6e-9a43-1d7c0f1b2c3d';

describe('personal budgets: set up, read, roll, surplus, expenses', () => {
  let w: BudgetWorld;
  beforeAll(async () => {
    w = await budgetWorld();
    w.today('2027-03-10');
  });
  afterAll(() => w?.t.close());

  describe('setting up', () => {
    it('answers the contract SetUpBudget and Budget operations', async () => {
      const input = budgetInput({ startsOn: '2027-03-01', label: 'Contract budget' });
      const created = await w.t.client.ok<{ setUpBudget: { id: string } }>(
        CONTRACT_SET_UP,
        { input },
        { token: w.holder.accessToken },
      );
      const expected = {
        label: 'Contract budget',
        currentPeriod: {
          startsOn: '2027-03-01',
          endsOn: '2027-03-28',
          allocationPence: 50_000,
          committedPence: 0,
          spentPence: 0,
          remainingPence: 50_000,
        },
      };
      expect(created.setUpBudget).toMatchObject(expected);
      const read = await w.t.client.ok<{ personalBudget: unknown }>(
        CONTRACT_BUDGET,
        { id: created.setUpBudget.id },
        { token: w.holder.accessToken },
      );
      expect(read.personalBudget).toEqual({ id: created.setUpBudget.id, ...expected });
    });

    it('opens every period since the start, credits each, carries the balance and flags an 8-week surplus', async () => {
      // 28-day periods from 1 Jan 2027: 1–28 Jan, 29 Jan–25 Feb, 26 Feb–25 Mar (today is 10 Mar).
      const budget = await setUpBudget(w, { startsOn: '2027-01-01', contributionPence: 2_000 });
      expect(budget).toMatchObject({ periodDays: 28, contributionPence: 2_000, myRole: 'HOLDER' });
      expect(budget.periods.map((p) => [p.startsOn, p.endsOn])).toEqual([
        ['2027-02-26', '2027-03-25'],
        ['2027-01-29', '2027-02-25'],
        ['2027-01-01', '2027-01-28'],
      ]);
      expect(budget.currentPeriod).toEqual({
        startsOn: '2027-02-26',
        endsOn: '2027-03-25',
        allocationPence: 52_000,
        carriedPence: 104_000,
        committedPence: 0,
        spentPence: 0,
        remainingPence: 156_000,
      });
      // Eight weeks of £500 every 28 days is £1,000; £1,040 is carried.
      expect(budget).toMatchObject({ carriedPence: 104_000, surplusFlag: true, surplusPence: 4_000 });
      expect(budget.surplusExplanation).toContain('£40.00 more than 8 weeks of council payments (£1000.00)');
      const kinds = await w.t.dataSource.query(
        `SELECT kind, amount_pence, occurred_on::text FROM ledger_entries WHERE budget_id = $1 ORDER BY seq`,
        [budget.id],
      );
      expect(kinds).toEqual([
        { kind: 'COUNCIL_PAYMENT', amount_pence: 50_000, occurred_on: '2027-01-01' },
        { kind: 'CONTRIBUTION', amount_pence: 2_000, occurred_on: '2027-01-01' },
        { kind: 'COUNCIL_PAYMENT', amount_pence: 50_000, occurred_on: '2027-01-29' },
        { kind: 'CONTRIBUTION', amount_pence: 2_000, occurred_on: '2027-01-29' },
        { kind: 'COUNCIL_PAYMENT', amount_pence: 50_000, occurred_on: '2027-02-26' },
        { kind: 'CONTRIBUTION', amount_pence: 2_000, occurred_on: '2027-02-26' },
      ]);
    });

    it('has no current period before the start date, and no surplus', async () => {
      const budget = await setUpBudget(w, { startsOn: '2027-04-01', periodDays: 7 });
      expect(budget).toMatchObject({ currentPeriod: null, periods: [], carriedPence: 0, surplusFlag: false });
      w.today('2027-04-02');
      const started = await readBudget(w, budget.id);
      expect(started.currentPeriod).toMatchObject({ startsOn: '2027-04-01', endsOn: '2027-04-07' });
      w.today('2027-03-10');
    });

    it.each([
      ['a payment of nothing', { paymentPence: 0 }],
      ['a negative contribution', { contributionPence: -1 }],
      ['periods shorter than a week', { periodDays: 6 }],
      ['periods longer than 92 days', { periodDays: 93 }],
      ['a date that is not one', { startsOn: '2027-02-30' }],
      ['a start more than a year ahead', { startsOn: '2028-03-11' }],
      ['a start more than six years back', { startsOn: '2021-01-01' }],
      ['an empty label', { label: '   ' }],
      ['pence that are not whole', { paymentPence: 10.5 }],
    ])('refuses %s (BAD_USER_INPUT) and creates nothing', async (_, change) => {
      const before = await budgetTables(w.t);
      const code = await w.t.client.errorCode(
        SET_UP_BUDGET,
        { input: budgetInput(change) },
        { token: w.holder.accessToken },
      );
      expect(code).toBe('BAD_USER_INPUT');
      expect(await budgetTables(w.t)).toEqual(before);
    });

    it('is for budget holders only: providers and Admins are FORBIDDEN, strangers UNAUTHENTICATED', async () => {
      const before = await budgetTables(w.t);
      for (const session of [w.provider, w.admin]) {
        expect(
          await w.t.client.errorCode(SET_UP_BUDGET, { input: budgetInput() }, { token: session.accessToken }),
        ).toBe('FORBIDDEN');
      }
      expect(await w.t.client.errorCode(SET_UP_BUDGET, { input: budgetInput() })).toBe('UNAUTHENTICATED');
      expect(await budgetTables(w.t)).toEqual(before);
    });
  });

  describe('who sees a budget', () => {
    let budget: BudgetView;
    beforeAll(async () => {
      budget = await setUpBudget(w, { startsOn: '2027-03-01', label: 'Private budget' });
    });

    it('refuses another holder, a provider and an Admin (FORBIDDEN), and strangers (UNAUTHENTICATED)', async () => {
      const before = await budgetTables(w.t);
      for (const session of [w.otherHolder, w.provider, w.admin]) {
        expect(await w.t.client.errorCode(BUDGET, { id: budget.id }, { token: session.accessToken })).toBe(
          'FORBIDDEN',
        );
      }
      expect(await w.t.client.errorCode(BUDGET, { id: budget.id })).toBe('UNAUTHENTICATED');
      expect(await budgetTables(w.t)).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown or malformed id', async () => {
      const token = w.holder.accessToken;
      expect(await w.t.client.errorCode(BUDGET, { id: UNKNOWN_ID }, { token })).toBe('NOT_FOUND');
      expect(await w.t.client.errorCode(BUDGET, { id: 'budget-1' }, { token })).toBe('NOT_FOUND');
    });

    it('lists a holder’s own budgets only', async () => {
      const mine = await w.t.client.ok<{ myBudgets: { id: string; myRole: string }[] }>(
        MY_BUDGETS,
        {},
        { token: w.holder.accessToken },
      );
      expect(mine.myBudgets.map((b) => b.id)).toContain(budget.id);
      expect(mine.myBudgets.every((b) => b.myRole === 'HOLDER')).toBe(true);
      for (const session of [w.otherHolder, w.provider, w.admin]) {
        const theirs = await w.t.client.ok<{ myBudgets: unknown[] }>(
          MY_BUDGETS,
          {},
          { token: session.accessToken },
        );
        expect(theirs.myBudgets).toEqual([]);
      }
    });
  });

  describe('periods roll over', () => {
    it('when the budget is read, and in the worker’s daily roll, without ever doubling a period', async () => {
      const budget = await setUpBudget(w, { startsOn: '2027-03-01', periodDays: 7, paymentPence: 10_000 });
      expect(budget.periods).toHaveLength(2); // 1–7 and 8–14 March
      const periodsOf = () => count(w.t, 'budget_periods WHERE budget_id = $1', [budget.id]);
      const creditsOf = () =>
        count(w.t, `ledger_entries WHERE budget_id = $1 AND kind = 'COUNCIL_PAYMENT'`, [budget.id]);

      w.today('2027-03-29');
      const [a, b] = await Promise.all([readBudget(w, budget.id), readBudget(w, budget.id)]);
      expect(a.currentPeriod).toEqual(b.currentPeriod);
      expect(a.currentPeriod).toMatchObject({
        startsOn: '2027-03-29',
        endsOn: '2027-04-04',
        carriedPence: 40_000,
        remainingPence: 50_000,
      });
      expect(await periodsOf()).toBe(5);
      expect(await creditsOf()).toBe(5);

      expect(await w.overview.rollPeriods('2027-04-05')).toBeGreaterThanOrEqual(1);
      expect(await periodsOf()).toBe(6);
      expect(await w.overview.rollPeriods('2027-04-05')).toBe(0);
      const rolled = await Promise.all([
        w.overview.rollPeriods('2027-04-12'),
        w.overview.rollPeriods('2027-04-12'),
      ]);
      expect(rolled[0] + rolled[1]).toBeGreaterThanOrEqual(1);
      expect(await periodsOf()).toBe(7);
      expect(await creditsOf()).toBe(7);
      w.today('2027-03-10');
    });
  });

  describe('expenses', () => {
    let budget: BudgetView;
    const expense = (overrides: Record<string, unknown> = {}) => ({
      budgetId: budget.id,
      amountPence: 12_000,
      spentOn: '2027-03-05',
      payee: 'Ann Assistant',
      description: 'Personal assistant, 10 hours',
      receiptReference: 'PA-0042',
      ...overrides,
    });
    beforeAll(async () => {
      budget = await setUpBudget(w, { startsOn: '2027-03-01', label: 'Expenses budget' });
    });

    it('records an expense as spent in its period', async () => {
      const data = await w.t.client.ok<{ recordExpense: BudgetView }>(
        RECORD_EXPENSE,
        { input: expense() },
        { token: w.holder.accessToken },
      );
      expect(data.recordExpense.currentPeriod).toMatchObject({ spentPence: 12_000, remainingPence: 38_000 });
    });

    it('records a payment to a close relative in the household with the council’s approval reference', async () => {
      const data = await w.t.client.ok<{ recordExpense: BudgetView }>(
        RECORD_EXPENSE,
        {
          input: expense({
            amountPence: 3_000,
            payee: 'My daughter',
            paidToCloseRelative: true,
            councilApprovalReference: 'SCC/DP/2027/118',
          }),
        },
        { token: w.holder.accessToken },
      );
      expect(data.recordExpense.currentPeriod).toMatchObject({ spentPence: 15_000, remainingPence: 35_000 });
      const [row] = await w.t.dataSource.query(
        `SELECT paid_to_close_relative, approval_reference FROM ledger_entries WHERE payee = 'My daughter'`,
      );
      expect(row).toEqual({ paid_to_close_relative: true, approval_reference: 'SCC/DP/2027/118' });
    });

    it.each([
      ['a close relative without the council’s approval', { paidToCloseRelative: true }, 'BAD_USER_INPUT'],
      ['a date in the future', { spentOn: '2027-03-11' }, 'BAD_USER_INPUT'],
      ['a date before the budget starts', { spentOn: '2027-02-28' }, 'BAD_USER_INPUT'],
      ['an amount of nothing', { amountPence: 0 }, 'BAD_USER_INPUT'],
      ['no receipt reference', { receiptReference: ' ' }, 'BAD_USER_INPUT'],
      ['a malformed budget id', { budgetId: 'nope' }, 'BAD_USER_INPUT'],
      ['an unknown budget', { budgetId: UNKNOWN_ID }, 'NOT_FOUND'],
      ['more than is left', { amountPence: 35_001 }, 'CONFLICT'],
    ])('refuses %s and records nothing', async (_, change, code) => {
      const before = await budgetTables(w.t);
      expect(
        await w.t.client.errorCode(
          RECORD_EXPENSE,
          { input: expense(change) },
          { token: w.holder.accessToken },
        ),
      ).toBe(code);
      expect(await budgetTables(w.t)).toEqual(before);
    });

    it('explains a refusal for want of money in plain English', async () => {
      const result = await w.t.client.request(
        RECORD_EXPENSE,
        { input: expense({ amountPence: 40_000 }) },
        { token: w.holder.accessToken },
      );
      expect(result.errors?.[0].message).toBe(
        'There is not enough left in this budget to cover this expense: it costs £400.00 and £350.00 is left in the period 2027-03-01 to 2027-03-28. Nothing has been charged.',
      );
    });

    it('refuses another holder, a provider and an Admin (FORBIDDEN), recording nothing', async () => {
      const before = await budgetTables(w.t);
      for (const session of [w.otherHolder, w.provider, w.admin]) {
        expect(
          await w.t.client.errorCode(RECORD_EXPENSE, { input: expense() }, { token: session.accessToken }),
        ).toBe('FORBIDDEN');
      }
      expect(await w.t.client.errorCode(RECORD_EXPENSE, { input: expense() })).toBe('UNAUTHENTICATED');
      expect(await budgetTables(w.t)).toEqual(before);
    });
  });
});
