import { BrowserContext, Page } from 'playwright-core';
import { MarketplaceWorld, marketplaceWorld, publishedListing } from '../e2e/marketplace/marketplace-fixture';
import { checkA11y, JAVASCRIPT_MODES, screenshot, visit, webJourney } from './web-harness';

/**
 * Issue 17: a person finds a service, opens its enterprise's public page, and sees the district map with
 * JavaScript and the same information without it. Tiles point nowhere: the page must not need them.
 */
describe('A person finds a service and the enterprise behind it', () => {
  let world: MarketplaceWorld;

  const site = webJourney(async () => {
    world = await marketplaceWorld();
    await publishedListing(world, { title: 'Help around the home', capacity: 'WAITING_LIST' });
    await publishedListing(world, {
      title: 'Tea and a chat',
      category: 'COMPANIONSHIP',
      pricePence: 0,
      priceUnit: 'PAY_WHAT_YOU_CAN',
    });
    await publishedListing(world, { title: 'Free shopping trips', pricePence: 0, priceUnit: 'SESSION' });
    process.env.MAP_TILE_URL = 'http://127.0.0.1:9/{z}/{x}/{y}.png';
    return world.t;
  });

  afterAll(() => {
    delete process.env.MAP_TILE_URL;
  });

  describe.each(JAVASCRIPT_MODES)('$mode', (mode) => {
    let context: BrowserContext;
    let page: Page;

    beforeEach(async () => {
      context = await site.journey(mode);
      page = await context.newPage();
    });
    afterEach(() => context.close());

    const mapShown = async () => {
      const map = page.locator('[data-map]');
      return (await map.count()) > 0 && (await map.isVisible());
    };

    it('finds a service, sees capacity and plain prices, opens the enterprise page, and the map only enhances', async () => {
      await visit(page, '/find-support?postcode=TA2+7AA&distance=10');
      expect(await page.title()).toBe('Find support: 3 services found – Small Places');
      const results = page.locator('.app-result');
      expect(await results.filter({ hasText: 'Help around the home' }).innerText()).toMatch(/Waiting list/);
      expect(await results.filter({ hasText: 'Tea and a chat' }).innerText()).toMatch(
        /Price\s+Pay what you can/,
      );
      expect(await results.filter({ hasText: 'Free shopping trips' }).innerText()).toMatch(/Price\s+Free/);
      expect(await mapShown()).toBe(mode.javaScriptEnabled);
      if (mode.javaScriptEnabled) {
        await page.locator('.leaflet-marker-icon').first().waitFor();
        expect(await page.locator('.leaflet-marker-icon').count()).toBe(1);
        expect(await page.locator('.leaflet-control-attribution').innerText()).toContain('OpenStreetMap');
        await checkA11y(page);
      }
      await screenshot(page, `find-support-map-${mode.suffix}`);

      // Only services taking new people.
      await page.getByLabel('Only show services taking new people').check();
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.title()).toBe('Find support: 2 services found – Small Places');
      expect(await results.filter({ hasText: 'Help around the home' }).count()).toBe(0);

      // The enterprise behind a service.
      await results
        .filter({ hasText: 'Tea and a chat' })
        .getByRole('link', { name: 'Margaret’s Home Help' })
        .click();
      await page.waitForURL(`**/enterprises/${world.enterpriseId}`);
      await checkA11y(page);
      expect(await page.title()).toBe('Margaret’s Home Help – Small Places');
      const main = await page.locator('main').innerText();
      expect(main).toMatch(/What they do[\s\S]*Help at home/);
      expect(main).toContain('Based in the TA1 postcode area');
      expect(main).toMatch(/Services[\s\S]*Help around the home[\s\S]*Waiting list/);
      expect(main).toMatch(/Tea and a chat[\s\S]*Pay what you can/);
      // Each check with the day a Catalyst checked it and when it runs out; never a reference.
      expect(main).toContain('Checks made');
      const insurance = page.locator('#checks-made tr', { hasText: 'Public liability insurance' });
      expect(await insurance.innerText()).toMatch(
        /Public liability insurance\s+1 December 2026\s+\d+ \w+ 2027/,
      );
      expect(main).not.toMatch(/REF-/);
      expect(main).toContain('How to ask them for support');
      expect(main).not.toContain('TA1 1AA');
      expect(await mapShown()).toBe(mode.javaScriptEnabled);
      if (mode.javaScriptEnabled) {
        await page.locator('.leaflet-marker-icon').first().waitFor();
        await checkA11y(page);
      }
      await screenshot(page, `enterprise-page-${mode.suffix}`);

      // And back to a service from it, which links to the enterprise again.
      await page.getByRole('link', { name: 'Help around the home' }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      expect(await page.locator('main').innerText()).toMatch(/New people\s+Waiting list/);
      expect(await page.getByRole('link', { name: 'Margaret’s Home Help' }).getAttribute('href')).toBe(
        `/enterprises/${world.enterpriseId}`,
      );
    });

    it('an enterprise with nothing published has no public page', async () => {
      await visit(page, `/enterprises/${world.unreadyEnterpriseId}`, 404);
      await visit(page, '/enterprises/not-an-id', 404);
    });
  });
});
