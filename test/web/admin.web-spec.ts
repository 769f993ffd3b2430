import {
  createTestApp,
  Session,
  signInAsAdmin,
  TEST_PASSWORD,
  TestApp,
  uniqueEmail,
} from '@small-places/testing';
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

describe('An Admin creates an Area and invites a Catalyst', () => {
  let t: TestApp;
  let web: WebApp;
  let browser: Browser;
  let admin: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await signInAsAdmin(t.app, t.client);
    web = await startWeb(t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await t?.close();
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
      context = await newJourney(browser, web, mode);
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

      await page.getByRole('link', { name: 'Job queues' }).click();
      await page.waitForURL('**/admin/queues');
      await checkA11y(page);
      expect(await page.locator('main').innerText()).toContain('/admin/queues');
      await screenshot(page, `admin-queues-${mode.suffix}`);

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
      expect(new URL(page.url()).pathname).toBe('/admin/areas');
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain(
        `Invitation sent to ${email}`,
      );
      const mail = await t.mailbox.waitFor(email, /invited/);
      expect(mail).toBeTruthy();
    });
  });
});
