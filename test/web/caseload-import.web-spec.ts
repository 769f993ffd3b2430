import { TEST_PASSWORD } from '@small-places/testing';
import { BrowserContext, Page } from 'playwright-core';
import { CrmWorld, crmWorld } from '../e2e/crm/crm-fixture';
import { csvOf } from '../e2e/crm/import-fixture';
import { checkA11y, JAVASCRIPT_MODES, screenshot, submit, visit, webJourney } from './web-harness';

/** Waits for the progress page (it refreshes itself every 2 s, with or without JavaScript) to show `heading`. */
async function waitForHeading(page: Page, heading: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor({ timeout: 90_000 });
  await page.waitForLoadState('load');
  await checkA11y(page);
}

describe('A Catalyst imports a caseload spreadsheet', () => {
  let world: CrmWorld;

  const site = webJourney(async () => {
    world = await crmWorld();
    return world.t;
  });

  describe.each(JAVASCRIPT_MODES)('$mode', (mode) => {
    let context: BrowserContext;
    let page: Page;

    beforeEach(async () => {
      context = await site.journey(mode);
      page = await context.newPage();
    });
    afterEach(() => context.close());

    it('uploads, fixes the matching, previews, runs with progress and downloads the rejected rows', async () => {
      await visit(page, '/sign-in');
      await submit(
        page,
        { 'Email address': world.tauntonCatalyst.user.email, Password: TEST_PASSWORD },
        'Sign in',
      );
      await page.getByRole('link', { name: 'Import or export your caseload' }).click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe('/caseload/import');
      await checkA11y(page);
      await screenshot(page, `caseload-import-${mode.suffix}`);

      // Nothing chosen: the form says what to do, and is still accessible.
      await page.getByRole('button', { name: 'Upload and preview' }).click();
      await page.waitForLoadState('load');
      await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain('Choose the Area');
      await checkA11y(page);

      // A header the import does not know; each run its own, since a matching is remembered for the Area.
      const header = mode.javaScriptEnabled ? 'Client' : 'Customer';
      const inward = mode.javaScriptEnabled ? '1' : '2';
      const file = csvOf([
        [header, 'Post code', 'Contact name', 'Type of business', 'Insurance renewal date'],
        [`Hazel Help ${mode.suffix}`, `ta1 ${inward}hz`, 'Hazel', 'sole trader', '1 March 2027'],
        [`Juniper Meals ${mode.suffix}`, `TA1 ${inward}JM`, 'Juno', 'CIC', ''],
        [`=Bad Row ${mode.suffix}`, 'nowhere', 'Bea', 'charity', ''],
      ]);
      await page.getByLabel('Area', { exact: true }).selectOption({ label: 'Taunton' });
      await page.getByLabel('Spreadsheet', { exact: true }).setInputFiles({
        name: 'caseload.csv',
        mimeType: 'text/csv',
        buffer: file,
      });
      await page.getByRole('button', { name: 'Upload and preview' }).click();
      await waitForHeading(page, 'Preview');
      // "Client" is not a header the import knows: every row lacks a name until the Catalyst matches it.
      await expect(page.locator('main').textContent()).resolves.toContain(
        `These columns are not read: ${header}`,
      );
      await screenshot(page, `caseload-import-preview-${mode.suffix}`);

      await page.getByRole('link', { name: 'Change how the columns are read' }).click();
      await page.waitForLoadState('load');
      await checkA11y(page);
      await page.getByLabel(`“${header}”`).selectOption({ label: 'Name (needed)' });
      await page.getByRole('button', { name: 'Save and preview again' }).click();
      await waitForHeading(page, 'Preview');
      const summary = await page.locator('.govuk-summary-list').textContent();
      expect(summary).toMatch(/New enterprises to add\s*2/);
      expect(summary).toMatch(/Rows to be rejected\s*1/);
      await expect(page.locator('main').textContent()).resolves.toContain('Write a full UK postcode');
      await screenshot(page, `caseload-import-matched-${mode.suffix}`);

      await page.getByRole('button', { name: 'Run the import' }).click();
      await waitForHeading(page, 'Import finished');
      const result = await page.locator('.govuk-summary-list').textContent();
      expect(result).toMatch(/New enterprises added\s*2/);
      expect(result).toMatch(/Rows rejected\s*1/);
      await screenshot(page, `caseload-import-done-${mode.suffix}`);

      const href = await page
        .getByRole('link', { name: 'Download the rejected rows (CSV)' })
        .getAttribute('href');
      const download = await context.request.get(href!);
      expect(download.status()).toBe(200);
      const csv = await download.text();
      expect(csv.split('\r\n')[0]).toBe(
        `${header},Post code,Contact name,Type of business,Insurance renewal date,Reason`,
      );
      // The formula-like name is written back escaped, with the reason to fix it.
      expect(csv).toContain(`'=Bad Row ${mode.suffix}`);
      expect(csv).toContain('Write a full UK postcode');

      const [created] = await world.t.dataSource.query(
        `SELECT count(*)::int AS n FROM enterprises WHERE name IN ($1, $2)`,
        [`Hazel Help ${mode.suffix}`, `Juniper Meals ${mode.suffix}`],
      );
      expect(created.n).toBe(2);

      // The export page's download gives the caseload back in the same columns.
      await visit(page, '/caseload/import');
      const exported = await context.request.get(`/caseload/export.csv?area=${world.taunton.id}`);
      expect(exported.status()).toBe(200);
      expect(await exported.text()).toContain(`Hazel Help ${mode.suffix},TA1 ${inward}HZ,Sole trader`);
    });
  });
});
