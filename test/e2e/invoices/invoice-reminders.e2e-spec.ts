import { graphql } from '@small-places/testing';
import { addDays, londonDate, QueueName, QueueService } from '@small-places/platform';
import { JobType } from 'bullmq';
import {
  confirmAll,
  DAY_MS,
  deliveredBookings,
  INVOICES,
  InvoiceWorld,
  invoiceWorld,
  ISSUE_INVOICE,
  RECORD_PAYMENT,
  RUN_SCAN,
  travel,
} from './invoices-fixture';

const SETTINGS = graphql(`
  mutation InvoiceRemindersSettings($input: InvoiceSettingsInput!) {
    setInvoiceSettings(input: $input) {
      enterpriseId
      monthlyIssuing
      dueDays
    }
  }
`);
const OWED = graphql(`
  query InvoiceRemindersOwed($side: InvoiceSide!) {
    moneyOwed(side: $side) {
      totalPence
      invoices
      buckets {
        bucket
        label
        invoices
        amountPence
      }
    }
  }
`);

// The machine these run on is shared and loaded: delivering bookings takes many requests.
jest.setTimeout(120_000);

/** The worker's invoice jobs: overdue reminders at due date, +7 and +14; monthly issuing; money owed by age. */
describe('invoices through the worker: overdue reminders, monthly issuing, money owed', () => {
  let w: InvoiceWorld;
  const today = londonDate(new Date());
  const rows = <T>(sql: string, params: unknown[] = []) => w.t.dataSource.query(sql, params) as Promise<T[]>;
  const drained = async () => {
    const queues = w.t.app.get(QueueService);
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
  const scan = async (asOf: string) => {
    await w.t.client.ok(RUN_SCAN, { asOf }, { token: w.admin.accessToken });
    await drained();
  };
  const issue = async (bookingIds: string[]) =>
    (
      await w.t.client.ok<{ issueInvoice: { id: string; number: number; dueOn: string } }>(
        ISSUE_INVOICE,
        { input: { bookingIds } },
        { token: w.provider.accessToken },
      )
    ).issueInvoice;
  const remindersOf = (invoiceId: string) =>
    rows<{ offset_days: number }>(
      `SELECT offset_days FROM reminders WHERE item_id = $1 AND kind = 'INVOICE_OVERDUE_AFTER' ORDER BY offset_days DESC`,
      [invoiceId],
    );
  const toldAbout = (userId: string, invoiceId: string) =>
    rows<{ title: string }>(
      `SELECT title FROM notifications WHERE user_id = $1 AND ref_id = $2 AND kind = 'INVOICE_UPDATE'
      AND (title LIKE '%due today' OR title LIKE '%overdue' OR title LIKE '%unpaid') ORDER BY created_at`,
      [userId, invoiceId],
    );

  beforeAll(async () => {
    w = await invoiceWorld();
  }, 180_000);
  afterAll(() => w?.t.close());

  it('reminds the holder side and tells the provider at the due date, +7 and +14, each once; not once paid', async () => {
    const [late, settled] = await deliveredBookings(w, w.holder, w.budgetId, [
      [1, 9],
      [1, 12],
    ]);
    await confirmAll(w, w.holder, [late, settled]);
    const unpaid = await issue([late]);
    const paid = await issue([settled]);
    await w.t.client.ok(
      RECORD_PAYMENT,
      { input: { invoiceId: paid.id, paidOn: today } },
      { token: w.holder.accessToken },
    );
    await scan(addDays(unpaid.dueOn, -1));
    expect(await remindersOf(unpaid.id)).toEqual([]);
    for (const days of [0, 7, 7, 14, 14]) await scan(addDays(unpaid.dueOn, days));
    expect((await remindersOf(unpaid.id)).map((row) => row.offset_days)).toEqual([0, -7, -14]);
    expect(await remindersOf(paid.id)).toEqual([]);
    for (const person of [w.holder, w.delegate, w.provider]) {
      expect(await toldAbout(person.user.id, unpaid.id)).toHaveLength(3);
    }
    expect((await toldAbout(w.holder.user.id, unpaid.id)).map((row) => row.title)).toEqual([
      `Invoice ${unpaid.number} from Kind Hands is due today`,
      `Invoice ${unpaid.number} from Kind Hands is overdue`,
      `Invoice ${unpaid.number} from Kind Hands is overdue`,
    ]);
  });

  it('shows money owed by age to both sides', async () => {
    const owed = async (side: string, token: string) =>
      (
        await w.t.client.ok<{
          moneyOwed: {
            totalPence: number;
            invoices: number;
            buckets: Array<{ bucket: string; invoices: number }>;
          };
        }>(OWED, { side }, { token })
      ).moneyOwed;
    const now = await owed('PROVIDER', w.provider.accessToken);
    expect(now).toMatchObject({ totalPence: 1800, invoices: 1 });
    expect(now.buckets.find((bucket) => bucket.bucket === 'NOT_DUE')!.invoices).toBe(1);
    travel(w, 20 * DAY_MS);
    try {
      for (const [side, token] of [
        ['PROVIDER', w.provider.accessToken],
        ['HOLDER', w.delegate.accessToken],
      ]) {
        const later = await owed(side, token);
        expect(later.buckets.find((bucket) => bucket.bucket === 'OVERDUE_1_30')!.invoices).toBe(1);
      }
    } finally {
      travel(w, -20 * DAY_MS);
    }
    expect(await owed('HOLDER', w.otherHolder.accessToken)).toMatchObject({ totalPence: 0, invoices: 0 });
  });

  it('issues monthly, one invoice per holder, once, when the enterprise chose it; members only set it', async () => {
    expect(
      await w.t.client.errorCode(
        SETTINGS,
        { input: { enterpriseId: w.enterpriseId, monthlyIssuing: true } },
        { token: w.holder.accessToken },
      ),
    ).toBe('FORBIDDEN');
    const mine = await deliveredBookings(w, w.holder, w.budgetId, [
      [2, 9],
      [2, 11],
    ]);
    const theirs = await deliveredBookings(w, w.otherHolder, w.otherBudgetId, [[2, 14]]);
    await confirmAll(w, w.holder, mine);
    await confirmAll(w, w.otherHolder, theirs);
    const firstOfNextMonth = `${addDays(today, 32).slice(0, 7)}-01`;
    await scan(firstOfNextMonth); // not chosen yet: nothing
    expect(
      await rows(`SELECT 1 FROM invoice_lines WHERE booking_id = ANY($1::uuid[])`, [[...mine, ...theirs]]),
    ).toEqual([]);

    const settings = await w.t.client.ok<{
      setInvoiceSettings: { monthlyIssuing: boolean; dueDays: number };
    }>(
      SETTINGS,
      { input: { enterpriseId: w.enterpriseId, monthlyIssuing: true, dueDays: 21 } },
      { token: w.provider.accessToken },
    );
    expect(settings.setInvoiceSettings).toEqual({
      enterpriseId: w.enterpriseId,
      monthlyIssuing: true,
      dueDays: 21,
    });
    await scan(addDays(firstOfNextMonth, 1)); // not the 1st: nothing
    expect(
      await rows(`SELECT 1 FROM invoice_lines WHERE booking_id = ANY($1::uuid[])`, [[...mine, ...theirs]]),
    ).toEqual([]);
    await scan(firstOfNextMonth);
    await scan(firstOfNextMonth);
    const invoiced = await rows<{ holder_id: string; lines: number; total: number; due: number }>(
      `SELECT i.holder_id, count(l.id)::int AS lines, i.total_pence AS total, (i.due_on - i.issued_on) AS due
       FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
       WHERE l.booking_id = ANY($1::uuid[]) GROUP BY i.id ORDER BY lines DESC`,
      [[...mine, ...theirs]],
    );
    expect(invoiced).toEqual([
      { holder_id: w.holder.user.id, lines: 2, total: 3600, due: 21 },
      { holder_id: w.otherHolder.user.id, lines: 1, total: 1800, due: 21 },
    ]);
    const listed = await w.t.client.ok<{ invoices: { edges: unknown[] } }>(
      INVOICES,
      { side: 'HOLDER' },
      { token: w.otherHolder.accessToken },
    );
    expect(listed.invoices.edges).toHaveLength(1);
  });
});
