import { NotificationKind, NotificationService } from '@small-places/notifications';
import { Database } from '@small-places/platform';
import { createTestApp, Session, signUp, TEST_PASSWORD, TestApp } from '@small-places/testing';
import { BrowserContext, Page } from 'playwright-core';
import { checkA11y, JAVASCRIPT_MODES, screenshot, submit, visit, webJourney } from './web-harness';

/** The page every notification email links to: the list, marking read, and which kinds are emailed. */
describe('Your notifications', () => {
  let t: TestApp;

  const notify = (person: Session, kind: NotificationKind, title: string, refId?: string) =>
    t.app.get(Database).transaction((tx) =>
      t.app.get(NotificationService).notify(tx, {
        userIds: [person.user.id],
        kind,
        title,
        body: `${title}.\nWhat to do next: see your bookings.`,
        email: false,
        refId,
      }),
    );
  const BOOKING_ID = '00000000-0000-4000-8000-00000000b00c';

  const site = webJourney(async () => {
    t = await createTestApp();
    return t;
  });

  describe.each(JAVASCRIPT_MODES)('$mode', (mode) => {
    let context: BrowserContext;
    let page: Page;

    beforeEach(async () => {
      context = await site.journey(mode);
      page = await context.newPage();
    });

    afterEach(async () => {
      await context.close();
    });

    it('lists them newest first with a link to each, counts the unread in the header, marks them read, and saves email settings of the kinds that reach a holder with one button', async () => {
      const holder = await signUp(t.client, { role: 'BUDGET_HOLDER', displayName: 'Nora Notified' });
      const stranger = await signUp(t.client, { role: 'BUDGET_HOLDER' });
      await notify(holder, NotificationKind.BOOKING_UPDATE, 'Your booking was accepted', BOOKING_ID);
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
      // Each leads to what it is about.
      const bookingLink = main.locator(`a[href="/bookings/${BOOKING_ID}"]`);
      expect(await bookingLink.textContent()).toBe('See the booking: Your booking was accepted');
      expect(await main.locator('a[href="/budget"]').textContent()).toBe(
        'See the budget: A new budget period has started',
      );
      // The header says how many are unread, on every page.
      const header = page.locator('header');
      expect(await header.getByRole('link', { name: 'Notifications 2 unread' }).count()).toBe(1);
      await screenshot(page, `notifications-${mode.suffix}`);
      await visit(page, '/find-support');
      expect(await header.getByRole('link', { name: 'Notifications 2 unread' }).count()).toBe(1);
      await visit(page, '/notifications');

      await page.getByRole('button', { name: 'Mark all as read' }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
        '2 notifications marked as read',
      );
      expect(await main.innerText()).toContain('You have no unread notifications.');
      expect(await page.getByRole('button', { name: 'Mark all as read' }).count()).toBe(0);

      expect(await header.innerText()).not.toContain('unread');

      // Only the kinds that can reach a budget holder, all saved with one button; safety is always emailed.
      const emails = page.locator('form[action="/notifications/emails"]');
      const offered = await emails.locator('legend').allInnerTexts();
      expect(offered).toContain('Bookings requested, answered, cancelled, completed or expired');
      expect(offered).toContain('A new period of a personal budget has started');
      expect(offered.join('\n')).not.toMatch(
        /Coaching actions|Listings still in draft|Required items of your enterprises/,
      );
      expect(await main.innerText()).toContain('Anything that bears on the safety of the people supported');
      expect(await main.innerText()).not.toContain('Registration, insurance, checks and training');
      expect(await emails.getByRole('button').count()).toBe(1);
      await emails
        .getByRole('group', { name: 'Bookings requested, answered, cancelled, completed or expired' })
        .getByLabel('Only show them here')
        .check();
      await emails
        .getByRole('group', { name: 'A new period of a personal budget has started' })
        .getByLabel('Only show them here')
        .check();
      await emails.getByRole('button', { name: 'Save email settings' }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
        'Your email settings are saved',
      );
      expect(
        await emails
          .getByRole('group', { name: 'Bookings requested, answered, cancelled, completed or expired' })
          .getByLabel('Only show them here')
          .isChecked(),
      ).toBe(true);
      await screenshot(page, `notifications-emails-off-${mode.suffix}`);

      const muted: { kind: string }[] = await t.dataSource.query(
        `SELECT kind FROM notification_mutes WHERE user_id = $1 ORDER BY kind`,
        [holder.user.id],
      );
      expect(muted.map((row) => row.kind)).toEqual(['BOOKING_UPDATE', 'BUDGET_PERIOD_STARTED']);

      await visit(page, '/notifications?unread=yes');
      expect(await main.innerText()).toContain('Nothing here yet.');
    });
  });
});
