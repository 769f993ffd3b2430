import { TEST_PASSWORD, Session } from '@small-places/testing';
import { BrowserContext, Page } from 'playwright-core';
import { deliveredBookings, InvoiceWorld, invoiceWorld } from '../e2e/invoices/invoices-fixture';
import { checkA11y, JAVASCRIPT_MODES, screenshot, submit, visit, webJourney } from './web-harness';

/**
 * Both sides of a visit and its invoice, on the website: the holder confirms one visit and disputes another
 * ("Check and confirm visits"); the provider issues an invoice for the confirmed one ("Issue an invoice");
 * the holder says they paid it ("Invoices to pay", "I have paid this"); the provider confirms the money
 * arrived ("Money owed to you"); the provider asks for invoices to be issued each month ("Invoice settings").
 * With and without JavaScript; axe on every page.
 */
describe('Visits and invoices on the website', () => {
  let w: InvoiceWorld;

  const site = webJourney(async () => {
    w = await invoiceWorld();
    return w.t;
  }, 120_000);

  describe.each(JAVASCRIPT_MODES)('$mode', (mode) => {
    let holderContext: BrowserContext;
    let providerContext: BrowserContext;
    let holderPage: Page;
    let providerPage: Page;
    const signIn = async (page: Page, who: Session) => {
      await visit(page, '/sign-in');
      await submit(page, { 'Email address': who.user.email, Password: TEST_PASSWORD }, 'Sign in');
    };
    const main = (page: Page) => page.locator('main').innerText();
    const click = async (page: Page, role: 'link' | 'button', name: string | RegExp) => {
      await page
        .getByRole(role, { name, exact: typeof name === 'string' })
        .first()
        .click();
      await page.waitForLoadState('load');
      await checkA11y(page);
    };

    beforeAll(async () => {
      const day = mode.javaScriptEnabled ? 1 : 2;
      const ids = await deliveredBookings(w, w.holder, w.budgetId, [
        [day, 9],
        [day, 12],
      ]);
      expect(ids).toHaveLength(2);
      holderContext = await site.journey(mode);
      providerContext = await site.journey(mode);
      holderPage = await holderContext.newPage();
      providerPage = await providerContext.newPage();
      await signIn(holderPage, w.holder);
      await signIn(providerPage, w.provider);
    }, 120_000);
    afterAll(async () => {
      await holderContext?.close();
      await providerContext?.close();
    });

    it('the holder confirms one visit and disputes the other, with a reason', async () => {
      await visit(holderPage, '/visits');
      expect(await main(holderPage)).toContain('Visits to check');
      await screenshot(holderPage, `invoices-visits-${mode.suffix}`);
      await click(holderPage, 'button', /^Yes, it happened\W+Companionship visits/);
      expect(await main(holderPage)).toContain('Visit confirmed');
      await click(holderPage, 'link', /^No, something was wrong/);
      expect(await holderPage.title()).toBe('What was wrong with this visit? – Small Places');
      await submit(holderPage, {}, 'Tell the provider');
      await checkA11y(holderPage);
      expect(await holderPage.title()).toBe('Error: What was wrong with this visit? – Small Places');
      await submit(holderPage, { 'What went wrong?': 'Nobody came' }, 'Tell the provider');
      await checkA11y(holderPage);
      expect(await main(holderPage)).toContain('We told the provider');
      expect(await main(holderPage)).toContain('You said it did not happen as recorded');
    }, 60_000);

    it('the provider issues an invoice for the confirmed visit', async () => {
      await visit(providerPage, '/money-owed');
      await click(providerPage, 'link', 'Issue an invoice');
      expect(await main(providerPage)).toContain('Visits for');
      await screenshot(providerPage, `invoices-issue-${mode.suffix}`);
      await click(providerPage, 'button', /^Issue the invoice to /);
      expect(await main(providerPage)).toMatch(/Invoice \d+ issued/);
      expect(await main(providerPage)).toContain('Not paid yet');
    }, 60_000);

    it('the provider has invoices issued each month, with 21 days to pay', async () => {
      await visit(providerPage, '/money-owed');
      await click(providerPage, 'link', 'Invoice settings');
      expect(await providerPage.title()).toBe('Invoice settings – Small Places');
      await screenshot(providerPage, `invoices-settings-${mode.suffix}`);
      await providerPage.getByLabel('Yes, issue them on the 1st of each month').check();
      await submit(
        providerPage,
        { 'How many days do people have to pay?': 'three weeks' },
        'Save invoice settings',
      );
      await checkA11y(providerPage);
      expect(await providerPage.title()).toBe('Error: Invoice settings – Small Places');
      expect(await main(providerPage)).toContain('whole number from 1 to 90');
      // What was typed stays, so only the days need fixing.
      expect(await providerPage.getByLabel('Yes, issue them on the 1st of each month').isChecked()).toBe(
        true,
      );
      await submit(providerPage, { 'How many days do people have to pay?': '21' }, 'Save invoice settings');
      await checkA11y(providerPage);
      expect(await main(providerPage)).toContain('Invoice settings saved');
      expect(await main(providerPage)).toContain('They have 21 days to pay');
      const [saved] = await w.t.dataSource.query(
        `SELECT monthly_issuing, due_days FROM invoice_settings WHERE enterprise_id = $1`,
        [w.enterpriseId],
      );
      expect(saved).toEqual({ monthly_issuing: true, due_days: 21 });
      // Back to issuing them by hand, for the next mode.
      await click(providerPage, 'link', 'Invoice settings');
      expect(await providerPage.getByLabel('How many days do people have to pay?').inputValue()).toBe('21');
      await providerPage.getByLabel('No, I will issue them myself').check();
      await submit(providerPage, { 'How many days do people have to pay?': '14' }, 'Save invoice settings');
      expect(await main(providerPage)).toContain('You issue invoices yourself');
    }, 60_000);

    it('the holder says they paid it, and the provider confirms it arrived', async () => {
      await visit(holderPage, '/invoices-to-pay');
      await screenshot(holderPage, `invoices-to-pay-${mode.suffix}`);
      await click(holderPage, 'link', /^I have paid this/);
      await submit(holderPage, { 'Your reference (optional)': `DP-${mode.suffix}` }, 'I have paid this');
      await checkA11y(holderPage);
      expect(await main(holderPage)).toContain('Payment recorded');

      await visit(providerPage, '/money-owed');
      expect(await main(providerPage)).toContain('Did the money arrive?');
      await screenshot(providerPage, `invoices-money-owed-${mode.suffix}`);
      await click(providerPage, 'button', /^Yes, it arrived\W+invoice \d+$/);
      expect(await main(providerPage)).toContain('Payment confirmed');
      // The invoice's PDF, through the website with the session's token.
      const href = await providerPage
        .getByRole('link', { name: /^Invoice \d+ to / })
        .first()
        .getAttribute('href');
      const pdf = await providerPage.request.get(href!);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
    }, 60_000);
  });

  it('keeps these pages to their side', async () => {
    const context = await site.journey(JAVASCRIPT_MODES[0]);
    const page = await context.newPage();
    await visit(page, '/sign-in');
    await submit(page, { 'Email address': w.otherHolder.user.email, Password: TEST_PASSWORD }, 'Sign in');
    await visit(page, '/invoices-to-pay');
    expect(await page.locator('main').innerText()).toContain('You have no invoices to pay.');
    expect((await page.goto('/money-owed'))?.status()).toBe(403);
    await context.close();
  }, 60_000);
});
