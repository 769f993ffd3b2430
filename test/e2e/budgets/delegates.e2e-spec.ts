import {
  ACCEPT_INVITATION,
  acceptInvitation,
  Mailbox,
  Session,
  TEST_PASSWORD,
  uniqueEmail,
} from '@small-places/testing';
import {
  BUDGET,
  budgetTables,
  BudgetView,
  BudgetWorld,
  budgetWorld,
  count,
  INVITE_DELEGATE,
  MY_BUDGETS,
  readBudget,
  RECORD_EXPENSE,
  setUpBudget,
  STATEMENT,
} from './budget-fixture';

describe('delegates: invited by the holder, acting on that budget only', () => {
  let w: BudgetWorld;
  let budget: BudgetView;
  let otherBudget: BudgetView;
  let strangersBudget: BudgetView;
  let delegate: Session;
  const delegateEmail = uniqueEmail('delegate');

  beforeAll(async () => {
    w = await budgetWorld();
    w.today('2027-03-10');
    budget = await setUpBudget(w, { startsOn: '2027-03-01', label: 'Mum’s direct payment' });
    otherBudget = await setUpBudget(w, { startsOn: '2027-03-01', label: 'Another budget of the holder' });
    strangersBudget = await setUpBudget(w, { startsOn: '2027-03-01', label: 'Olive’s' }, w.otherHolder);
  });
  afterAll(() => w?.t.close());

  const invite = (budgetId: string, email: string, as: Session) =>
    w.t.client.request<{ inviteDelegate: { email: string } }>(
      INVITE_DELEGATE,
      { budgetId, email },
      { token: as.accessToken },
    );
  const invitationsAndGrants = async () => ({
    ...(await budgetTables(w.t)),
    invitations: await count(w.t, 'invitations'),
  });

  it('the holder invites someone by email; accepting gives them that budget, as a DELEGATE', async () => {
    const result = await invite(budget.id, delegateEmail, w.holder);
    expect(result.data?.inviteDelegate).toEqual({ email: delegateEmail });
    const mail = await w.t.mailbox.waitFor(delegateEmail, /invited/);
    expect(mail.text).toContain('direct payment", as a delegate');
    delegate = await acceptInvitation(w.t.client, w.t.mailbox, delegateEmail, 'Dee Delegate');
    expect(delegate.user.roles).toEqual(['DELEGATE']);

    const seen = await readBudget(w, budget.id, delegate);
    expect(seen).toMatchObject({ id: budget.id, myRole: 'DELEGATE' });
    const mine = await w.t.client.ok<{ myBudgets: { id: string; myRole: string }[] }>(
      MY_BUDGETS,
      {},
      { token: delegate.accessToken },
    );
    expect(mine.myBudgets).toEqual([{ id: budget.id, label: 'Mum’s direct payment', myRole: 'DELEGATE' }]);
  });

  it('a delegate records an expense on the budget, in their own name', async () => {
    const data = await w.t.client.ok<{ recordExpense: BudgetView }>(
      RECORD_EXPENSE,
      {
        input: {
          budgetId: budget.id,
          amountPence: 1_500,
          spentOn: '2027-03-09',
          payee: 'Taxi',
          description: 'Trip to the day centre',
          receiptReference: 'T-77',
        },
      },
      { token: delegate.accessToken },
    );
    expect(data.recordExpense.currentPeriod).toMatchObject({ spentPence: 1_500, remainingPence: 48_500 });
    const [row] = await w.t.dataSource.query(
      `SELECT created_by FROM ledger_entries WHERE receipt_reference = 'T-77'`,
    );
    expect(row.created_by).toBe(delegate.user.id);
  });

  it('a delegate’s reading of the statement is written to the audit trail; the holder’s is not', async () => {
    const vars = { budgetId: budget.id, from: '2027-03-01', to: '2027-03-10' };
    const reads = () =>
      w.t.dataSource.query(
        `SELECT actor_id, subject_user_id, detail FROM audit_events
          WHERE action = 'STATEMENT_READ' AND record_type = 'PersonalBudget' AND record_id = $1 ORDER BY seq`,
        [budget.id],
      );
    const before = (await reads()).length;
    await w.t.client.ok(STATEMENT, vars, { token: w.holder.accessToken });
    expect(await reads()).toHaveLength(before);
    await w.t.client.ok(STATEMENT, vars, { token: delegate.accessToken });
    const csv = await fetch(`${w.t.url}/budgets/${budget.id}/statement.csv?from=2027-03-01&to=2027-03-10`, {
      headers: { authorization: `Bearer ${delegate.accessToken}` },
    });
    expect(csv.status).toBe(200);
    const after = (await reads()).slice(before);
    expect(after).toHaveLength(2);
    expect(after[0]).toMatchObject({ actor_id: delegate.user.id, subject_user_id: w.holder.user.id });
    expect(JSON.stringify(after)).not.toContain('Mum');
  });

  it('a delegate sees no other budget: not the holder’s other one, nor anyone else’s', async () => {
    for (const id of [otherBudget.id, strangersBudget.id]) {
      expect(await w.t.client.errorCode(BUDGET, { id }, { token: delegate.accessToken })).toBe('FORBIDDEN');
      expect(
        await w.t.client.errorCode(
          STATEMENT,
          { budgetId: id, from: '2027-03-01', to: '2027-03-10' },
          { token: delegate.accessToken },
        ),
      ).toBe('FORBIDDEN');
    }
  });

  it('refuses invitations from a delegate, another holder, a provider or an Admin, changing nothing', async () => {
    const before = await invitationsAndGrants();
    for (const session of [delegate, w.otherHolder, w.provider, w.admin]) {
      const result = await invite(budget.id, uniqueEmail('nope'), session);
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await w.t.client.request(INVITE_DELEGATE, {
      budgetId: budget.id,
      email: uniqueEmail(),
    });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await invitationsAndGrants()).toEqual(before);
  });

  it.each([
    ['an unknown budget', () => ['6f1c1a52-4bd1-4b6e-9a43-1d7c0f1b2c3d', uniqueEmail()], 'NOT_FOUND'],
    ['a malformed budget id', () => ['budget-1', uniqueEmail()], 'NOT_FOUND'],
    ['an email that is not one', () => [budget.id, 'not-an-email'], 'BAD_USER_INPUT'],
    ['the holder’s own email', () => [budget.id, w.holder.user.email], 'BAD_USER_INPUT'],
  ])('refuses %s, changing nothing', async (_, args, code) => {
    const before = await invitationsAndGrants();
    const [budgetId, email] = args();
    const result = await invite(budgetId, email, w.holder);
    expect(result.errors?.[0].extensions?.code).toBe(code);
    expect(await invitationsAndGrants()).toEqual(before);
  });

  it('someone who already has an account is given nothing until they accept, and the holder cannot tell they had one', async () => {
    const grants = () => count(w.t, `grants WHERE kind = 'DELEGATE_OF_BUDGET'`);
    const before = await grants();
    const result = await invite(otherBudget.id, w.otherHolder.user.email, w.holder);
    expect(result.data?.inviteDelegate).toEqual({ email: w.otherHolder.user.email });
    expect(await grants()).toBe(before);
    expect(
      await w.t.client.errorCode(BUDGET, { id: otherBudget.id }, { token: w.otherHolder.accessToken }),
    ).toBe('FORBIDDEN');
    const mail = await w.t.mailbox.waitFor(w.otherHolder.user.email, /invited/);
    expect(mail.text).toContain('sent you this invitation');
    expect(mail.text).toContain('Another budget of the holder');

    const accepted = await w.t.client.ok<{ acceptInvitation: Session }>(ACCEPT_INVITATION, {
      input: { token: Mailbox.tokenIn(mail), password: TEST_PASSWORD, displayName: 'Ignored' },
    });
    expect(accepted.acceptInvitation.user.id).toBe(w.otherHolder.user.id);
    const seen = await readBudget(w, otherBudget.id, { ...w.otherHolder, ...accepted.acceptInvitation });
    expect(seen.myRole).toBe('DELEGATE');
    const mine = await w.t.client.ok<{ myBudgets: { id: string; myRole: string }[] }>(
      MY_BUDGETS,
      {},
      { token: accepted.acceptInvitation.accessToken },
    );
    expect(mine.myBudgets.map((b) => [b.id, b.myRole])).toEqual([
      [otherBudget.id, 'DELEGATE'],
      [strangersBudget.id, 'HOLDER'],
    ]);
    expect(await grants()).toBe(before + 1);
  });
});
