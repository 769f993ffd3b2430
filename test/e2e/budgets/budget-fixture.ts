import { Clock, Database, DomainEvent } from '@small-places/platform';
import { BudgetMoney, BudgetOverview } from '@small-places/budgets';
import {
  createTestApp,
  recordDomainEvents,
  Session,
  signInAsAdmin,
  signUp,
  TestApp,
  graphql,
} from '@small-places/testing';

export const PERIOD_FIELDS = `startsOn endsOn allocationPence carriedPence committedPence spentPence remainingPence`;

export const SET_UP_BUDGET = `mutation SetUpBudget($input: SetUpBudgetInput!) {
  setUpBudget(input: $input) {
    id label paymentPence periodDays startsOn contributionPence myRole
    currentPeriod { ${PERIOD_FIELDS} }
    carriedPence surplusFlag surplusPence surplusExplanation
    periods { ${PERIOD_FIELDS} }
  }
}`;

export const BUDGET = `query Budget($id: ID!) {
  personalBudget(id: $id) {
    id label myRole
    currentPeriod { ${PERIOD_FIELDS} }
    carriedPence surplusFlag surplusPence surplusExplanation
    periods { ${PERIOD_FIELDS} }
  }
}`;

export const MY_BUDGETS = graphql(`
  query BudgetFixtureMyBudgets {
    myBudgets {
      id
      label
      myRole
    }
  }
`);

export const RECORD_EXPENSE = `mutation RecordExpense($input: RecordExpenseInput!) {
  recordExpense(input: $input) { id currentPeriod { ${PERIOD_FIELDS} } }
}`;

export const INVITE_DELEGATE = graphql(`
  mutation InviteDelegate($budgetId: ID!, $email: String!) {
    inviteDelegate(budgetId: $budgetId, email: $email) {
      email
    }
  }
`);

export const STATEMENT = graphql(`
  query BudgetStatement($budgetId: ID!, $from: Date!, $to: Date!) {
    budgetStatement(budgetId: $budgetId, from: $from, to: $to) {
      openingBalancePence
      closingBalancePence
      entries {
        occurredOn
        kind
        payee
        description
        amountPence
        receiptReference
        balancePence
      }
    }
  }
`);

export interface PeriodView {
  startsOn: string;
  endsOn: string;
  allocationPence: number;
  carriedPence: number;
  committedPence: number;
  spentPence: number;
  remainingPence: number;
}

export interface BudgetView {
  id: string;
  label: string;
  myRole: string;
  currentPeriod: PeriodView | null;
  carriedPence: number;
  surplusFlag: boolean;
  surplusPence: number;
  surplusExplanation: string;
  periods: PeriodView[];
}

/** A running app with the clock at a fixed day, two budget holders, a provider and an Admin. */
export interface BudgetWorld {
  t: TestApp;
  holder: Session;
  otherHolder: Session;
  provider: Session;
  admin: Session;
  budgets: BudgetMoney;
  overview: BudgetOverview;
  db: Database;
  /** Every DomainEvent published since the world was made. */
  events: DomainEvent[];
  /** Moves the app's clock to noon (UTC) on a day. */
  today(date: string): void;
}

export async function budgetWorld(): Promise<BudgetWorld> {
  const t = await createTestApp();
  const events = recordDomainEvents(t.app);
  const clock = t.app.get(Clock);
  return {
    t,
    holder: await signUp(t.client, { role: 'BUDGET_HOLDER', displayName: 'Bill Holder' }),
    otherHolder: await signUp(t.client, { role: 'BUDGET_HOLDER', displayName: 'Olive Other' }),
    provider: await signUp(t.client, { role: 'PROVIDER', displayName: 'Fran Provider' }),
    admin: await signInAsAdmin(t.app, t.client),
    budgets: t.app.get(BudgetMoney),
    overview: t.app.get(BudgetOverview),
    db: t.app.get(Database),
    events,
    today: (date: string) => clock.travelTo(new Date(`${date}T12:00:00Z`)),
  };
}

export function budgetInput(overrides: Record<string, unknown> = {}) {
  return {
    label: 'Direct payment from Somerset Council',
    paymentPence: 50_000,
    startsOn: '2027-01-01',
    ...overrides,
  };
}

export async function setUpBudget(
  w: BudgetWorld,
  overrides: Record<string, unknown> = {},
  as: Session = w.holder,
): Promise<BudgetView> {
  const data = await w.t.client.ok<{ setUpBudget: BudgetView }>(
    SET_UP_BUDGET,
    { input: budgetInput(overrides) },
    { token: as.accessToken },
  );
  return data.setUpBudget;
}

export async function readBudget(w: BudgetWorld, id: string, as: Session = w.holder): Promise<BudgetView> {
  const data = await w.t.client.ok<{ personalBudget: BudgetView }>(BUDGET, { id }, { token: as.accessToken });
  return data.personalBudget;
}

export async function count(t: TestApp, sql: string, params: unknown[] = []): Promise<number> {
  const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params);
  return n;
}

/** Every row of the budgets tables, to show that a refusal changed nothing. */
export async function budgetTables(t: TestApp) {
  return {
    budgets: await count(t, 'personal_budgets'),
    periods: await count(t, 'budget_periods'),
    ledger: await count(t, 'ledger_entries'),
    grants: await count(t, `grants WHERE kind IN ('HOLDER_OF_BUDGET', 'DELEGATE_OF_BUDGET')`),
  };
}
