import { QueueName, QueueService, RedisService } from '@small-places/platform';
import {
  acceptInvitation,
  SIGN_IN,
  Session,
  signUp,
  TEST_PASSWORD,
  uniqueEmail,
  graphql,
} from '@small-places/testing';
import { randomBytes } from 'node:crypto';
import {
  ACCEPT,
  BookingWorld,
  bookingWorld,
  CANCEL,
  REQUEST,
  setUpBudget,
  slot,
} from '../bookings/bookings-fixture';
import { ENTERPRISE } from '../crm/crm-fixture';

const EXPORT = graphql(`
  query CloseAccountExport {
    exportMyData
  }
`);
const CLOSE = graphql(`
  mutation CloseAccountClose($password: String!) {
    closeMyAccount(password: $password)
  }
`);
const ME = graphql(`
  query CloseAccountMe {
    me {
      id
      email
    }
  }
`);
const REFRESH = graphql(`
  mutation CloseAccountRefresh($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
    }
  }
`);
const MESSAGE = graphql(`
  mutation CloseAccountMessage($input: SendBookingMessageInput!) {
    sendBookingMessage(input: $input) {
      id
    }
  }
`);
const EXPENSE = graphql(`
  mutation CloseAccountExpense($input: RecordExpenseInput!) {
    recordExpense(input: $input) {
      id
    }
  }
`);
const INVITE_DELEGATE = graphql(`
  mutation CloseAccountInviteDelegate($budgetId: ID!, $email: String!) {
    inviteDelegate(budgetId: $budgetId, email: $email) {
      email
    }
  }
`);
const MUTE = graphql(`
  mutation CloseAccountMute {
    muteNotificationKind(kind: BOOKING_UPDATE, muted: true) {
      kind
      muted
    }
  }
`);
const FEED_URL = graphql(`
  query CloseAccountFeedUrl {
    calendarFeedUrl
  }
`);
const MY_BUDGETS = graphql(`
  query CloseAccountMyBudgets {
    myBudgets {
      id
    }
  }
`);

/** For each needle, the columns (of every text, varchar, json(b) or array column of every table) holding it. */
async function columnsHolding(w: BookingWorld, needles: string[]): Promise<Record<string, string[]>> {
  const columns: { table_name: string; column_name: string }[] = await w.t.dataSource.query(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'ARRAY', 'USER-DEFINED')`,
  );
  const found: Record<string, string[]> = Object.fromEntries(needles.map((needle) => [needle, []]));
  for (const { table_name, column_name } of columns) {
    const rows: { value: string }[] = await w.t.dataSource.query(
      `SELECT "${column_name}"::text AS value FROM "${table_name}"
        WHERE "${column_name}"::text ILIKE ANY(SELECT '%' || n || '%' FROM unnest($1::text[]) AS n)`,
      [needles],
    );
    for (const needle of needles) {
      if (rows.some((row) => row.value.toLowerCase().includes(needle.toLowerCase()))) {
        found[needle].push(`${table_name}.${column_name}`);
      }
    }
  }
  return found;
}

/** For each needle, the Redis keys whose name or value (whatever its type) mentions it: one SCAN of it all. */
async function redisKeysHolding(w: BookingWorld, needles: string[]): Promise<Record<string, string[]>> {
  const redis = w.t.app.get(RedisService).client;
  const found: Record<string, string[]> = Object.fromEntries(needles.map((needle) => [needle, []]));
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'COUNT', 1000);
    cursor = next;
    const types = (await redis.pipeline(keys.map((key) => ['type', key])).exec()) ?? [];
    const reads = keys.map((key, index) => {
      const type = types[index][1] as string;
      if (type === 'string') return ['get', key];
      if (type === 'hash') return ['hgetall', key];
      if (type === 'list') return ['lrange', key, '0', '-1'];
      if (type === 'set') return ['smembers', key];
      if (type === 'zset') return ['zrange', key, '0', '-1'];
      if (type === 'stream') return ['xrange', key, '-', '+'];
      return ['exists', key];
    });
    const values = (await redis.pipeline(reads).exec()) ?? [];
    keys.forEach((key, index) => {
      const content = `${key} ${JSON.stringify(values[index][1])}`.toLowerCase();
      for (const needle of needles) if (content.includes(needle.toLowerCase())) found[needle].push(key);
    });
  } while (cursor !== '0');
  return found;
}

/** The parts of an export this test reads. */
interface Exported {
  account: Record<string, unknown>;
  grants: { kind: string }[];
  budgets: {
    held: { id: string; label: string; periods: unknown[]; ledger: { kind: string }[] }[];
    delegateOf: { id: string }[];
  };
  bookings: { bookings: Record<string, unknown>[]; messages: { body: string }[] };
  notifications: { preferences: { mutedKinds: string[] }; calendarFeed: unknown };
  auditEvents: { action: string }[];
}

const nowhere = (needles: string[]) => Object.fromEntries(needles.map((needle) => [needle, []]));

async function mailQueueSettled(w: BookingWorld): Promise<void> {
  const queue = w.t.app.get(QueueService).queue(QueueName.Mail);
  for (let i = 0; i < 200; i += 1) {
    const counts = await queue.getJobCounts('active', 'wait', 'delayed', 'prioritized');
    if (Object.values(counts).every((n) => n === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the mail queue did not settle');
}

describe('closing an account', () => {
  let w: BookingWorld;
  let holder: Session;
  let delegate: Session;
  let budgetId: string;
  let bookingId: string;
  const tag = randomBytes(4).toString('hex');
  const email = uniqueEmail(`zelda${tag}`);
  const personal = {
    email,
    name: `Zelda Quorn${tag}`,
    label: `Zelda budget ${tag}`,
    payee: `Payee${tag} Personal Assistant`,
    description: `Wages for help with bathing ${tag}`,
    receipt: `RCPT-${tag}`,
    note: `Note${tag}: the key is under the mat`,
    message: `Message${tag}: please use the back door`,
    reason: `Reason${tag}: in hospital`,
  };
  const ledgerCount = async () =>
    (await w.t.dataSource.query(`SELECT count(*)::int AS n FROM ledger_entries`))[0].n as number;

  beforeAll(async () => {
    w = await bookingWorld();
    holder = await signUp(w.t.client, { email, displayName: personal.name, role: 'BUDGET_HOLDER' });
    await w.t.mailbox.waitFor(email, /confirm/);
    budgetId = await setUpBudget(w, holder, 50_000);
    await w.t.dataSource.query(`UPDATE personal_budgets SET label = $2 WHERE id = $1`, [
      budgetId,
      personal.label,
    ]);
    await w.t.client.ok(
      EXPENSE,
      {
        input: {
          budgetId,
          amountPence: 3_000,
          spentOn: new Date().toISOString().slice(0, 10),
          payee: personal.payee,
          description: personal.description,
          receiptReference: personal.receipt,
        },
      },
      { token: holder.accessToken },
    );
    const delegateEmail = uniqueEmail('delegate');
    await w.t.client.ok(INVITE_DELEGATE, { budgetId, email: delegateEmail }, { token: holder.accessToken });
    delegate = await acceptInvitation(w.t.client, w.t.mailbox, delegateEmail, 'Dee Delegate');
    const requested = await w.t.client.ok<{ requestBooking: { id: string } }>(
      REQUEST,
      { input: { listingId: w.hourly, ...slot(3, 10), budgetId, note: personal.note } },
      { token: holder.accessToken },
    );
    bookingId = requested.requestBooking.id;
    await w.t.client.ok(ACCEPT, { id: bookingId }, { token: w.provider.accessToken });
    await w.t.client.ok(
      MESSAGE,
      { input: { bookingId, body: personal.message } },
      { token: holder.accessToken },
    );
    await w.t.client.ok(
      MESSAGE,
      { input: { bookingId, body: `Of course, ${personal.name}. See you then.` } },
      { token: w.provider.accessToken },
    );
    await w.t.client.ok(MUTE, {}, { token: holder.accessToken });
    await w.t.client.ok(FEED_URL, {}, { token: holder.accessToken });
    // A failed sign-in leaves a counter keyed by the email in Redis.
    expect(await w.t.client.errorCode(SIGN_IN, { input: { email, password: 'not-the-password' } })).toBe(
      'UNAUTHENTICATED',
    );
  }, 90_000);
  afterAll(() => w?.t.close());

  it('exports everything about the caller as JSON', async () => {
    const data = await w.t.client.ok<{ exportMyData: Exported }>(
      EXPORT,
      {},
      {
        token: holder.accessToken,
      },
    );
    const exported = data.exportMyData;
    expect(exported.account).toMatchObject({ id: holder.user.id, email, displayName: personal.name });
    expect(exported.grants.map((grant) => grant.kind)).toEqual(['HOLDER_OF_BUDGET']);
    const [budget] = exported.budgets.held;
    expect(budget).toMatchObject({ id: budgetId, label: personal.label });
    expect(budget.periods.length).toBeGreaterThan(0);
    expect(budget.ledger.map((entry) => entry.kind)).toEqual(
      expect.arrayContaining(['COUNCIL_PAYMENT', 'EXPENSE', 'COMMITMENT']),
    );
    expect(exported.bookings.bookings).toEqual([
      expect.objectContaining({ id: bookingId, note: personal.note }),
    ]);
    expect(exported.bookings.messages.map((m) => m.body)).toContain(personal.message);
    expect(exported.notifications.preferences.mutedKinds).toEqual(['BOOKING_UPDATE']);
    expect(exported.notifications.calendarFeed).not.toBeNull();
    expect(exported.auditEvents.map((event) => event.action)).toEqual(
      expect.arrayContaining(['ACCOUNT_CREATED', 'BUDGET_SET_UP', 'EXPENSE_RECORDED', 'BOOKING_REQUESTED']),
    );
    // The delegate's export names the budget they help with, not the holder's ledger.
    const theirs = await w.t.client.ok<{ exportMyData: Exported }>(
      EXPORT,
      {},
      {
        token: delegate.accessToken,
      },
    );
    expect(theirs.exportMyData.budgets).toMatchObject({ held: [], delegateOf: [{ id: budgetId }] });
    expect(await w.t.client.errorCode(EXPORT)).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password, and a booking still open, changing nothing', async () => {
    expect(
      await w.t.client.errorCode(CLOSE, { password: 'wrong-password-1' }, { token: holder.accessToken }),
    ).toBe('BAD_USER_INPUT');
    expect(
      await w.t.client.errorCode(CLOSE, { password: TEST_PASSWORD }, { token: holder.accessToken }),
    ).toBe('CONFLICT');
    expect((await columnsHolding(w, [email]))[email]).toContain('users.email');
    const me = await w.t.client.ok<{ me: { email: string } }>(ME, {}, { token: holder.accessToken });
    expect(me.me.email).toBe(email);
  });

  it('erases or anonymises every trace in PostgreSQL and Redis, keeping the ledger rows', async () => {
    await w.t.client.ok(CANCEL, { id: bookingId, reason: personal.reason }, { token: holder.accessToken });
    await mailQueueSettled(w);
    const ledgerBefore = await ledgerCount();
    const needles = Object.values(personal);
    const before = await columnsHolding(w, needles);
    const redisBefore = await redisKeysHolding(w, needles);
    for (const needle of needles) expect([...before[needle], ...redisBefore[needle]]).not.toEqual([]);
    // The sign-in counter keyed by the email is in Redis before the closure.
    expect(redisBefore[email].length).toBeGreaterThan(0);

    const closed = await w.t.client.ok<{ closeMyAccount: boolean }>(
      CLOSE,
      { password: TEST_PASSWORD },
      {
        token: holder.accessToken,
      },
    );
    expect(closed.closeMyAccount).toBe(true);

    expect(await columnsHolding(w, needles)).toEqual(nowhere(needles));
    expect(await redisKeysHolding(w, needles)).toEqual(nowhere(needles));
    expect(await ledgerCount()).toBe(ledgerBefore);
    const [user] = await w.t.dataSource.query(
      `SELECT display_name, password_hash, closed_at FROM users WHERE id = $1`,
      [holder.user.id],
    );
    expect(user).toMatchObject({ display_name: 'Closed account', password_hash: null });
    expect(user.closed_at).not.toBeNull();
    const entries = await w.t.dataSource.query(
      `SELECT kind, amount_pence, payee FROM ledger_entries WHERE budget_id = $1 ORDER BY seq`,
      [budgetId],
    );
    expect(entries.map((entry: { payee: string }) => entry.payee)).toEqual(entries.map(() => 'Anonymised'));
    expect(entries.map((entry: { amount_pence: number }) => entry.amount_pence)).toContain(-3_000);
    const [audit] = await w.t.dataSource.query(
      `SELECT actor_id FROM audit_events WHERE action = 'ACCOUNT_CLOSED' AND record_id = $1`,
      [holder.user.id],
    );
    expect(audit.actor_id).toBe(holder.user.id);
  });

  it('ends every session: the old access and refresh tokens, and signing in again', async () => {
    expect(await w.t.client.errorCode(ME, {}, { token: holder.accessToken })).toBe('UNAUTHENTICATED');
    expect(await w.t.client.errorCode(REFRESH, { refreshToken: holder.refreshToken })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await w.t.client.errorCode(SIGN_IN, { input: { email, password: TEST_PASSWORD } })).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('takes the budget away from its delegate and stops it rolling', async () => {
    const theirs = await w.t.client.ok<{ myBudgets: { id: string }[] }>(
      MY_BUDGETS,
      {},
      {
        token: delegate.accessToken,
      },
    );
    expect(theirs.myBudgets).toEqual([]);
    const [closure] = await w.t.dataSource.query(
      `SELECT closed_at FROM personal_budgets WHERE id = $1 AND closed_at IS NOT NULL`,
      [budgetId],
    );
    expect(closure).toBeDefined();
  });

  it('leaves an enterprise whose only member closed their account to its Catalyst', async () => {
    const founderEmail = uniqueEmail('solo');
    const founder = await signUp(w.t.client, {
      email: founderEmail,
      displayName: `Solo Founder ${tag}`,
      role: 'PROVIDER',
      postcode: 'TA1 1AA',
      enterpriseName: `Solo Cleaning ${tag}`,
    });
    const [{ id: enterpriseId }] = await w.t.dataSource.query(
      `SELECT enterprise_id AS id FROM enterprise_members WHERE user_id = $1`,
      [founder.user.id],
    );
    await mailQueueSettled(w);
    await w.t.client.ok(CLOSE, { password: TEST_PASSWORD }, { token: founder.accessToken });
    const seen = await w.t.client.ok<{
      enterprise: { id: string; name: string; members: { name: string }[] };
    }>(ENTERPRISE, { id: enterpriseId }, { token: w.tauntonCatalyst.accessToken });
    expect(seen.enterprise).toMatchObject({ id: enterpriseId, name: `Solo Cleaning ${tag}` });
    expect(seen.enterprise.members.map((member) => member.name)).toEqual(['Former member']);
    const needles = [`Solo Founder ${tag}`, founderEmail];
    expect(await columnsHolding(w, needles)).toEqual(nowhere(needles));
  });
});
