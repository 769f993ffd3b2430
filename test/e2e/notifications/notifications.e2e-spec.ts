import { NotificationKind, NotificationService } from '@small-places/notifications';
import { Database } from '@small-places/platform';
import { Session, graphql } from '@small-places/testing';
import {
  checklistOf,
  ComplianceWorld,
  complianceWorld,
  enterpriseWithFounder,
  itemFor,
  UPDATE_ITEM,
} from '../compliance/compliance-fixture';

const NOTIFICATIONS = graphql(`
  query Notifications($unreadOnly: Boolean, $first: Int) {
    notifications(unreadOnly: $unreadOnly, first: $first) {
      unreadCount
      edges {
        node {
          id
          kind
          title
          body
          createdAt
          readAt
        }
      }
    }
  }
`);
const MARK_READ = graphql(`
  mutation MarkRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
const PREFERENCES = graphql(`
  query Preferences {
    notificationPreferences {
      kind
      essential
      muted
      description
    }
  }
`);
const MUTE = graphql(`
  mutation Mute($kind: NotificationKind!, $muted: Boolean!) {
    muteNotificationKind(kind: $kind, muted: $muted) {
      kind
      essential
      muted
    }
  }
`);
const FEED_URL = graphql(`
  query NotificationsFeedUrl {
    calendarFeedUrl
  }
`);
const RESET_FEED = graphql(`
  mutation NotificationsResetFeed {
    resetCalendarFeed
  }
`);

interface Page {
  unreadCount: number;
  edges: {
    node: { id: string; kind: string; title: string; body: string; createdAt: string; readAt: string | null };
  }[];
}

describe('notifications: the in-app list, muting, the calendar feed and the queue dashboard', () => {
  let w: ComplianceWorld;
  let shop: { id: string; founder: Session };

  const list = async (as: Session, variables: Record<string, unknown> = {}) =>
    (await w.t.client.ok<{ notifications: Page }>(NOTIFICATIONS, variables, { token: as.accessToken }))
      .notifications;
  const notify = (userId: string, kind: NotificationKind, title: string, dedupeKey?: string) =>
    w.t.app.get(Database).transaction((tx) =>
      w.t.app.get(NotificationService).notify(tx, {
        userIds: [userId],
        kind,
        title,
        body: `${title}. Do the next thing; guidance at https://www.gov.uk.`,
        email: true,
        dedupeKey,
      }),
    );
  const rows = <T>(sql: string, params: unknown[] = []) => w.t.dataSource.query(sql, params) as Promise<T[]>;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
  };

  beforeAll(async () => {
    w = await complianceWorld();
    shop = await enterpriseWithFounder(w, { name: 'Corner Care' });
  });
  afterAll(() => w?.t.close());

  it('lists a person’s own notifications, newest first, with the unread count, and marks them read', async () => {
    await notify(shop.founder.user.id, NotificationKind.COMPLIANCE_DEADLINE, 'First thing');
    await notify(shop.founder.user.id, NotificationKind.COACHING_ACTION_OVERDUE, 'Second thing');
    await notify(w.holder.user.id, NotificationKind.COACHING_ACTION_OVERDUE, 'Someone else’s thing');
    const page = await list(shop.founder);
    expect(page.unreadCount).toBe(2);
    expect(page.edges.map((edge) => edge.node.title)).toEqual(['Second thing', 'First thing']);
    expect(page.edges[0].node.readAt).toBeNull();

    // Someone else's id is ignored, not an error.
    const othersId = (await list(w.holder)).edges[0].node.id;
    const marked = await w.t.client.ok<{ markNotificationsRead: number }>(
      MARK_READ,
      { ids: [page.edges[1].node.id, othersId] },
      { token: shop.founder.accessToken },
    );
    expect(marked.markNotificationsRead).toBe(1);
    expect((await list(w.holder)).unreadCount).toBe(1);
    const after = await list(shop.founder, { unreadOnly: true });
    expect(after.unreadCount).toBe(1);
    expect(after.edges.map((edge) => edge.node.title)).toEqual(['Second thing']);
    expect((await list(shop.founder, { first: 1 })).edges).toHaveLength(1);

    await w.t.client.ok(MARK_READ, {}, { token: shop.founder.accessToken });
    expect((await list(shop.founder)).unreadCount).toBe(0);
  });

  it('sends each notification’s email once, and a repeated dedupe key notifies nobody twice', async () => {
    await notify(shop.founder.user.id, NotificationKind.COMPLIANCE_DEADLINE, 'Deduplicated', 'unit-1');
    await notify(shop.founder.user.id, NotificationKind.COMPLIANCE_DEADLINE, 'Deduplicated', 'unit-1');
    await w.t.mailbox.waitFor(shop.founder.user.email, /^Deduplicated$/);
    await settle();
    const mails = (await w.t.mailbox.all()).filter((mail) => mail.subject === 'Deduplicated');
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('Do the next thing');
    expect(mails[0].raw).toMatch(/Message-ID:\s+<notification-[0-9a-f-]+@small-places>/i);
    expect(await rows(`SELECT 1 FROM notifications WHERE dedupe_key = 'unit-1'`)).toHaveLength(1);
  });

  it('offers each person only the kinds that can reach them, by role', async () => {
    const kindsOf = async (as: Session) =>
      (
        await w.t.client.ok<{ notificationPreferences: { kind: string }[] }>(
          PREFERENCES,
          {},
          { token: as.accessToken },
        )
      ).notificationPreferences.map((preference) => preference.kind);
    const provider = await kindsOf(shop.founder);
    expect(provider).toEqual(
      expect.arrayContaining(['COMPLIANCE_DEADLINE', 'BOOKING_UPDATE', 'DRAFT_LISTING']),
    );
    expect(provider).not.toContain('BUDGET_PERIOD_STARTED');
    expect(provider).not.toContain('OVERDUE_ALERT');
    const holder = await kindsOf(w.holder);
    expect(holder).toEqual(
      expect.arrayContaining(['BUDGET_PERIOD_STARTED', 'BOOKING_UPDATE', 'INVOICE_UPDATE']),
    );
    expect(holder).not.toContain('COMPLIANCE_DEADLINE');
    expect(holder).not.toContain('OVERDUE_ALERT');
    const catalyst = await kindsOf(w.catalyst);
    expect(catalyst).toEqual(expect.arrayContaining(['OVERDUE_ALERT', 'COACHING_ACTION_OVERDUE']));
    expect(catalyst).not.toContain('BOOKING_UPDATE');
  });

  it('says what each notification is about (aboutId), so the website can link to it', async () => {
    const itemId = '00000000-0000-4000-8000-0000000000ab';
    await w.t.app.get(Database).transaction((tx) =>
      w.t.app.get(NotificationService).notify(tx, {
        userIds: [shop.founder.user.id],
        kind: NotificationKind.COMPLIANCE_DEADLINE,
        title: 'About an item',
        body: 'It is due.',
        email: false,
        refId: itemId,
      }),
    );
    const data = await w.t.client.ok<{
      notifications: { edges: { node: { title: string; aboutId: string | null } }[] };
    }>(
      graphql(`
        query NotificationsNotifications {
          notifications(first: 5) {
            edges {
              node {
                title
                aboutId
              }
            }
          }
        }
      `),
      {},
      { token: shop.founder.accessToken },
    );
    expect(data.notifications.edges.find((edge) => edge.node.title === 'About an item')?.node.aboutId).toBe(
      itemId,
    );
  });

  it('mutes non-essential kinds (still in the app, not emailed) and refuses to mute essential ones', async () => {
    const prefs = await w.t.client.ok<{
      notificationPreferences: { kind: string; essential: boolean; muted: boolean }[];
    }>(PREFERENCES, {}, { token: shop.founder.accessToken });
    expect(prefs.notificationPreferences.find((p) => p.kind === 'COMPLIANCE_DEADLINE')).toMatchObject({
      essential: true,
      muted: false,
    });
    expect(
      await w.t.client.errorCode(
        MUTE,
        { kind: 'COMPLIANCE_DEADLINE', muted: true },
        { token: shop.founder.accessToken },
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      await w.t.client.errorCode(
        MUTE,
        { kind: 'SAFEGUARDING', muted: true },
        { token: shop.founder.accessToken },
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      await w.t.client.errorCode(
        MUTE,
        { kind: 'NOT_A_KIND', muted: true },
        { token: shop.founder.accessToken },
      ),
    ).toBe('BAD_USER_INPUT');
    expect(await w.t.client.errorCode(MUTE, { kind: 'COACHING_ACTION_OVERDUE', muted: true })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await rows(`SELECT * FROM notification_mutes`)).toEqual([]);

    const muted = await w.t.client.ok<{ muteNotificationKind: { kind: string; muted: boolean }[] }>(
      MUTE,
      { kind: 'COACHING_ACTION_OVERDUE', muted: true },
      { token: shop.founder.accessToken },
    );
    expect(muted.muteNotificationKind.find((p) => p.kind === 'COACHING_ACTION_OVERDUE')?.muted).toBe(true);

    await notify(shop.founder.user.id, NotificationKind.COACHING_ACTION_OVERDUE, 'Muted action');
    await notify(shop.founder.user.id, NotificationKind.COMPLIANCE_DEADLINE, 'Essential despite mutes');
    await w.t.mailbox.waitFor(shop.founder.user.email, /Essential despite mutes/);
    await settle();
    expect((await w.t.mailbox.all()).filter((mail) => mail.subject === 'Muted action')).toEqual([]);
    expect((await list(shop.founder)).edges.map((edge) => edge.node.title)).toContain('Muted action');

    await w.t.client.ok(
      MUTE,
      { kind: 'COACHING_ACTION_OVERDUE', muted: false },
      { token: shop.founder.accessToken },
    );
    await notify(shop.founder.user.id, NotificationKind.COACHING_ACTION_OVERDUE, 'Unmuted action');
    await w.t.mailbox.waitFor(shop.founder.user.email, /Unmuted action/);
  });

  it('gives each person a private calendar feed of their deadlines that a reset revokes', async () => {
    const insurance = itemFor(await checklistOf(w.t, shop.id, shop.founder), 'PUBLIC_LIABILITY_INSURANCE');
    await w.t.client.ok(
      UPDATE_ITEM,
      { input: { itemId: insurance.id, status: 'DONE', completedOn: '2026-01-10', expiresOn: '2026-12-08' } },
      { token: shop.founder.accessToken },
    );
    expect(await w.t.client.errorCode(FEED_URL)).toBe('UNAUTHENTICATED');
    const { calendarFeedUrl } = await w.t.client.ok<{ calendarFeedUrl: string }>(
      FEED_URL,
      {},
      {
        token: shop.founder.accessToken,
      },
    );
    expect(calendarFeedUrl).toMatch(/^http:\/\/localhost:3000\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    // Asking again gives the same URL.
    expect(
      (await w.t.client.ok<{ calendarFeedUrl: string }>(FEED_URL, {}, { token: shop.founder.accessToken }))
        .calendarFeedUrl,
    ).toBe(calendarFeedUrl);
    const path = new URL(calendarFeedUrl).pathname;
    const response = await fetch(`${w.t.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const ics = await response.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:Corner Care: Public liability insurance expires');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261208');
    expect(ics).not.toContain('Other Care');

    // The Catalyst's feed covers the enterprises of their Area.
    const catalystUrl = (
      await w.t.client.ok<{ calendarFeedUrl: string }>(FEED_URL, {}, { token: w.catalyst.accessToken })
    ).calendarFeedUrl;
    const catalystIcs = await (await fetch(`${w.t.url}${new URL(catalystUrl).pathname}`)).text();
    expect(catalystIcs).toContain('Corner Care: Public liability insurance');
    expect(catalystIcs).toContain('Other Care:');

    const { resetCalendarFeed } = await w.t.client.ok<{ resetCalendarFeed: string }>(
      RESET_FEED,
      {},
      {
        token: shop.founder.accessToken,
      },
    );
    expect(resetCalendarFeed).not.toBe(calendarFeedUrl);
    expect((await fetch(`${w.t.url}${path}`)).status).toBe(404);
    expect((await fetch(`${w.t.url}${new URL(resetCalendarFeed).pathname}`)).status).toBe(200);
    expect((await fetch(`${w.t.url}/calendar/not-a-real-token-at-all-000000.ics`)).status).toBe(404);
    expect((await fetch(`${w.t.url}/calendar/nonsense`)).status).toBe(404);
  });

  it('shows the queue dashboard to Admins only', async () => {
    expect((await fetch(`${w.t.url}/admin/queues`)).status).toBe(401);
    const asFounder = await fetch(`${w.t.url}/admin/queues`, {
      headers: { authorization: `Bearer ${shop.founder.accessToken}` },
    });
    expect(asFounder.status).toBe(403);
    const asAdmin = await fetch(`${w.t.url}/admin/queues`, {
      headers: { authorization: `Bearer ${w.admin.accessToken}` },
    });
    expect(asAdmin.status).toBe(200);
    expect(await asAdmin.text()).toContain('<html');
    const api = await fetch(`${w.t.url}/admin/queues/api/queues`, {
      headers: { authorization: `Bearer ${w.admin.accessToken}` },
    });
    expect(api.status).toBe(200);
    const names = ((await api.json()) as { queues: { name: string }[] }).queues.map((queue) => queue.name);
    expect(names).toEqual(expect.arrayContaining(['mail', 'reminders', 'reminder-scan']));
  });
});
