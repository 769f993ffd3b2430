import { BrowserContext, Page } from 'playwright-core';
import { MarketplaceWorld, marketplaceWorld, publishedListing } from '../e2e/marketplace/marketplace-fixture';
import { checkA11y, JAVASCRIPT_MODES, screenshot, submit, visit, webJourney } from './web-harness';

/** Eleven published, verified services in Taunton: one page of ten and a second page of one. */
const HOME_HELP_TITLES = Array.from({ length: 10 }, (_, index) => `Help around the home ${index + 1}`);

describe('An anonymous person finds support by postcode', () => {
  let world: MarketplaceWorld;

  const site = webJourney(async () => {
    world = await marketplaceWorld();
    for (const title of HOME_HELP_TITLES) await publishedListing(world, { title });
    await publishedListing(world, {
      title: 'Hot dinners delivered',
      category: 'MEALS',
      pricePence: 600,
      priceUnit: 'SESSION',
    });
    return world.t;
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

    it('searches, sees distance, price and the verified badge, and pages through the results', async () => {
      await visit(page, '/');
      expect(await page.title()).toBe('Find and book small, local care and support – Small Places');
      await screenshot(page, `start-${mode.suffix}`);

      await page.getByRole('button', { name: 'Find support' }).click();
      await page.waitForURL('**/find-support');
      await checkA11y(page);
      expect(await page.title()).toBe('Find support – Small Places');
      await screenshot(page, `find-support-${mode.suffix}`);

      // Nothing typed: the error summary names the field and links to it.
      await submit(page, {}, 'Search');
      await checkA11y(page);
      expect(await page.title()).toBe('Error: Find support – Small Places');
      const summaryLink = page
        .locator('.govuk-error-summary')
        .getByRole('link', { name: 'Enter a postcode, like TA1 1AA' });
      expect(await summaryLink.getAttribute('href')).toBe('#postcode');
      expect(await page.locator('#postcode-error').innerText()).toContain('Enter a postcode, like TA1 1AA');
      await screenshot(page, `find-support-error-${mode.suffix}`);

      // A postcode that does not exist comes back from the API as BAD_USER_INPUT, shown on the field.
      await submit(page, { Postcode: 'ZZ99 9ZZ' }, 'Search');
      await checkA11y(page);
      expect(await page.locator('.govuk-error-summary a[href="#postcode"]').count()).toBe(1);

      await page.getByLabel('Distance').selectOption({ label: 'Within 10 miles' });
      await submit(page, { Postcode: 'TA2 7AA' }, 'Search');
      await checkA11y(page);
      expect(await page.title()).toBe('Find support: 11 services found – Small Places');
      const results = page.locator('.app-result');
      expect(await results.count()).toBe(10);
      // Every service is the same distance away, so their order among themselves is not fixed.
      const homeHelp = await results.filter({ hasText: 'Help around the home' }).first().innerText();
      // The verified badge, then the listing's capacity (issue 17), on one line of tags.
      expect(homeHelp).toMatch(/^Verified Taking new people$/m);
      expect(homeHelp).toMatch(/Distance\s+1\.4 miles away \(TA1\)/);
      expect(homeHelp).toMatch(/Price\s+£18\.50 an hour/);
      expect(homeHelp).toMatch(/Kind of support\s+Help at home/);
      expect(await page.getByText('What verified means').isVisible()).toBe(true);
      await screenshot(page, `find-support-results-${mode.suffix}`);

      await page.getByRole('link', { name: /Next page/ }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await results.count()).toBe(1);
      expect(await page.getByRole('link', { name: /First page/ }).isVisible()).toBe(true);

      await page.getByLabel('Kind of support').selectOption({ label: 'Meals' });
      await submit(page, { 'Most you want to pay (optional)': '7' }, 'Search');
      await checkA11y(page);
      expect(await results.count()).toBe(1);
      expect(await results.first().innerText()).toMatch(/Hot dinners delivered[\s\S]*£6\.00 a session/);
    });

    it('shows a page that says so for an address that does not exist', async () => {
      await visit(page, '/no-such-page', 404);
      expect(await page.title()).toBe('Page not found – Small Places');
      await screenshot(page, `not-found-${mode.suffix}`);
    });
  });
});
