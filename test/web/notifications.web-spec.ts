import { NotificationKind, NotificationService } from '@small-places/notifications';
import { Database } from '@small-places/platform';
import { createTestApp, Session, signUp, TEST_PASSWORD, TestApp } from '@small-places/testing';
import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  checkA11y,
  JAVASCRIPT_MODES,
  launchBrowser,
  newJourney,
  screenshot,
  startWeb,
  submit,
  visit,
  WebApp,
} from './web-harness';

/** The page every notification email links to: the list, marking read, and which kinds are emailed. */
describe('Your notifications', () => {
  let t: TestApp;
  let web: WebApp;
  let browser: Browser;

  const notify = (person: Session, kind: NotificationKind, title: string) =>
    t.app.get(Database).transaction((tx) =>
      t.app.get(NotificationService).notify(tx, {
        userIds: [person.user.id],
        kind,
        title,
        body: `${title}.\nWhat to do next: see your bookings.`,
        email: false,
      }),
    );

  beforeAll(async () => {
    t = await createTestApp();
    web = await startWeb(t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await t?.close();
  });

  describe.each(JAVASCRIPT_MODES)('$mode', (mode) => {
    let context: BrowserContext;
    let page: Page;

    beforeEach(async () => {
      context = await newJourney(browser, web, mode);
      page = await context.newPage();
    });

    afterEach(async () => {
      await context.close();
    });

    it('lists them newest first, marks them read, and turns emails of one kind off (never a deadline)', async () => {
      const holder = await signUp(t.client, { role: 'BUDGET_HOLDER', displayName: 'Nora Notified' });
      const stranger = await signUp(t.client, { role: 'BUDGET_HOLDER' });
      await notify(holder, NotificationKind.BOOKING_UPDATE, 'Your booking was accepted');
      await notify(holder, NotificationKind.BUDGET_PERIOD_STARTED, 'A new budget period has started');
      await notify(stranger, NotificationKind.BOOKING_UPDATE, 'Someone else’s booking');

      await page.goto('/notifications');
      await submit(page, { 'Email address': holder.user.email, Password: TEST_PASSWORD }, 'Sign in');
      expect(new URL(page.url()).pathname).toBe('/notifications');
      await checkA11y(page);
      expect(await page.title()).toBe('Your notifications – Small Places');
      const main = page.locator('main');
      expect(await main.innerText()).toContain('You have 2 unread notifications.');
      const titles = await main.locator('li h2').allInnerTexts();
      expect(titles).toEqual(['A new budget period has started', 'Your booking was accepted']);
      expect(await main.innerText()).not.toContain('Someone else’s booking');
      await screenshot(page, `notifications-${mode.suffix}`);

      await page.getByRole('button', { name: 'Mark all as read' }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
        '2 notifications marked as read',
      );
      expect(await main.innerText()).toContain('You have no unread notifications.');
      expect(await page.getByRole('button', { name: 'Mark all as read' }).count()).toBe(0);

      // Booking news can go quiet by email; regulatory deadlines cannot.
      const bookingNews = page.locator('form', {
        has: page.locator('input[name="kind"][value="BOOKING_UPDATE"]'),
      });
      await bookingNews.getByLabel('Only show them here').check();
      await bookingNews.getByRole('button').click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Emails turned off');
      expect(await main.innerText()).toMatch(/: always emailed\./);
      expect(await page.locator('input[name="kind"][value="COMPLIANCE_DEADLINE"]').count()).toBe(0);
      await screenshot(page, `notifications-emails-off-${mode.suffix}`);

      const [preference] = await t.dataSource.query(
        `SELECT count(*)::int AS muted FROM notification_mutes WHERE user_id = $1 AND kind = 'BOOKING_UPDATE'`,
        [holder.user.id],
      );
      expect(preference.muted).toBe(1);

      await visit(page, '/notifications?unread=yes');
      expect(await main.innerText()).toContain('Nothing here yet.');
    });
  });
});
