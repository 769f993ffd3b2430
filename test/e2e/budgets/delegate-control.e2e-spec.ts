import { INVITES_PER_INVITER } from '@small-places/identity';
import {
  acceptInvitation,
  Mailbox,
  Session,
  TEST_PASSWORD,
  uniqueEmail,
  graphql,
} from '@small-places/testing';
import {
  BUDGET,
  BudgetView,
  BudgetWorld,
  budgetWorld,
  count,
  INVITE_DELEGATE,
  MY_BUDGETS,
  setUpBudget,
} from './budget-fixture';

const DELEGATES = graphql(`
  query BudgetDelegates($budgetId: ID!) {
    budgetDelegates(budgetId: $budgetId) {
      id
      email
      displayName
      status
    }
  }
`);
const REMOVE = graphql(`
  mutation RemoveDelegate($budgetId: ID!, $delegateId: ID!) {
    removeDelegate(budgetId: $budgetId, delegateId: $delegateId)
  }
`);
const HOLDER_NAME = graphql(`
  query DelegateControlHolderName($id: ID!) {
    personalBudget(id: $id) {
      id
      holderName
      myRole
    }
  }
`);

interface DelegateRow {
  id: string;
  email: string;
  displayName: string | null;
  status: 'ACTIVE' | 'INVITED';
}

describe('delegates under the holder’s control: budgetDelegates and removeDelegate', () => {
  let w: BudgetWorld;
  let budget: BudgetView;
  let othersBudget: BudgetView;
  let dee: Session;
  const deeEmail = uniqueEmail('dee');
  const pendingEmail = uniqueEmail('pending');

  beforeAll(async () => {
    w = await budgetWorld();
    w.today('2027-03-10');
    budget = await setUpBudget(w, { startsOn: '2027-03-01', label: 'Mum’s direct payment' });
    othersBudget = await setUpBudget(w, { startsOn: '2027-03-01', label: 'Olive’s' }, w.otherHolder);
    await w.t.client.ok(
      INVITE_DELEGATE,
      { budgetId: budget.id, email: deeEmail },
      { token: w.holder.accessToken },
    );
    dee = await acceptInvitation(w.t.client, w.t.mailbox, deeEmail, 'Dee Delegate');
    await w.t.client.ok(
      INVITE_DELEGATE,
      { budgetId: budget.id, email: pendingEmail },
      { token: w.holder.accessToken },
    );
  });
  afterAll(() => w?.t.close());

  const list = async (as: Session = w.holder, budgetId = budget.id) =>
    (
      await w.t.client.ok<{ budgetDelegates: DelegateRow[] }>(
        DELEGATES,
        { budgetId },
        { token: as.accessToken },
      )
    ).budgetDelegates;
  const state = async () => ({
    grants: await count(w.t, `grants WHERE kind = 'DELEGATE_OF_BUDGET'`),
    open: await count(w.t, `invitations WHERE accepted_at IS NULL AND revoked_at IS NULL`),
  });

  it('the holder sees who acts for the budget and the invitations still open', async () => {
    expect(await list()).toEqual([
      { id: dee.user.id, email: deeEmail, displayName: 'Dee Delegate', status: 'ACTIVE' },
      { id: expect.any(String), email: pendingEmail, displayName: null, status: 'INVITED' },
    ]);
  });

  it('a delegate’s view names whose budget it is', async () => {
    const data = await w.t.client.ok<{ personalBudget: { holderName: string; myRole: string } }>(
      HOLDER_NAME,
      { id: budget.id },
      { token: dee.accessToken },
    );
    expect(data.personalBudget).toMatchObject({ holderName: 'Bill Holder', myRole: 'DELEGATE' });
  });

  it('refuses the list and removal to a delegate, another holder, a provider, an Admin and nobody, changing nothing', async () => {
    const before = await state();
    for (const as of [dee, w.otherHolder, w.provider, w.admin]) {
      expect(await w.t.client.errorCode(DELEGATES, { budgetId: budget.id }, { token: as.accessToken })).toBe(
        'FORBIDDEN',
      );
      expect(
        await w.t.client.errorCode(
          REMOVE,
          { budgetId: budget.id, delegateId: dee.user.id },
          { token: as.accessToken },
        ),
      ).toBe('FORBIDDEN');
    }
    expect(await w.t.client.errorCode(DELEGATES, { budgetId: budget.id })).toBe('UNAUTHENTICATED');
    expect(await state()).toEqual(before);
  });

  it.each([
    ['an unknown budget', () => ['6f1c1a52-4bd1-4b6e-9a43-1d7c0f1b2c3d', dee.user.id]],
    ['a malformed delegate id', () => [budget.id, 'dee']],
    ['someone who is not a delegate of this budget', () => [budget.id, w.otherHolder.user.id]],
    ['a delegate id given for the holder’s other budget', () => [othersBudget.id, dee.user.id]],
  ])('removing with %s is NOT_FOUND or FORBIDDEN and changes nothing', async (_, args) => {
    const before = await state();
    const [budgetId, delegateId] = args();
    const as = budgetId === othersBudget.id ? w.otherHolder : w.holder;
    const code = await w.t.client.errorCode(REMOVE, { budgetId, delegateId }, { token: as.accessToken });
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(code);
    expect(await state()).toEqual(before);
  });

  it('cancelling an open invitation makes its link useless', async () => {
    const [, invited] = await list();
    const token = Mailbox.tokenIn(await w.t.mailbox.waitFor(pendingEmail, /invited/));
    await w.t.client.ok(
      REMOVE,
      { budgetId: budget.id, delegateId: invited.id },
      { token: w.holder.accessToken },
    );
    expect((await list()).map((row) => row.status)).toEqual(['ACTIVE']);
    const users = await count(w.t, 'users');
    expect(
      await w.t.client.errorCode(
        graphql(`
          mutation A($input: AcceptInvitationInput!) {
            acceptInvitation(input: $input) {
              accessToken
            }
          }
        `),
        { input: { token, password: TEST_PASSWORD, displayName: 'Too Late' } },
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await count(w.t, 'users')).toBe(users);
  });

  it('removing a delegate ends their access at once, on GraphQL and on the statement CSV', async () => {
    const csv = () =>
      fetch(`${w.t.url}/budgets/${budget.id}/statement.csv?from=2027-03-01&to=2027-03-10`, {
        headers: { authorization: `Bearer ${dee.accessToken}` },
      });
    expect((await csv()).status).toBe(200);
    await w.t.client.ok(
      REMOVE,
      { budgetId: budget.id, delegateId: dee.user.id },
      { token: w.holder.accessToken },
    );
    expect(await w.t.client.errorCode(BUDGET, { id: budget.id }, { token: dee.accessToken })).toBe(
      'FORBIDDEN',
    );
    expect((await csv()).status).toBe(403);
    const mine = await w.t.client.ok<{ myBudgets: unknown[] }>(MY_BUDGETS, {}, { token: dee.accessToken });
    expect(mine.myBudgets).toEqual([]);
    expect(await list()).toEqual([]);
    const audit = await w.t.dataSource.query(
      `SELECT detail FROM audit_events WHERE action = 'DELEGATE_REMOVED' AND record_id = $1`,
      [budget.id],
    );
    expect(audit).toEqual([{ detail: { delegateUserId: dee.user.id } }]);
  });
});

describe('invitations: scoped to their object, rate-limited per inviter, revoked when the inviter closes', () => {
  let w: BudgetWorld;
  beforeAll(async () => {
    w = await budgetWorld();
    w.today('2027-03-10');
  });
  afterAll(() => w?.t.close());

  const openTo = (email: string) =>
    w.t.dataSource.query(
      `SELECT scope_ids FROM invitations WHERE lower(email) = lower($1) AND accepted_at IS NULL AND revoked_at IS NULL`,
      [email],
    );

  it('a new invitation revokes only earlier ones to the same budget, never another holder’s', async () => {
    const mine = await setUpBudget(w, { startsOn: '2027-03-01' });
    const theirs = await setUpBudget(w, { startsOn: '2027-03-01' }, w.otherHolder);
    const email = uniqueEmail('wanted');
    await w.t.client.ok(INVITE_DELEGATE, { budgetId: mine.id, email }, { token: w.holder.accessToken });
    await w.t.client.ok(
      INVITE_DELEGATE,
      { budgetId: theirs.id, email },
      { token: w.otherHolder.accessToken },
    );
    expect((await openTo(email)).map((row: { scope_ids: string[] }) => row.scope_ids[0]).sort()).toEqual(
      [mine.id, theirs.id].sort(),
    );
    // Inviting again to the same budget replaces that budget's invitation only.
    await w.t.client.ok(INVITE_DELEGATE, { budgetId: mine.id, email }, { token: w.holder.accessToken });
    expect(await openTo(email)).toHaveLength(2);
  });

  it('a budget label in the invitation email is one short line that links nowhere', async () => {
    const budget = await setUpBudget(w, {
      startsOn: '2027-03-01',
      label: 'Mum\n\nURGENT: confirm at https://pay-now.example/login or lose access '.padEnd(90, 'x'),
    });
    const email = uniqueEmail('quoted');
    await w.t.client.ok(INVITE_DELEGATE, { budgetId: budget.id, email }, { token: w.holder.accessToken });
    const mail = await w.t.mailbox.waitFor(email, /invited/);
    expect(mail.text).toContain('personal budget "Mum URGENT: confirm at pay-now. example/login');
    expect(mail.text).not.toMatch(/https:\/\/pay-now|pay-now\.example|\nURGENT/);
    expect(mail.text).toContain('Bill Holder sent you this invitation.');
    const quoted = /personal budget "([^"]*)"/.exec(mail.text)?.[1] ?? '';
    expect([...quoted].length).toBeLessThanOrEqual(60);
  });

  it('inviting is limited per inviter per hour (TOO_MANY_REQUESTS, nothing created)', async () => {
    const budget = await setUpBudget(w, { startsOn: '2027-03-01' }, w.otherHolder);
    const sent = Number(
      (
        await w.t.dataSource.query(`SELECT count(*) AS n FROM invitations WHERE invited_by_id = $1`, [
          w.otherHolder.user.id,
        ])
      )[0].n,
    );
    for (let i = sent; i < INVITES_PER_INVITER.points; i += 1) {
      await w.t.client.ok(
        INVITE_DELEGATE,
        { budgetId: budget.id, email: uniqueEmail('bulk') },
        { token: w.otherHolder.accessToken },
      );
    }
    const before = await count(w.t, 'invitations');
    expect(
      await w.t.client.errorCode(
        INVITE_DELEGATE,
        { budgetId: budget.id, email: uniqueEmail('one-too-many') },
        { token: w.otherHolder.accessToken },
      ),
    ).toBe('TOO_MANY_REQUESTS');
    expect(await count(w.t, 'invitations')).toBe(before);
    // Another inviter is not held back.
    const own = await setUpBudget(w, { startsOn: '2027-03-01' });
    await w.t.client.ok(
      INVITE_DELEGATE,
      { budgetId: own.id, email: uniqueEmail() },
      { token: w.holder.accessToken },
    );
  });

  it('closing the holder’s account revokes the invitations they sent', async () => {
    const budget = await setUpBudget(w, { startsOn: '2027-03-01' });
    const email = uniqueEmail('orphan');
    await w.t.client.ok(INVITE_DELEGATE, { budgetId: budget.id, email }, { token: w.holder.accessToken });
    const token = Mailbox.tokenIn(await w.t.mailbox.waitFor(email, /invited/));
    await w.t.client.ok(
      graphql(`
        mutation Close($p: String!) {
          closeMyAccount(password: $p)
        }
      `),
      { p: TEST_PASSWORD },
      { token: w.holder.accessToken },
    );
    expect(await openTo(email)).toEqual([]);
    const users = await count(w.t, 'users');
    expect(
      await w.t.client.errorCode(
        graphql(`
          mutation DelegateControlAcceptInvitation($input: AcceptInvitationInput!) {
            acceptInvitation(input: $input) {
              accessToken
            }
          }
        `),
        { input: { token, password: TEST_PASSWORD, displayName: 'Orphan' } },
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await count(w.t, 'users')).toBe(users);
  });
});
