import { createTestApp, TestApp } from '@small-places/testing';
import { BrowserContext, Page } from 'playwright-core';
import { JAVASCRIPT_MODES, screenshot, visit, webJourney } from './web-harness';

/** The footer's pages, reached from any page, and "Catalyst" explained where the public meets the word. */
describe('The footer’s pages and what a Catalyst is', () => {
  let t: TestApp;

  const site = webJourney(async () => {
    t = await createTestApp({ worker: false });
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

    it('links every footer page from the start page, each saying what it should', async () => {
      await visit(page, '/');
      const start = await page.locator('main').innerText();
      expect(start).toContain(
        'a Catalyst (a local development worker, funded by the council, who coaches small care businesses',
      );
      const footer = page.locator('footer');
      const pages = [
        { link: 'Privacy notice', path: '/privacy', says: 'You can download everything we hold about you' },
        { link: 'Accessibility statement', path: '/accessibility', says: 'WCAG' },
        { link: 'Cookies', path: '/cookies', says: 'sp_session' },
        { link: 'Contact us', path: '/contact', says: 'A Catalyst is a local development worker' },
      ];
      for (const { link, path, says } of pages) {
        await footer.getByRole('link', { name: link }).click();
        await page.waitForURL(`**${path}`);
        await visit(page, path);
        expect(await page.title()).toBe(`${link} – Small Places`);
        expect(await page.locator('main').innerText()).toContain(says);
        await screenshot(page, `footer${path.replace('/', '-')}-${mode.suffix}`);
      }
      // The cookies page tells the truth: the one cookie set is the one it names.
      const cookies = await context.cookies();
      expect(cookies.map((cookie) => cookie.name)).toEqual(['sp_session']);

      // On finding support, inside "What verified means" (folded away until opened).
      await visit(page, '/find-support');
      expect(await page.locator('main details').textContent()).toContain(
        'a Catalyst (a local development worker',
      );
    });
  });
});
