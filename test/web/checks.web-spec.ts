import { TEST_PASSWORD } from '@small-places/testing';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { checklistOf, itemFor, UPDATE_ITEM } from '../e2e/compliance/compliance-fixture';
import {
  MarketplaceWorld,
  marketplaceWorld,
  PUBLISH_LISTING,
  publishedListing,
} from '../e2e/marketplace/marketplace-fixture';
import { checkA11y, JAVASCRIPT_MODES, screenshot, submit, visit, webJourney } from './web-harness';

const CERTIFICATE = join(__dirname, '../fixtures/evidence/certificate.jpg');
const PHONE = { width: 375, height: 800 };

/**
 * Issue 15: a provider renews a checked item and uploads a photo of it on her phone, so their listing leaves
 * search; the Catalyst sees it waiting on their home page, opens it from the "to check" queue, sees and
 * downloads the photo, checks it, and the public enterprise and listing pages show "Checks made".
 */
describe('A Catalyst checks what a provider recorded, and the public sees the check', () => {
  let world: MarketplaceWorld;
  let listingId: string;

  const site = webJourney(async () => {
    world = await marketplaceWorld();
    listingId = await publishedListing(world, { title: 'Help around the home' });
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

    it('the provider’s new policy waits in the queue; the Catalyst checks it; the listing and its checks are public again', async () => {
      // The provider records a renewed policy and, on her phone, uploads a photo of it: the check is
      // cleared and the listing leaves search.
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
      const photoName = `renewed-policy-${mode.suffix}.jpg`;
      const photo = await readFile(CERTIFICATE);
      const provider = await site.journey(mode);
      try {
        const phone = await provider.newPage();
        await phone.setViewportSize(PHONE);
        await visit(phone, '/sign-in');
        await submit(
          phone,
          { 'Email address': world.founder.user.email, Password: TEST_PASSWORD },
          'Sign in',
        );
        await visit(phone, `/your-business/${world.enterpriseId}/to-do/${insurance.id}`);
        await phone
          .getByLabel('Add a photo or document')
          .setInputFiles({ name: photoName, mimeType: 'image/jpeg', buffer: photo });
        await phone.getByRole('button', { name: 'Upload file' }).click();
        await phone.waitForLoadState('load');
        expect(await phone.getByText('File uploaded').count()).toBeGreaterThan(0);
        expect(await phone.getByTestId('evidence-files').getByRole('link', { name: photoName }).count()).toBe(
          1,
        );
        await checkA11y(phone);
      } finally {
        await provider.close();
      }
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
      const photoLink = page.getByTestId('evidence-files').getByRole('link', { name: photoName });
      expect(await photoLink.count()).toBe(1);
      await checkA11y(page);
      await screenshot(page, `to-check-item-${mode.suffix}`);

      // The Catalyst downloads the photo: the same bytes, and the read is on the audit trail.
      const [download] = await Promise.all([page.waitForEvent('download'), photoLink.click()]);
      expect(download.suggestedFilename()).toBe(photoName);
      expect((await readFile(await download.path())).equals(photo)).toBe(true);
      expect(
        await world.t.dataSource.query(
          `SELECT actor_id FROM audit_events WHERE action = 'EVIDENCE_FILE_READ'
           AND record_id::text IN (SELECT id::text FROM evidence_files WHERE file_name = $1)`,
          [photoName],
        ),
      ).toEqual([{ actor_id: world.catalyst.user.id }]);

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

      // The listing's own page, to anyone: Verified, with the same checks and nothing private.
      const visitor = await site.journey(mode);
      try {
        const listingPage = await visitor.newPage();
        await visit(listingPage, `/listings/${listingId}`);
        expect((await listingPage.locator('main .govuk-tag').first().textContent())?.trim()).toBe('Verified');
        const listed = listingPage.locator('#checks-made');
        expect(await listed.locator('tr', { hasText: 'Public liability insurance' }).innerText()).toMatch(
          /Public liability insurance\s+1 December 2026\s+\d+ \w+ 2027/,
        );
        const text = await listingPage.locator('main').innerText();
        for (const secret of [reference, 'Tess Taunton', photoName]) expect(text).not.toContain(secret);
        await checkA11y(listingPage);
        await screenshot(listingPage, `listing-checks-made-${mode.suffix}`);
      } finally {
        await visitor.close();
      }
    });
  });
});
