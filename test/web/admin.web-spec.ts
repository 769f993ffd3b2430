import {
  catalystOf,
  createArea,
  createTestApp,
  Session,
  signInAsAdmin,
  signUp,
  TEST_PASSWORD,
  TestApp,
  uniqueEmail,
} from '@small-places/testing';
import { BrowserContext, Page } from 'playwright-core';
import {
  checkA11y,
  JAVASCRIPT_MODES,
  screenshot,
  SCREENSHOTS_WANTED,
  submit,
  visit,
  webJourney,
} from './web-harness';

describe('An Admin creates an Area, sets its rules, invites Catalysts and watches the queues', () => {
  let t: TestApp;
  let admin: Session;

  const site = webJourney(async () => {
    t = await createTestApp();
    admin = await signInAsAdmin(t.app, t.client);
    const moor = await createArea(t.client, admin, 'Moorland', ['TQ13']);
    await catalystOf(t.client, t.mailbox, admin, [moor.id], 'Cass Coach');
    return t;
  });

  async function signInAsAdminIn(page: Page): Promise<void> {
    await visit(page, '/sign-in');
    await submit(page, { 'Email address': admin.user.email, Password: TEST_PASSWORD }, 'Sign in');
    expect(new URL(page.url()).pathname).toBe('/home');
    await checkA11y(page);
  }

  describe.each(JAVASCRIPT_MODES)('$mode', (mode) => {
    let context: BrowserContext;
    let page: Page;
    const areaName = `Exeter ${mode.suffix}`;
    const districts = mode.javaScriptEnabled ? 'EX1, EX2' : 'EX3, EX4';

    beforeEach(async () => {
      context = await site.journey(mode);
      page = await context.newPage();
    });

    afterEach(async () => {
      await context.close();
    });

    it('adds an Area and sets a checklist rule for it', async () => {
      await signInAsAdminIn(page);
      await screenshot(page, `home-admin-${mode.suffix}`);

      await page.getByRole('link', { name: 'Admin', exact: true }).click();
      await page.waitForURL('**/admin');
      await checkA11y(page);
      expect(await page.title()).toBe('Admin – Small Places');
      await screenshot(page, `admin-${mode.suffix}`);

      // The queue dashboard opens from the website, with the Admin's own session: no browser extension.
      await page.getByRole('link', { name: 'Job queues' }).click();
      await page.waitForURL('**/admin/queues');
      expect(await page.title()).toMatch(/Bull Dashboard/i);
      if (mode.javaScriptEnabled) {
        // bull-board is a script of its own (not our page, so axe does not judge it); it lists every queue.
        await page.getByText('enterprise-imports').first().waitFor();
        if (SCREENSHOTS_WANTED) {
          await page.screenshot({ path: `test/web/screenshots/admin-queues-${mode.suffix}-1280.png` });
        }
      }
      const queues = await page.request.get('/admin/queues/api/queues');
      expect(queues.status()).toBe(200);
      const names = ((await queues.json()) as { queues: { name: string }[] }).queues.map(
        (queue) => queue.name,
      );
      expect(names).toEqual(
        expect.arrayContaining(['mail', 'reminders', 'reminder-scan', 'enterprise-imports']),
      );
      // Its actions are refused when they come from another site (CSRF), and nothing is retried.
      const forged = await page.request.put('/admin/queues/api/queues/mail/retry/failed', {
        headers: { 'sec-fetch-site': 'cross-site' },
        maxRedirects: 0,
      });
      expect(forged.status()).not.toBe(200);

      await visit(page, '/admin/areas');
      expect(await page.title()).toBe('Areas – Small Places');
      await screenshot(page, `admin-areas-${mode.suffix}`);
      await page.getByRole('button', { name: 'Add an Area' }).click();
      await page.waitForURL('**/admin/areas/new');
      await checkA11y(page);
      await screenshot(page, `admin-new-area-${mode.suffix}`);

      await submit(page, {}, 'Add Area');
      await checkA11y(page);
      expect(await page.title()).toBe('Error: Add an Area – Small Places');
      expect(await page.locator('.govuk-error-summary a[href="#postcodeDistricts"]').count()).toBe(1);
      await screenshot(page, `admin-new-area-error-${mode.suffix}`);

      await submit(page, { Name: areaName, 'Postcode districts': districts }, 'Add Area');
      expect(new URL(page.url()).pathname).toBe('/admin/areas');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(`${areaName} added`);
      expect(await page.getByRole('row', { name: new RegExp(areaName) }).innerText()).toContain(districts);

      // An Area's own checklist rule.
      await page.getByRole('link', { name: `Checklist rules for ${areaName}` }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.title()).toBe(`Checklist rules for ${areaName} – Small Places`);
      await screenshot(page, `admin-area-rules-${mode.suffix}`);
      await page.getByLabel('Check', { exact: true }).selectOption({ index: 1 });
      await submit(
        page,
        {
          'How many months the evidence lasts (optional)': '24',
          'Remind this many days before (optional)': '30, 7',
        },
        'Save rule',
      );
      await checkA11y(page);
      const banner = await page.locator('.govuk-notification-banner').innerText();
      expect(banner).toContain('Rule saved for this Area');
      expect(banner).toContain('evidence lasts 24 months');
      expect(banner).toContain('reminders 30, 7 days before');
      // The saved rule is shown by its name, never a code like DBS_ENHANCED, and can be changed.
      const saved = page.locator('.app-saved-rules');
      const savedText = await saved.innerText();
      expect(savedText).toContain('Evidence lasts: 24 months');
      expect(savedText).toContain('Reminders: 30, 7 days before');
      expect(`${banner}\n${savedText}`).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b/);
      await screenshot(page, `admin-area-rules-saved-${mode.suffix}`);
      await saved.getByRole('link', { name: /^Change the rule for / }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.getByLabel('How many months the evidence lasts (optional)').inputValue()).toBe('24');
      expect(await page.getByLabel('Remind this many days before (optional)').inputValue()).toBe('30, 7');
      await submit(page, { 'How many months the evidence lasts (optional)': '36' }, 'Save rule');
      await checkA11y(page);
      expect(await page.locator('.app-saved-rules').innerText()).toContain('Evidence lasts: 36 months');
      expect(await page.locator('.app-saved-rules .govuk-summary-list__row').count()).toBe(1);
    });

    it('invites a Catalyst to work in the new Area', async () => {
      await signInAsAdminIn(page);
      await visit(page, '/admin/invite-catalyst');
      expect(await page.title()).toBe('Invite a Catalyst – Small Places');
      await screenshot(page, `admin-invite-catalyst-${mode.suffix}`);
      await submit(page, {}, 'Send invitation');
      await checkA11y(page);
      const summary = await page.locator('.govuk-error-summary').innerText();
      expect(summary).toContain('Enter their email address');
      expect(summary).toContain('Choose at least one Area they will work in');
      await screenshot(page, `admin-invite-catalyst-error-${mode.suffix}`);

      const email = uniqueEmail(`web-catalyst-${mode.suffix}`);
      await page.getByLabel(areaName).check();
      await submit(page, { 'Their email address': email }, 'Send invitation');
      expect(new URL(page.url()).pathname).toBe('/admin/catalysts');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
        `Invitation sent to ${email}`,
      );
      const mail = await t.mailbox.waitFor(email, /invited/);
      expect(mail).toBeTruthy();

      // Catalysts and the invitations not answered: send one again, withdraw one.
      const main = page.locator('main');
      expect(await page.title()).toBe('Catalysts and invitations – Small Places');
      expect(await page.getByRole('row', { name: /Cass Coach/ }).innerText()).toContain('Moorland');
      const invitation = main.locator('li', { hasText: email });
      expect(await invitation.innerText()).toContain(`Catalyst in ${areaName}`);
      expect(await invitation.innerText()).toMatch(/Its link works until \d{1,2} [A-Z][a-z]+ \d{4}\./);
      await screenshot(page, `admin-catalysts-${mode.suffix}`);
      await invitation.getByRole('button', { name: `Send again to ${email}` }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
        `Invitation sent again to ${email}`,
      );
      const again = await t.mailbox.waitForMore(email, /invited/, 1);
      expect(again.text).toContain(`Catalyst in ${areaName}`);
      expect(await main.locator('li', { hasText: email }).count()).toBe(1);

      await main
        .locator('li', { hasText: email })
        .getByRole('button', { name: `Withdraw the invitation to ${email}` })
        .click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
        `Invitation to ${email} withdrawn`,
      );
      expect(await main.locator('li', { hasText: email }).count()).toBe(0);
      const open = await t.dataSource.query(
        `SELECT id FROM invitations WHERE email = $1 AND accepted_at IS NULL AND revoked_at IS NULL`,
        [email],
      );
      expect(open).toEqual([]);
    });

    it('is the only one who reaches the Admin pages and the queue dashboard', async () => {
      await visit(page, '/admin/queues');
      expect(new URL(page.url()).pathname).toBe('/sign-in');
      const holder = await signUp(t.client, { role: 'BUDGET_HOLDER' });
      await submit(page, { 'Email address': holder.user.email, Password: TEST_PASSWORD }, 'Sign in');
      await visit(page, '/admin/queues', 403);
      await visit(page, '/admin/queues/api/queues', 403);
      await visit(page, '/admin/catalysts', 403);
    });
  });
});
