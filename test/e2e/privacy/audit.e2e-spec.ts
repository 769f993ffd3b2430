import { countStatements, londonDate } from '@small-places/platform';
import { acceptInvitation, Session, uniqueEmail, graphql } from '@small-places/testing';
import { createEnterprise, CrmWorld, crmWorld, RECORD_SESSION } from '../crm/crm-fixture';

const TRAIL = graphql(`
  query AuditTrail($recordType: String!, $recordId: ID!, $first: Int, $after: String) {
    auditTrail(recordType: $recordType, recordId: $recordId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          occurredAt
          actorId
          action
          recordType
          recordId
          subjectUserId
          detail
        }
      }
    }
  }
`);
const SET_UP_BUDGET = graphql(`
  mutation AuditSetUpBudget($input: SetUpBudgetInput!) {
    setUpBudget(input: $input) {
      id
    }
  }
`);
const INVITE_DELEGATE = graphql(`
  mutation AuditInviteDelegate($budgetId: ID!, $email: String!) {
    inviteDelegate(budgetId: $budgetId, email: $email) {
      email
    }
  }
`);
const RECORD_EXPENSE = graphql(`
  mutation AuditRecordExpense($input: RecordExpenseInput!) {
    recordExpense(input: $input) {
      id
    }
  }
`);
const STATEMENT = graphql(`
  query AuditStatement($budgetId: ID!, $from: Date!, $to: Date!) {
    budgetStatement(budgetId: $budgetId, from: $from, to: $to) {
      entries {
        payee
        amountPence
      }
    }
  }
`);
const SESSIONS = graphql(`
  query AuditSessions($id: ID!) {
    enterprise(id: $id) {
      sessions {
        id
        summary
      }
      lastSession {
        summary
      }
    }
  }
`);

interface AuditNode {
  id: string;
  actorId: string | null;
  action: string;
  recordType: string;
  recordId: string;
  subjectUserId: string | null;
  detail: Record<string, unknown>;
}
interface Trail {
  auditTrail: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: AuditNode }[];
  };
}

describe('the audit trail', () => {
  let w: CrmWorld;
  let delegate: Session;
  let founder: Session;
  let budgetId: string;
  let enterpriseId: string;
  let sessionId: string;
  const today = londonDate(new Date());
  const trail = async (recordType: string, recordId: string, first?: number, after?: string) =>
    (
      await w.t.client.ok<Trail>(
        TRAIL,
        { recordType, recordId, first, after },
        { token: w.admin.accessToken },
      )
    ).auditTrail;

  beforeAll(async () => {
    w = await crmWorld();
    budgetId = (
      await w.t.client.ok<{ setUpBudget: { id: string } }>(
        SET_UP_BUDGET,
        { input: { label: 'Direct payment for Ada', paymentPence: 40_000, startsOn: today } },
        { token: w.holder.accessToken },
      )
    ).setUpBudget.id;
    const delegateEmail = uniqueEmail('delegate');
    await w.t.client.ok(INVITE_DELEGATE, { budgetId, email: delegateEmail }, { token: w.holder.accessToken });
    delegate = await acceptInvitation(w.t.client, w.t.mailbox, delegateEmail, 'Dee Delegate');
    await w.t.client.ok(
      RECORD_EXPENSE,
      {
        input: {
          budgetId,
          amountPence: 2_500,
          spentOn: today,
          payee: 'Ada’s personal assistant',
          description: 'Help with shopping',
          receiptReference: 'PA-1',
        },
      },
      { token: w.holder.accessToken },
    );
    const founderEmail = uniqueEmail('founder');
    const enterprise = await createEnterprise(w, { founder: { name: 'Fay Founder', email: founderEmail } });
    enterpriseId = enterprise.id;
    founder = await acceptInvitation(w.t.client, w.t.mailbox, founderEmail, 'Fay Founder');
    const recorded = await w.t.client.ok<{ recordCoachingSession: { id: string } }>(
      RECORD_SESSION,
      {
        input: {
          enterpriseId,
          heldOn: today,
          minutes: 45,
          mode: 'IN_PERSON',
          summary: 'Talked through the DBS application and a worry about money at home',
        },
      },
      { token: w.tauntonCatalyst.accessToken },
    );
    sessionId = recorded.recordCoachingSession.id;
  }, 60_000);
  afterAll(() => w?.t.close());

  it('records changes to personal data in the same transaction, with no personal values', async () => {
    const budget = await trail('PersonalBudget', budgetId);
    expect(budget.edges.map((edge) => edge.node.action)).toEqual(['BUDGET_SET_UP', 'DELEGATE_INVITED']);
    expect(budget.edges[0].node).toMatchObject({
      actorId: w.holder.user.id,
      subjectUserId: w.holder.user.id,
    });
    const [expense] = await w.t.dataSource.query(
      `SELECT id FROM ledger_entries WHERE budget_id = $1 AND kind = 'EXPENSE'`,
      [budgetId],
    );
    const expenseTrail = await trail('LedgerEntry', expense.id);
    expect(expenseTrail.edges.map((edge) => edge.node.action)).toEqual(['EXPENSE_RECORDED']);
    const session = await trail('CoachingSession', sessionId);
    expect(session.edges.map((edge) => edge.node.action)).toEqual(['COACHING_SESSION_RECORDED']);
    const delegateAccount = await trail('User', delegate.user.id);
    expect(delegateAccount.edges[0].node).toMatchObject({
      action: 'ACCOUNT_CREATED',
      subjectUserId: delegate.user.id,
    });

    const everything = JSON.stringify(await w.t.dataSource.query(`SELECT * FROM audit_events`));
    for (const secret of [
      'Ada',
      'shopping',
      'PA-1',
      'DBS application',
      'Dee Delegate',
      delegate.user.email,
    ]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('writes nothing for a refused change or read', async () => {
    const count = async () =>
      (await w.t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n as number;
    const before = await count();
    const expense = {
      budgetId,
      amountPence: 100,
      spentOn: today,
      payee: 'Someone',
      description: 'Not theirs to record',
      receiptReference: 'X-1',
    };
    expect(
      await w.t.client.errorCode(
        RECORD_EXPENSE,
        { input: expense },
        { token: w.strangerProvider.accessToken },
      ),
    ).toBe('FORBIDDEN');
    expect(
      await w.t.client.errorCode(
        RECORD_EXPENSE,
        { input: { ...expense, amountPence: 10_000_000 } },
        { token: w.holder.accessToken },
      ),
    ).toBe('CONFLICT');
    expect(
      await w.t.client.errorCode(
        STATEMENT,
        { budgetId, from: today, to: today },
        { token: w.tauntonCatalyst.accessToken },
      ),
    ).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('audits a delegate’s read of the statement (GraphQL and CSV) but not the holder’s', async () => {
    const vars = { budgetId, from: today, to: today };
    const before = (await trail('PersonalBudget', budgetId)).totalCount;
    await w.t.client.ok(STATEMENT, vars, { token: w.holder.accessToken });
    expect((await trail('PersonalBudget', budgetId)).totalCount).toBe(before);

    await w.t.client.ok(STATEMENT, vars, { token: delegate.accessToken });
    const csv = await fetch(`${w.t.url}/budgets/${budgetId}/statement.csv?from=${today}&to=${today}`, {
      headers: { authorization: `Bearer ${delegate.accessToken}` },
    });
    expect(csv.status).toBe(200);
    const reads = (await trail('PersonalBudget', budgetId)).edges
      .map((edge) => edge.node)
      .filter((node) => node.action === 'STATEMENT_READ');
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({
      actorId: delegate.user.id,
      subjectUserId: w.holder.user.id,
      detail: { from: today, to: today, role: 'DELEGATE' },
    });
  });

  it('audits a Catalyst’s read of coaching notes but not a member’s', async () => {
    const reads = async () =>
      (await trail('CoachingSession', sessionId)).edges.filter(
        (edge) => edge.node.action === 'COACHING_NOTES_READ',
      );
    await w.t.client.ok(SESSIONS, { id: enterpriseId }, { token: founder.accessToken });
    expect(await reads()).toHaveLength(0);
    const seen = await w.t.client.ok<{ enterprise: { sessions: { summary: string }[] } }>(
      SESSIONS,
      { id: enterpriseId },
      { token: w.tauntonCatalyst.accessToken },
    );
    expect(seen.enterprise.sessions[0].summary).toContain('DBS application');
    const after = await reads();
    // `sessions` and `lastSession` both showed the same notes: one read of that session in one request.
    expect(after).toHaveLength(1);
    expect(after[0].node).toMatchObject({ actorId: w.tauntonCatalyst.user.id, detail: { enterpriseId } });
  });

  it('audits a list of notes in a constant number of SQL statements', async () => {
    for (const name of ['Second Care', 'Third Care', 'Fourth Care']) {
      const other = await createEnterprise(w, { name });
      await w.t.client.ok(
        RECORD_SESSION,
        {
          input: {
            enterpriseId: other.id,
            heldOn: today,
            minutes: 30,
            mode: 'PHONE',
            summary: `Notes of ${name}`,
          },
        },
        { token: w.tauntonCatalyst.accessToken },
      );
    }
    const LIST = graphql(`
      query AuditList($first: Int) {
        enterprises(first: $first) {
          edges {
            node {
              id
              lastSession {
                summary
              }
            }
          }
        }
      }
    `);
    const reads = async () =>
      (
        await w.t.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_events WHERE action = 'COACHING_NOTES_READ'`,
        )
      )[0].n as number;
    const run = (first: number) =>
      countStatements(w.t.dataSource, () =>
        w.t.client.ok(LIST, { first }, { token: w.tauntonCatalyst.accessToken }),
      );
    const before = await reads();
    const one = await run(1);
    const four = await run(4);
    expect(four).toBe(one);
    expect((await reads()) - before).toBe(5);
  });

  it('pages through a trail', async () => {
    const all = await trail('PersonalBudget', budgetId);
    const first = await trail('PersonalBudget', budgetId, 2);
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await trail('PersonalBudget', budgetId, 100, first.pageInfo.endCursor!);
    expect([...first.edges, ...rest.edges].map((edge) => edge.node.id)).toEqual(
      all.edges.map((edge) => edge.node.id),
    );
  });

  it('is for Admins only', async () => {
    for (const who of [w.holder, delegate, founder, w.tauntonCatalyst]) {
      expect(
        await w.t.client.errorCode(
          TRAIL,
          { recordType: 'PersonalBudget', recordId: budgetId },
          { token: who.accessToken },
        ),
      ).toBe('FORBIDDEN');
    }
    expect(await w.t.client.errorCode(TRAIL, { recordType: 'PersonalBudget', recordId: budgetId })).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses a malformed record type or id', async () => {
    for (const vars of [
      { recordType: 'personal_budgets; drop', recordId: budgetId },
      { recordType: 'PersonalBudget', recordId: 'not-an-id' },
    ]) {
      expect(await w.t.client.errorCode(TRAIL, vars, { token: w.admin.accessToken })).toBe('BAD_USER_INPUT');
    }
  });

  it('cannot be changed or deleted, even by the database owner', async () => {
    const [{ n }] = await w.t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`);
    await expect(w.t.dataSource.query(`UPDATE audit_events SET action = 'NOTHING'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(w.t.dataSource.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(w.t.dataSource.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    const [{ n: after }] = await w.t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`);
    expect(after).toBe(n);
  });
});
