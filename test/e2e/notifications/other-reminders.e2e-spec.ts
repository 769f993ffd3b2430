import { QueueName, QueueService } from '@small-places/platform';
import { INVITE_USER, signUp, uniqueEmail, graphql } from '@small-places/testing';
import {
  ComplianceWorld,
  complianceWorld,
  enterpriseWithFounder,
  TODAY,
} from '../compliance/compliance-fixture';

const RUN_SCAN = graphql(`
  mutation OtherRemindersRunScan($asOf: Date) {
    runReminderScan(asOf: $asOf)
  }
`);

describe('reminders: unconfirmed sign-ups, unanswered invitations, overdue coaching actions', () => {
  let w: ComplianceWorld;

  const rows = <T>(sql: string, params: unknown[] = []) => w.t.dataSource.query(sql, params) as Promise<T[]>;
  const drained = async () => {
    const queues = w.t.app.get(QueueService);
    const deadline = Date.now() + 15_000;
    for (;;) {
      let busy = false;
      for (const name of [QueueName.Reminders, QueueName.Mail]) {
        const counts = await queues.queue(name).getJobCounts('waiting', 'active', 'delayed', 'prioritized');
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
  const titlesFor = async (userId: string, kind: string) =>
    (
      await rows<{ title: string }>(
        `SELECT title FROM notifications WHERE user_id = $1 AND kind = $2 ORDER BY created_at`,
        [userId, kind],
      )
    ).map((row) => row.title);

  beforeAll(async () => {
    w = await complianceWorld();
  });
  afterAll(() => w?.t.close());

  it('reminds an unconfirmed sign-up after 2 and 7 days, once each', async () => {
    const person = await signUp(w.t.client);
    await rows(
      `UPDATE users SET created_at = '2026-11-29T10:00:00Z', email_verified_at = NULL WHERE id = $1`,
      [person.user.id],
    );
    await scan(TODAY); // 2 days after
    await scan(TODAY);
    await scan('2026-12-02'); // 3 days: nothing
    await scan('2026-12-06'); // 7 days
    expect(await titlesFor(person.user.id, 'EMAIL_NOT_VERIFIED')).toEqual([
      'Please confirm your email address',
      'Please confirm your email address',
    ]);
    await w.t.mailbox.waitFor(person.user.email, /Please confirm your email address/);
  });

  it('tells the inviter 3 days after an unanswered invitation and the day before it expires', async () => {
    const email = uniqueEmail('invitee');
    await w.t.client.ok(
      INVITE_USER,
      { input: { email, role: 'CATALYST', areaIds: [w.areaId] } },
      { token: w.admin.accessToken },
    );
    await rows(
      `UPDATE invitations SET created_at = '2026-11-28T10:00:00Z', expires_at = '2026-12-10T10:00:00Z' WHERE email = $1`,
      [email],
    );
    await scan(TODAY); // 3 days after
    await scan('2026-12-09'); // the day before it expires
    await scan('2026-12-09');
    const titles = await titlesFor(w.admin.user.id, 'INVITATION_UNANSWERED');
    expect(titles).toEqual([
      `${email} has not accepted your invitation`,
      `${email} has not accepted your invitation`,
    ]);
  });

  it('reminds the owner of an overdue coaching action the day after, then weekly, until it is done', async () => {
    const shop = await enterpriseWithFounder(w, { name: 'Action Care' });
    const [action] = await rows<{ id: string }>(
      `INSERT INTO coaching_actions (enterprise_id, title, due_on, owner)
       VALUES ($1, 'Ask two insurers for quotes', '2026-11-30', 'ENTREPRENEUR') RETURNING id`,
      [shop.id],
    );
    await scan(TODAY); // 1 day overdue
    await scan('2026-12-07'); // 7 days
    await rows(`UPDATE coaching_actions SET done_at = now() WHERE id = $1`, [action.id]);
    await scan('2026-12-14'); // done: nothing
    expect(await titlesFor(shop.founder.user.id, 'COACHING_ACTION_OVERDUE')).toEqual([
      'Coaching action overdue: Ask two insurers for quotes',
      'Coaching action overdue: Ask two insurers for quotes',
    ]);
    const [body] = await rows<{ body: string }>(
      `SELECT body FROM notifications WHERE ref_id = $1 ORDER BY created_at LIMIT 1`,
      [action.id],
    );
    expect(body.body).toContain('"Ask two insurers for quotes" was due on Monday 30 November 2026');
  });
});
