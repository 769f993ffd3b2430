import { TEST_PASSWORD } from '@small-places/testing';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import {
  checklistOf,
  ComplianceWorld,
  complianceWorld,
  enterpriseWithFounder,
  itemFor,
} from '../e2e/compliance/compliance-fixture';
import { checkA11y, JAVASCRIPT_MODES, screenshot, submit, visit, webJourney } from './web-harness';

const CERTIFICATE = join(__dirname, '../fixtures/evidence/certificate.jpg');
const PHONE = { width: 375, height: 800 };

/**
 * A provider on a phone-width page photographs her insurance certificate and uploads it to the checklist
 * item, sees it listed, downloads it, is told plainly what is wrong with a bad file, and removes it.
 */
describe('A provider uploads a photo of a certificate from her phone', () => {
  let w: ComplianceWorld;

  const site = webJourney(async () => {
    w = await complianceWorld();
    return w.t;
  });

  describe.each(JAVASCRIPT_MODES)('$mode', (mode) => {
    let context: BrowserContext;
    let page: Page;
    let itemPath: string;

    beforeAll(async () => {
      const care = await enterpriseWithFounder(w, { name: `Phone Care ${mode.suffix}` });
      const checklist = await checklistOf(w.t, care.id, care.founder);
      itemPath = `/your-business/${care.id}/to-do/${itemFor(checklist, 'PUBLIC_LIABILITY_INSURANCE').id}`;
      context = await site.journey(mode);
      page = await context.newPage();
      await page.setViewportSize(PHONE);
      await visit(page, '/sign-in');
      await submit(page, { 'Email address': care.founder.user.email, Password: TEST_PASSWORD }, 'Sign in');
      expect(new URL(page.url()).pathname).toBe('/home');
    });

    afterAll(() => context?.close());

    it('offers the camera, and says so when no file was chosen', async () => {
      await visit(page, itemPath);
      const input = page.getByLabel('Add a photo or document');
      expect(await input.getAttribute('accept')).toMatch(/image\/jpeg.*image\/heic.*application\/pdf/);
      expect(await input.getAttribute('type')).toBe('file');
      await page.getByRole('button', { name: 'Upload file' }).click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe(itemPath);
      expect(await page.locator('.govuk-error-summary').textContent()).toContain(
        'Select a photo or document to upload',
      );
      await checkA11y(page);
      await screenshot(page, `provider-evidence-missing-${mode.suffix}`);
    });

    it('uploads the photo, sees it listed and downloads it', async () => {
      await page.getByLabel('Add a photo or document').setInputFiles(CERTIFICATE);
      await page.getByRole('button', { name: 'Upload file' }).click();
      await page.waitForLoadState('load');
      expect(await page.getByText('File uploaded').count()).toBeGreaterThan(0);
      const listed = page.getByTestId('evidence-files').getByRole('link', { name: 'certificate.jpg' });
      expect(await listed.count()).toBe(1);
      await checkA11y(page);
      await screenshot(page, `provider-evidence-uploaded-${mode.suffix}`);

      const [download] = await Promise.all([page.waitForEvent('download'), listed.click()]);
      expect(download.suggestedFilename()).toBe('certificate.jpg');
      const saved = await download.path();
      expect((await readFile(saved)).equals(await readFile(CERTIFICATE))).toBe(true);
    });

    it('is told in words when the file is not a photo or document', async () => {
      await page.getByLabel('Add a photo or document').setInputFiles({
        name: 'certificate.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2048)]),
      });
      await page.getByRole('button', { name: 'Upload file' }).click();
      await page.waitForLoadState('load');
      expect(await page.locator('.govuk-error-summary').textContent()).toContain(
        'The file must be a PDF, JPEG, PNG or HEIC.',
      );
      expect(await page.locator('#evidence-file-error').textContent()).toContain('PDF, JPEG, PNG or HEIC');
      await checkA11y(page);
      await screenshot(page, `provider-evidence-wrong-type-${mode.suffix}`);
    });

    it('removes the file it uploaded', async () => {
      await page.getByRole('button', { name: 'Remove certificate.jpg' }).click();
      await page.waitForLoadState('load');
      expect(await page.getByText('File removed').count()).toBeGreaterThan(0);
      expect(await page.getByText('No files yet.').count()).toBe(1);
      await checkA11y(page);
    });
  });
});
