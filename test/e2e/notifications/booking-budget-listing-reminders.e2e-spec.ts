import { JobType } from 'bullmq';
import { addDays, Clock, londonDate, QueueName, QueueService } from '@small-places/platform';
import { acceptInvitation, Session, uniqueEmail, graphql } from '@small-places/testing';
import { ACCEPT, BookingWorld, bookingWorld, REQUEST, slot } from '../bookings/bookings-fixture';
import { INVITE_DELEGATE } from '../budgets/budget-fixture';
import { ENTERPRISE, UPDATE_ITEM } from '../crm/crm-fixture';
import { CREATE_LISTING } from '../marketplace/marketplace-fixture';

const RUN_SCAN = graphql(`
  mutation BookingBudgetListingRemindersRunScan($asOf: Date) {
    runReminderScan(asOf: $asOf)
  }
`);
const SET_UP_BUDGET = graphql(`
  mutation BookingBudgetListingRemindersSetUpBudget($input: SetUpBudgetInput!) {
    setUpBudget(input: $input) {
      id
    }
  }
`);
const HOURS_49 = 49 * 3_600_000;

/**
 * The reminders that bookings, budgets and listings add through the reminder ledger, driven through the real
 * scans and the in-process worker: each happens once however often the scan runs, and changes what it says.
 */
describe('reminders: booking requests expiring, bookings tomorrow, budget periods, draft and hidden listings', () => {
  let w: BookingWorld;
  const today = londonDate(new Date());

  const rows = <T>(sql: string, params: unknown[] = []) => w.t.dataSource.query(sql, params) as Promise<T[]>;
  const drained = async () => {
    const queues = w.t.app.get(QueueService);
    const deadline = Date.now() + 20_000;
    for (;;) {
      let busy = false;
      for (const name of [QueueName.ReminderScan, QueueName.Reminders, QueueName.Mail]) {
        // The scan queue always holds the schedulers' next jobs, delayed.
        const states: JobType[] = name === QueueName.ReminderScan ? [] : ['delayed'];
        const counts = await queues.queue(name).getJobCounts('waiting', 'active', 'prioritized', ...states);
        busy ||= Object.values(counts).some((count) => count > 0);
      }
      if (!busy) return;
      if (Date.now() > deadline) throw new Error('queues did not drain');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const dailyScan = async (asOf: string) => {
    await w.t.client.ok(RUN_SCAN, { asOf }, { token: w.admin.accessToken });
    await drained();
  };
  /** What the hourly job scheduler puts on the queue, twice at once (two workers' schedulers, a retry). */
  const hourlyScanTwice = async () => {
    const queue = w.t.app.get(QueueService).queue(QueueName.ReminderScan);
    await Promise.all([queue.add('hourly-scan', {}), queue.add('hourly-scan', {})]);
    await drained();
  };
  const notificationsOf = (userId: string, kind: string) =>
    rows<{ title: string; body: string; emailed: boolean; refId: string }>(
      `SELECT title, body, emailed_at IS NOT NULL AS emailed, ref_id AS "refId"
       FROM notifications WHERE user_id = $1 AND kind = $2 ORDER BY created_at`,
      [userId, kind],
    );
  const mailsTo = async (person: Session, subject: RegExp) =>
    (await w.t.mailbox.all()).filter(
      (mail) => mail.to.includes(person.user.email) && subject.test(mail.subject),
    );
  /** Both clocks: the API's (accepting, answering) and the worker's (the hourly scan, delivery). */
  const travel = (ms: number) => {
    w.t.app.get(Clock).advance(ms);
    w.t.worker!.get(Clock).advance(ms);
  };

  beforeAll(async () => {
    w = await bookingWorld();
  }, 60_000);
  afterAll(() => w?.t.close());

  it('has the worker schedule an hourly scan beside the 06:00 one', async () => {
    const schedulers = await w.t.app.get(QueueService).queue(QueueName.ReminderScan).getJobSchedulers();
    const patterns = Object.fromEntries(schedulers.map((scheduler) => [scheduler.key, scheduler.pattern]));
    expect(patterns).toEqual({ 'daily-reminder-scan': '0 6 * * *', 'hourly-reminder-scan': '0 * * * *' });
  });

  it('expires a request unanswered for 48 hours within the hourly scan, once, telling both sides', async () => {
    const { requestBooking: booking } = await w.t.client.ok<{ requestBooking: { id: string } }>(
      REQUEST,
      { input: { listingId: w.hourly, ...slot(20, 11) } },
      { token: w.holder.accessToken },
    );
    const answered = await w.t.client.ok<{ requestBooking: { id: string } }>(
      REQUEST,
      { input: { listingId: w.hourly, ...slot(21, 11) } },
      { token: w.holder.accessToken },
    );
    await w.t.client.ok(ACCEPT, { id: answered.requestBooking.id }, { token: w.provider.accessToken });

    await hourlyScanTwice(); // within the 48 hours: nothing
    expect(
      (await rows<{ status: string }>(`SELECT status FROM bookings WHERE id = $1`, [booking.id]))[0].status,
    ).toBe('REQUESTED');
    travel(HOURS_49);
    try {
      await hourlyScanTwice();
      await hourlyScanTwice();
      expect(await w.t.client.errorCode(ACCEPT, { id: booking.id }, { token: w.provider.accessToken })).toBe(
        'CONFLICT',
      );
    } finally {
      travel(-HOURS_49);
    }
    const statuses = await rows<{ id: string; status: string }>(
      `SELECT id, status FROM bookings WHERE id = ANY($1::uuid[])`,
      [[booking.id, answered.requestBooking.id]],
    );
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({
      [booking.id]: 'EXPIRED',
      [answered.requestBooking.id]: 'ACCEPTED',
    });
    expect(
      await rows(`SELECT 1 FROM reminders WHERE item_id = $1 AND kind = 'BOOKING_REQUEST_AFTER'`, [
        booking.id,
      ]),
    ).toHaveLength(1);
    for (const person of [w.holder, w.provider]) {
      const told = (await notificationsOf(person.user.id, 'BOOKING_UPDATE')).filter(
        (row) => row.refId === booking.id && row.title === 'Booking request expired',
      );
      expect(told).toHaveLength(1);
      expect(told[0].body).toContain('48 hours');
      await w.t.mailbox.waitFor(person.user.email, /Booking request expired/);
      expect(await mailsTo(person, /Booking request expired/)).toHaveLength(1);
    }
  });

  it('reminds both sides of a booking the day before, once however often the scan runs', async () => {
    const tomorrow = slot(1, 15);
    const { requestBooking: booking } = await w.t.client.ok<{ requestBooking: { id: string } }>(
      REQUEST,
      { input: { listingId: w.hourly, ...tomorrow, note: 'Side door, please' } },
      { token: w.holder.accessToken },
    );
    const cancelledLater = await w.t.client.ok<{ requestBooking: { id: string } }>(
      REQUEST,
      { input: { listingId: w.hourly, ...slot(1, 17) } },
      { token: w.holder.accessToken },
    );
    // Requested, never accepted: no reminder.
    expect(cancelledLater.requestBooking.id).toBeDefined();
    await w.t.client.ok(ACCEPT, { id: booking.id }, { token: w.provider.accessToken });

    await dailyScan(addDays(today, -1)); // two days before: nothing
    await Promise.all([dailyScan(today), dailyScan(today)]);
    await dailyScan(today);

    const holderTold = await notificationsOf(w.holder.user.id, 'BOOKING_REMINDER');
    const providerTold = await notificationsOf(w.provider.user.id, 'BOOKING_REMINDER');
    expect(holderTold.map((row) => row.refId)).toEqual([booking.id]);
    expect(providerTold.map((row) => row.refId)).toEqual([booking.id]);
    expect(holderTold[0]).toMatchObject({ title: 'Tomorrow: Companionship visits', emailed: true });
    expect(holderTold[0].body).toContain('from 15:00 to 16:00');
    expect(providerTold[0].body).toContain('Their note: Side door, please');
    expect(await mailsTo(w.holder, /Tomorrow: Companionship visits/)).toHaveLength(1);
    expect(await mailsTo(w.provider, /Tomorrow: Companionship visits/)).toHaveLength(1);
  });

  it('rolls a budget into its new period from the worker and tells the holder once, with the surplus flag', async () => {
    const setUp = async (holder: Session, startsOn: string) =>
      (
        await w.t.client.ok<{ setUpBudget: { id: string } }>(
          SET_UP_BUDGET,
          { input: { label: 'Direct payment', paymentPence: 10_000, periodDays: 28, startsOn } },
          { token: holder.accessToken },
        )
      ).setUpBudget.id;
    // Today is the last day of the first period; tomorrow the second begins, with £100 carried over.
    const plain = await setUp(w.holder, addDays(today, -27));
    // Today is the last day of the third period: tomorrow £300 carries over, more than 8 weeks (£200).
    const flush = await setUp(w.otherHolder, addDays(today, -83));
    const delegateEmail = uniqueEmail('delegate');
    await w.t.client.ok(
      INVITE_DELEGATE,
      { budgetId: flush, email: delegateEmail },
      { token: w.otherHolder.accessToken },
    );
    const delegate = await acceptInvitation(w.t.client, w.t.mailbox, delegateEmail, 'Dee Delegate');
    const periods = async (budgetId: string) =>
      (await rows(`SELECT 1 FROM budget_periods WHERE budget_id = $1`, [budgetId])).length;
    expect([await periods(plain), await periods(flush)]).toEqual([1, 3]);

    await dailyScan(today); // no period starts today
    expect(await notificationsOf(w.holder.user.id, 'BUDGET_PERIOD_STARTED')).toEqual([]);
    const tomorrow = addDays(today, 1);
    await Promise.all([dailyScan(tomorrow), dailyScan(tomorrow)]);
    await dailyScan(tomorrow);

    expect([await periods(plain), await periods(flush)]).toEqual([2, 4]);
    const plainTold = await notificationsOf(w.holder.user.id, 'BUDGET_PERIOD_STARTED');
    expect(plainTold.map((row) => row.title)).toEqual(['New budget period: Direct payment']);
    expect(plainTold[0].body).toContain('£100.00 was paid in, £100.00 carried over');
    const flushTold = await notificationsOf(w.otherHolder.user.id, 'BUDGET_PERIOD_STARTED');
    expect(flushTold.map((row) => row.title)).toEqual([
      'New budget period: Direct payment (more than 8 weeks left over)',
    ]);
    expect(flushTold[0].body).toContain('£300.00 left over from earlier periods: £100.00 more than 8 weeks');
    // The delegate hears the same, once; the other holder's budget is none of their business.
    expect(
      (await notificationsOf(delegate.user.id, 'BUDGET_PERIOD_STARTED')).map((row) => row.refId),
    ).toEqual([flush]);
    await w.t.mailbox.waitFor(w.otherHolder.user.email, /more than 8 weeks left over/);
    expect(await mailsTo(w.otherHolder, /New budget period/)).toHaveLength(1);
  });

  it('reminds the members about a listing still in draft after 7 days, once', async () => {
    const { createListing: draft } = await w.t.client.ok<{ createListing: { id: string } }>(
      CREATE_LISTING,
      {
        input: {
          enterpriseId: w.enterpriseId,
          title: 'Garden tidy',
          description: 'Weeding and mowing in and around Taunton, by people who live here.',
          category: 'HOME_HELP',
          pricePence: 2500,
          priceUnit: 'HOUR',
          postcode: 'TA1 1AA',
          travelMiles: 5,
          availability: [{ dayOfWeek: 'MONDAY', startTime: '09:00', endTime: '12:00' }],
        },
      },
      { token: w.provider.accessToken },
    );
    await rows(`UPDATE listings SET created_at = $2::date + time '10:00' WHERE id = $1`, [
      draft.id,
      addDays(today, -7),
    ]);
    await dailyScan(addDays(today, -1)); // six days: nothing
    await Promise.all([dailyScan(today), dailyScan(today)]);
    await dailyScan(addDays(today, 7)); // a fortnight: not again

    const told = await notificationsOf(w.provider.user.id, 'DRAFT_LISTING');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      title: 'Still a draft: Garden tidy',
      refId: draft.id,
      emailed: true,
    });
    expect(await mailsTo(w.provider, /Garden tidy/)).toHaveLength(1);
  });

  it('tells the members once, in the app and by email, when a lapse hides their listings', async () => {
    const { enterprise } = await w.t.client.ok<{
      enterprise: {
        checklist: { items: Array<{ id: string; status: string; requirement: { mandatory: boolean } }> };
      };
    }>(ENTERPRISE, { id: w.enterpriseId }, { token: w.tauntonCatalyst.accessToken });
    const waived = enterprise.checklist.items.filter(
      (item) => item.requirement.mandatory && item.status === 'WAIVED',
    );
    expect(waived.length).toBeGreaterThan(0);
    for (const item of waived) {
      await w.t.client.ok(
        UPDATE_ITEM,
        { input: { itemId: item.id, status: 'TODO' } },
        { token: w.tauntonCatalyst.accessToken },
      );
    }
    await drained();

    const listings = await rows<{ id: string; status: string }>(
      `SELECT id, status FROM listings WHERE id = ANY($1::uuid[])`,
      [[w.hourly, w.session40]],
    );
    expect(listings.map((row) => row.status)).toEqual(['HIDDEN', 'HIDDEN']);
    const told = await notificationsOf(w.provider.user.id, 'LISTING_HIDDEN');
    expect(told.length).toBeGreaterThan(0);
    // Each hidden listing is named in exactly one notification, and each notification is emailed once.
    for (const title of ['Companionship visits', 'Deep clean of a home']) {
      expect(told.filter((row) => row.body.includes(`“${title}”`))).toHaveLength(1);
    }
    expect(told.every((row) => row.emailed)).toBe(true);
    expect(await mailsTo(w.provider, /hidden from search/)).toHaveLength(told.length);
    expect(told[0].body).toContain('publish the listing again');
  });
});
