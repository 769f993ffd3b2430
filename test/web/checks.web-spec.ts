import { TEST_PASSWORD } from '@small-places/testing';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { checklistOf, itemFor, UPDATE_ITEM } from '../e2e/compliance/compliance-fixture';
import {
  MarketplaceWorld,
  marketplaceWorld,
  PUBLISH_LISTING,
  publishedListing,
} from '../e2e/marketplace/marketplace-fixture';
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

/**
 * Issue 15: a provider changes a checked item, so their listing leaves search; the Catalyst sees it waiting on
 * their home page, opens it from the "to check" queue, checks it, and the public page shows "Checks made".
 */
describe('A Catalyst checks what a provider recorded, and the public sees the check', () => {
  let world: MarketplaceWorld;
  let web: WebApp;
  let browser: Browser;
  let listingId: string;

  beforeAll(async () => {
    world = await marketplaceWorld();
    listingId = await publishedListing(world, { title: 'Help around the home' });
    web = await startWeb(world.t);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await world?.t.close();
  });

  describe.each(JAVASCRIPT_MODES)('$mode', (mode) => {
    let context: BrowserContext;
    let page: Page;

    beforeEach(async () => {
      context = await newJourney(browser, web, mode);
      page = await context.newPage();
    });
    afterEach(() => context.close());

    it('the provider’s new policy waits in the queue; the Catalyst checks it; the listing and its checks are public again', async () => {
      // The provider records a renewed policy: the check is cleared and the listing leaves search.
      const insurance = itemFor(
        await checklistOf(world.t, world.enterpriseId, world.founder),
        'PUBLIC_LIABILITY_INSURANCE',
      );
      const reference = `PL-RENEWED-${mode.suffix}`;
      await world.t.client.ok(
        UPDATE_ITEM,
        { input: { itemId: insurance.id, status: 'DONE', reference } },
        { token: world.founder.accessToken },
      );
      await visit(page, `/enterprises/${world.enterpriseId}`, 404);

      // The Catalyst's home page says something is waiting.
      await visit(page, '/sign-in');
      await submit(page, { 'Email address': world.catalyst.user.email, Password: TEST_PASSWORD }, 'Sign in');
      expect(await page.locator('#status-to-check').innerText()).toBe('1 waiting');
      await checkA11y(page);

      await page.getByRole('link', { name: 'To check', exact: true }).click();
      await page.waitForLoadState('load');
      expect(await page.title()).toBe('To check – Small Places');
      const row = page.locator('#to-check tbody tr');
      expect(await row.count()).toBe(1);
      expect(await row.innerText()).toMatch(
        /^Public liability insurance[\s\S]*\tMargaret’s Home Help\t1 December 2026$/,
      );
      await checkA11y(page);
      await screenshot(page, `to-check-queue-${mode.suffix}`);

      await row.getByRole('link').click();
      await page.waitForLoadState('load');
      const recorded = await page.locator('#recorded').innerText();
      expect(recorded).toContain(reference);
      expect(recorded).toMatch(/Done on\s+1 December 2026/);
      expect(await page.locator('#check-status').innerText()).toMatch(/Waiting for your check/);
      await checkA11y(page);
      await screenshot(page, `to-check-item-${mode.suffix}`);

      // Nothing chosen, then a return with no reason: GOV.UK error summaries, nothing changed.
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await page.waitForLoadState('load');
      expect(await page.locator('.govuk-error-summary').innerText()).toContain(
        'Select whether it is right or needs fixing',
      );
      await checkA11y(page);
      await page.getByLabel('Something needs fixing: return it to the provider').check();
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await page.waitForLoadState('load');
      expect(await page.locator('.govuk-error-summary').innerText()).toContain(
        'Enter what the provider needs to fix',
      );
      await checkA11y(page);
      await screenshot(page, `to-check-item-error-${mode.suffix}`);

      await page.getByLabel('It is right: mark it checked').check();
      await page.getByRole('button', { name: 'Save and continue' }).click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe('/to-check');
      expect(await page.locator('main').innerText()).toContain('Nothing is waiting for your check.');
      await checkA11y(page);

      // Verified again; the provider publishes the hidden listing again, and the public sees the check.
      await world.t.client.ok(PUBLISH_LISTING, { id: listingId }, { token: world.founder.accessToken });
      await visit(page, `/enterprises/${world.enterpriseId}`);
      const checks = page.locator('#checks-made');
      expect(await checks.locator('tr', { hasText: 'Public liability insurance' }).innerText()).toMatch(
        /Public liability insurance\s+1 December 2026\s+\d+ \w+ 2027/,
      );
      const main = await page.locator('main').innerText();
      expect(main).not.toContain(reference);
      expect(main).not.toContain('Tess Taunton');
      await checkA11y(page);
      await screenshot(page, `checks-made-${mode.suffix}`);
    });
  });
});
