import { londonDate } from '@small-places/platform';
import { signUp, TEST_PASSWORD } from '@small-places/testing';
import { Browser, BrowserContext, Page } from 'playwright-core';
import {
  ACCEPT,
  BookingWorld,
  bookingWorld,
  REQUEST,
  setUpBudget,
  slot,
} from '../e2e/bookings/bookings-fixture';
import {
  checkA11y,
  JAVASCRIPT_MODES,
  JavaScriptMode,
  launchBrowser,
  newJourney,
  startWeb,
  submit,
  visit,
  WebApp,
} from './web-harness';
import { holderSteps } from './holder-steps';

/** Each mode books its own hours, so the provider can accept both without an overlap. */
const HOURS: Record<JavaScriptMode['suffix'], { start: string; end: string }> = {
  js: { start: '10:00', end: '12:00' },
  nojs: { start: '14:00', end: '16:00' },
};

/** Companionship visits cost £18 an hour: two hours. */
const TWO_HOURS_PENCE = 3600;

describe('A holder finds, books and sees the budget change', () => {
  let world: BookingWorld;
  let web: WebApp;
  let browser: Browser;

  beforeAll(async () => {
    world = await bookingWorld();
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
    const { shot, main, clickLink, clickButtonLink, summaryValue } = holderSteps(() => page, mode);

    beforeEach(async () => {
      context = await newJourney(browser, web, mode);
      page = await context.newPage();
    });

    afterEach(async () => {
      await context.close();
    });

    it('finds a service, requests it from the budget, and sees the money set aside once accepted', async () => {
      const holder = await signUp(world.t.client, { role: 'BUDGET_HOLDER', displayName: 'Hana Holder' });
      await setUpBudget(world, holder, 40_000);
      const bookingDate = londonDate(new Date(Date.now() + 7 * 86_400_000));
      const hours = HOURS[mode.suffix];

      // Signed out: find support, open the listing, and be asked to sign in to book.
      await visit(page, '/find-support');
      await submit(page, { Postcode: 'TA2 7AA' }, 'Search');
      await checkA11y(page);
      await clickLink('Companionship visits');
      expect(new URL(page.url()).pathname).toMatch(/^\/listings\//);
      expect(await page.title()).toBe('Companionship visits – Small Places');
      const listingText = await main();
      expect(listingText).toContain('By Kind Hands');
      expect(listingText).toMatch(/^Verified$/m);
      expect(listingText).toMatch(/Price\s+£18 an hour/);
      expect(listingText).toMatch(/Based in the TA1 area, 1\.4 miles from TA2 7AA/);
      expect(listingText).not.toContain('TA1 1AA');
      expect(listingText).toContain('Mondays, 08:00 to 20:00');
      expect(listingText).toContain('What verified means');
      expect(await page.getByRole('button', { name: 'Request a booking', exact: true }).count()).toBe(0);
      await shot('listing-signed-out');

      await clickLink('Sign in to request a booking');
      await submit(page, { 'Email address': holder.user.email, Password: TEST_PASSWORD }, 'Sign in');
      expect(new URL(page.url()).pathname).toMatch(/^\/listings\//);
      await checkA11y(page);
      // Back where they were, distance and all.
      expect(await main()).toMatch(/Based in the TA1 area, 1\.4 miles from TA2 7AA/);
      await shot('listing');

      // Request two hours next week, charged to the budget.
      await clickButtonLink('Request a booking');
      expect(await page.title()).toBe('When do you want the support? – Small Places');
      await submit(page, { Day: '', 'Start time': '' }, 'Continue');
      await checkA11y(page);
      expect(await page.locator('.govuk-error-summary a[href="#date-day"]').count()).toBe(1);
      expect(await page.locator('.govuk-error-summary a[href="#start"]').count()).toBe(1);
      const [year, month, day] = bookingDate.split('-');
      await submit(
        page,
        { Day: day, Month: month, Year: year, 'Start time': hours.start, 'End time': '21:00' },
        'Continue',
      );
      await checkA11y(page);
      expect(await page.locator('#date-error').innerText()).toContain('when the service is available');
      await submit(page, { 'End time': hours.end }, 'Continue');
      await checkA11y(page);
      expect(await page.title()).toBe('How often do you want it? – Small Places');
      await shot('book-how-often');
      await page.getByLabel('Once', { exact: true }).check();
      await submit(page, {}, 'Continue');
      await checkA11y(page);
      expect(await page.title()).toBe('How will you pay? – Small Places');
      expect(await main()).toContain('£400 left this period');
      await shot('book-pay');
      await page.getByLabel('From my budget: Direct payment').check();
      await submit(page, {}, 'Continue');
      await checkA11y(page);
      expect(await page.title()).toBe('Is there anything the provider should know? – Small Places');
      await shot('book-note');
      await submit(
        page,
        { 'Is there anything the provider should know? (optional)': 'Ring the bell twice.' },
        'Continue',
      );
      await checkA11y(page);
      expect(await page.title()).toBe('Check your booking request – Small Places');
      const answers = await main();
      expect(answers).toMatch(/How often\s+Once/);
      expect(answers).toMatch(/How you will pay\s+From my budget: Direct payment/);
      expect(answers).toContain(`${hours.start} to ${hours.end}`);
      await shot('book-check');
      await submit(page, {}, 'Send request');
      await checkA11y(page);
      expect(await page.title()).toBe('Request sent – Small Places');
      expect(await main()).toContain('The provider has 48 hours to answer');
      expect(await main()).toContain('What happens next');
      await shot('request-sent');
      const bookingId = /\/bookings\/([^/]+)\/request-sent/.exec(page.url())?.[1];
      expect(bookingId).toBeDefined();

      await visit(page, '/bookings');
      expect(await page.locator('.app-booking').first().innerText()).toContain('Waiting for an answer');

      // The provider says yes, through the API.
      const accepted = await world.t.client.ok<{ acceptBooking: { status: string } }>(
        ACCEPT,
        { id: bookingId },
        { token: world.provider.accessToken },
      );
      expect(accepted.acceptBooking.status).toBe('ACCEPTED');

      await visit(page, '/bookings');
      expect(await page.title()).toBe('Your bookings – Small Places');
      const listed = await page.locator('.app-booking').first().innerText();
      expect(listed).toMatch(/Status:\s+Accepted/);
      expect(listed).toContain('£36');
      await shot('bookings');

      await clickLink(/^Companionship visits/);
      expect(await page.title()).toBe('Booking: Companionship visits – Small Places');
      await submit(page, { 'Send a message to the provider': '' }, 'Send message');
      await checkA11y(page);
      expect(await page.locator('.govuk-error-summary a[href="#message"]').count()).toBe(1);
      await submit(
        page,
        { 'Send a message to the provider': 'Can you bring the crossword?' },
        'Send message',
      );
      await checkA11y(page);
      expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Message sent');
      expect(await page.locator('#messages + ol').innerText()).toContain('Can you bring the crossword?');
      await shot('booking');

      // The budget: £36 set aside, £36 less left.
      await visit(page, '/budget');
      expect(await summaryValue('Set aside for bookings').innerText()).toBe(`£${TWO_HOURS_PENCE / 100}`);
      expect(await summaryValue('Left to spend').innerText()).toBe('£364');
      expect(await summaryValue('Payment for this period').innerText()).toBe('£400');
      expect(await main()).toMatch(/This period runs from .+ to .+\./);
      await shot('budget');
    });

    it('refuses someone else’s budget, statement, CSV and booking, and finds no unknown listing', async () => {
      const owner = await signUp(world.t.client, { role: 'BUDGET_HOLDER' });
      const budgetId = await setUpBudget(world, owner, 20_000);
      const requested = await world.t.client.ok<{ requestBooking: { id: string } }>(
        REQUEST,
        { input: { listingId: world.session40, ...slot(10, mode.suffix === 'js' ? 9 : 15), budgetId } },
        { token: owner.accessToken },
      );
      const stranger = await signUp(world.t.client, { role: 'BUDGET_HOLDER' });
      await visit(page, '/sign-in');
      await submit(page, { 'Email address': stranger.user.email, Password: TEST_PASSWORD }, 'Sign in');
      await visit(page, '/budget');
      expect(await main()).toContain('You have not set up a budget yet.');
      await shot('budgets-none-stranger');
      await visit(page, `/budgets/${budgetId}`, 403);
      await visit(page, `/budgets/${budgetId}/statement`, 403);
      await visit(page, `/bookings/${requested.requestBooking.id}`, 403);
      const csv = await page.request.get(`/budgets/${budgetId}/statement.csv?from=2026-01-01&to=2026-12-31`);
      expect(csv.status()).toBe(403);
      expect(await csv.text()).not.toContain('Council payment');
      await visit(page, '/listings/00000000-0000-0000-0000-000000000000', 404);
    });
  });
});
