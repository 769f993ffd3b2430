import { QueueName, QueueService } from '@small-places/platform';
import { Session, graphql } from '@small-places/testing';
import { WorkerHealthController } from '../../../apps/worker/src/worker-health.controller';
import {
  checklistOf,
  ComplianceWorld,
  complianceWorld,
  enterpriseWithFounder,
  itemFor,
  TODAY,
  UPDATE_ITEM,
} from '../compliance/compliance-fixture';

const RUN_SCAN = graphql(`
  mutation RemindersRunScan($asOf: Date) {
    runReminderScan(asOf: $asOf)
  }
`);

describe('reminders: the daily scan and its delivery', () => {
  let w: ComplianceWorld;
  let insured: { id: string; founder: Session };
  let insuranceId: string;
  /** Trading from 22 December 2026: its food registration (28 days before) was due on 24 November. */
  let lateFood: { id: string; founder: Session };
  let foodId: string;

  const scan = async (asOf?: string) =>
    (await w.t.client.ok<{ runReminderScan: number }>(RUN_SCAN, { asOf }, { token: w.admin.accessToken }))
      .runReminderScan;
  const rows = <T>(sql: string, params: unknown[] = []) => w.t.dataSource.query(sql, params) as Promise<T[]>;
  const waitUntil = async (what: string, test: () => Promise<boolean>, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await test())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const queueCounts = () =>
    w.t.app
      .get(QueueService)
      .queue(QueueName.Reminders)
      .getJobCounts('waiting', 'active', 'delayed', 'completed');
  /** Waits until the worker has nothing left to do on reminders and mail. */
  const drained = async () => {
    const queues = w.t.app.get(QueueService);
    await waitUntil('queues to drain', async () => {
      for (const name of [QueueName.Reminders, QueueName.Mail]) {
        const counts = await queues.queue(name).getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        if (Object.values(counts).some((count) => count > 0)) return false;
      }
      return true;
    });
  };

  beforeAll(async () => {
    w = await complianceWorld();
    insured = await enterpriseWithFounder(w, { name: 'Insured Care' });
    insuranceId = itemFor(
      await checklistOf(w.t, insured.id, insured.founder),
      'PUBLIC_LIABILITY_INSURANCE',
    ).id;
    await w.t.client.ok(
      UPDATE_ITEM,
      { input: { itemId: insuranceId, status: 'DONE', completedOn: '2026-01-10', expiresOn: '2026-12-08' } },
      { token: insured.founder.accessToken },
    );
    lateFood = await enterpriseWithFounder(w, {
      name: 'Late Lunches',
      activities: ['MEALS'],
      tradingStartsOn: '2026-12-22',
    });
    foodId = itemFor(await checklistOf(w.t, lateFood.id, lateFood.founder), 'FOOD_BUSINESS_REGISTRATION').id;
  });
  afterAll(() => w?.t.close());

  it('refuses anonymous callers, non-Admins and bad dates, and enqueues nothing', async () => {
    expect(await w.t.client.errorCode(RUN_SCAN, {})).toBe('UNAUTHENTICATED');
    expect(await w.t.client.errorCode(RUN_SCAN, {}, { token: w.catalyst.accessToken })).toBe('FORBIDDEN');
    expect(await w.t.client.errorCode(RUN_SCAN, {}, { token: insured.founder.accessToken })).toBe(
      'FORBIDDEN',
    );
    expect(await w.t.client.errorCode(RUN_SCAN, { asOf: '2026-02-30' }, { token: w.admin.accessToken })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await w.t.client.errorCode(RUN_SCAN, { asOf: 'tomorrow' }, { token: w.admin.accessToken })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await rows(`SELECT * FROM reminder_scans`)).toEqual([]);
    expect(await rows(`SELECT * FROM reminders`)).toEqual([]);
    expect(await queueCounts()).toEqual({ waiting: 0, active: 0, delayed: 0, completed: 0 });
  });

  it('an item expiring in 7 days gives one in-app notification and one email, however often the scan runs', async () => {
    const first = await scan(TODAY);
    expect(first).toBeGreaterThan(0);
    const subject = /Public liability insurance expires in 7 days/;
    await w.t.mailbox.waitFor(insured.founder.user.email, subject);
    await drained();
    // Again, and twice at once: all of it already delivered, so nothing is enqueued or sent.
    const again = await Promise.all([scan(TODAY), scan(TODAY), scan(TODAY)]);
    expect(again).toEqual([0, 0, 0]);
    await drained();
    await new Promise((resolve) => setTimeout(resolve, 300));

    const notes = await rows<{ title: string; body: string; kind: string; emailed_at: Date | null }>(
      `SELECT title, body, kind, emailed_at FROM notifications WHERE ref_id = $1`,
      [insuranceId],
    );
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      kind: 'COMPLIANCE_DEADLINE',
      title: 'Public liability insurance expires in 7 days',
    });
    expect(notes[0].body).toContain(
      'Insured Care: public liability insurance runs out on Tuesday 8 December 2026.',
    );
    expect(notes[0].body).toContain('Renew it before then');
    expect(notes[0].body).toContain('Guidance:');
    expect(notes[0].emailed_at).not.toBeNull();
    const mails = (await w.t.mailbox.all()).filter(
      (mail) => mail.to === insured.founder.user.email && subject.test(mail.subject),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('Renew it before then');
    expect(
      await rows(`SELECT offset_days FROM reminders WHERE item_id = $1 AND due_on = '2026-12-08'`, [
        insuranceId,
      ]),
    ).toEqual([{ offset_days: 7 }]);

    // Every reminder recorded once, every notification emailed once.
    const [{ duplicates }] = await rows<{ duplicates: number }>(
      `SELECT count(*)::int - count(DISTINCT (item_id, due_on, offset_days))::int AS duplicates FROM reminders`,
    );
    expect(duplicates).toBe(0);
    const [{ owed }] = await rows<{ owed: number }>(
      `SELECT count(*)::int AS owed FROM notifications WHERE email_wanted AND emailed_at IS NULL`,
    );
    expect(owed).toBe(0);
  });

  it('tells the Catalyst once, at the first overdue reminder of a mandatory item', async () => {
    const alerts = () =>
      rows<{ user_id: string; title: string }>(
        `SELECT user_id, title FROM notifications WHERE ref_id = $1 AND kind = 'OVERDUE_ALERT'`,
        [foodId],
      );
    expect(await alerts()).toEqual([
      { user_id: w.catalyst.user.id, title: 'Late Lunches: Register as a food business is overdue' },
    ]);
    const founderNotes = await rows<{ title: string }>(
      `SELECT title FROM notifications WHERE ref_id = $1 AND user_id = $2`,
      [foodId, lateFood.founder.user.id],
    );
    expect(founderNotes).toEqual([{ title: 'Register as a food business is overdue' }]);
    await w.t.mailbox.waitFor(w.catalyst.user.email, /Late Lunches: Register as a food business is overdue/);

    // A week later the founder hears again; the Catalyst does not.
    expect(await scan('2026-12-08')).toBeGreaterThan(0);
    await drained();
    await waitUntil('the second overdue reminder', async () => {
      const found = await rows(`SELECT 1 FROM reminders WHERE item_id = $1 AND offset_days = -14`, [foodId]);
      return found.length === 1;
    });
    await drained();
    expect(await alerts()).toHaveLength(1);
  });

  it('a week after the 7-day reminder the lapsed item is EXPIRED, and the health check reports the scan', async () => {
    await scan('2026-12-09');
    const [item] = await rows<{ status: string }>(`SELECT status FROM checklist_items WHERE id = $1`, [
      insuranceId,
    ]);
    expect(item.status).toBe('EXPIRED');
    const checklist = await checklistOf(w.t, insured.id, insured.founder);
    expect(itemFor(checklist, 'PUBLIC_LIABILITY_INSURANCE').status).toBe('EXPIRED');

    const health = await w.t.worker!.get(WorkerHealthController).check();
    expect(health.status).toBe('ok');
    expect(health.info?.reminderScan).toMatchObject({ status: 'up' });
    expect(typeof (health.info?.reminderScan as { ageSeconds: number }).ageSeconds).toBe('number');
  });
});
